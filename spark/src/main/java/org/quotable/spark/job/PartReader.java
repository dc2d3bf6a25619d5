package org.quotable.spark.job;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;
import org.quotable.extractor.article.ArticleFormatException;
import org.quotable.extractor.article.ArticleProblem;
import org.quotable.extractor.article.ArticleReader;
import org.quotable.extractor.article.ArticleSources;
import org.quotable.extractor.article.ReadOptions;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuotableSchema;
import org.quotable.spark.internal.WireRows;

/**
 * Reads one {@link InputPlan.Part} with the extractor's own readers, as {@code quotable build} reads the file: a
 * whole file through {@link ArticleSources#openStream}, a run of WARC records through
 * {@link ArticleSources#openWarcPart}. A file that cannot be read, and every problem inside it, becomes a problem
 * row; the task goes on. Rows are ordered within the file by {@code start + n}, n counting rows of the part, which
 * stays below the next part's start (a record is longer than the rows it gives).
 */
final class PartReader {
    // An executor already runs one task per core: a WARC part's pages are parsed on its task's thread, not on a pool
    // of one more thread per core in every task.
    private static final ReadOptions READ_OPTIONS = ReadOptions.DEFAULT.toBuilder().parseThreads(1).get();

    private PartReader() {}

    /** Makes a row of the job's read schema. */
    interface Rows {
        Row row(String file, long offset, @Nullable ArticleProblem problem, Object @Nullable [] article);
    }

    static List<Row> read(InputPlan.Part part, Configuration conf, Rows rows) {
        String name = part.file().name();
        var out = new ArrayList<Row>();
        long[] next = {part.start()};
        java.util.function.Consumer<ArticleProblem> problems = p -> out.add(rows.row(name, next[0]++, p, null));
        var path = new Path(part.file().uri());
        try {
            if (part.file().size() == 0 && part.file().isWarc()) {
                problems.accept(ArticleProblem.error(name, null, "the file is empty"));
                return out;
            }
            FSDataInputStream raw = path.getFileSystem(conf).open(path);
            raw.seek(part.start());
            InputStream in = new BufferedInputStream(raw, 1 << 16);
            try (ArticleReader reader = part.file().isWarc()
                    ? ArticleSources.openWarcPart(in, name, part.whole() ? 1 : part.firstRecord(),
                            part.whole() ? Long.MAX_VALUE : part.length(), READ_OPTIONS, problems)
                    : ArticleSources.openStream(in, InputPlan.format(name), name, READ_OPTIONS, problems)) {
                try {
                    for (ArticleRecord article : reader)
                        out.add(rows.row(name, next[0]++, null, WireRows.values(QuotableSchema.ARTICLES, article)));
                } catch (RuntimeException e) {
                    problems.accept(ArticleProblem.error(name, null, "the file could not be read further: " + e));
                }
            }
        } catch (ArticleFormatException e) {
            problems.accept(e.problem());
        } catch (IOException e) {
            problems.accept(ArticleProblem.error(name, null, "the file could not be read: " + e.getMessage()));
        }
        return out;
    }
}
