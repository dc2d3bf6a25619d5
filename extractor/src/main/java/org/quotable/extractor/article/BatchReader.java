package org.quotable.extractor.article;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.quotable.schema.ArticleRecord;

/**
 * Reads many files in order as one stream of articles: files that cannot be read are reported and passed over, and
 * an article whose text hash was seen before is reported as a duplicate and dropped ({@link SeenTexts}: memory does
 * not grow with the number of articles).
 */
final class BatchReader implements ArticleReader {
    private final List<InputFile> files;
    private final ReadOptions options;
    private final Consumer<ArticleProblem> problems;
    private final ArticleSources.Opener opener;
    private final SeenTexts seen = new SeenTexts();   // text SHA-256 -> "id (file)" of the first article; flat in memory
    private int nextFile;
    private @Nullable ArticleReader current;
    private @Nullable Iterator<ArticleRecord> articles;
    private long skipped;

    BatchReader(List<InputFile> files, ReadOptions options, Consumer<ArticleProblem> problems, ArticleSources.Opener opener) {
        this.files = files;
        this.options = options;
        this.problems = problems;
        this.opener = opener;
    }

    @Override public long skippedRecords() {
        return skipped + (current == null ? 0 : current.skippedRecords());
    }

    @Override public Iterator<ArticleRecord> iterator() {
        return new Lookahead<>() {
            @Override protected @Nullable ArticleRecord advance() {
                for (ArticleRecord article = nextArticle(); article != null; article = nextArticle()) {
                    String first = seen.putIfAbsent(article.textSha256(), article.articleId() + " (" + article.sourceFile() + ")");
                    if (first == null) return article;
                    problems.accept(ArticleProblem.warning(article.sourceFile(), null, "duplicate article "
                            + article.articleId() + ": same text as " + first + "; kept once"));
                }
                return null;
            }
        };
    }

    private @Nullable ArticleRecord nextArticle() {
        while (true) {
            try {
                if (articles != null && articles.hasNext()) return articles.next();
            } catch (RuntimeException e) {
                // A reader bug must not cost the rest of the batch; the file is reported and passed over.
                problems.accept(ArticleProblem.error(files.get(nextFile - 1).name(), null,
                        "the file could not be read further: " + Inputs.reason(e)));
            }
            closeCurrent();
            if (nextFile >= files.size()) return null;
            InputFile file = files.get(nextFile++);
            try {
                current = opener.open(file, options, problems);
                articles = current.iterator();
            } catch (ArticleFormatException e) {
                problems.accept(e.problem());
            } catch (IOException e) {
                problems.accept(ArticleProblem.error(file.name(), null, "the file could not be read: " + Inputs.reason(e)));
            }
        }
    }

    private void closeCurrent() {
        if (current == null) return;
        skipped += current.skippedRecords();
        try {
            current.close();
        } catch (IOException e) {
            problems.accept(ArticleProblem.warning(files.get(nextFile - 1).name(), null, "could not be closed: " + Inputs.reason(e)));
        }
        current = null;
        articles = null;
    }

    @Override public void close() {
        closeCurrent();
        try {
            seen.close();
        } catch (IOException e) {
            problems.accept(ArticleProblem.warning("(duplicate detection)", null, "its temporary files could not be deleted: " + Inputs.reason(e)));
        }
    }
}
