package org.quotable.extractor.article;

import java.io.Closeable;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.quotable.schema.ArticleRecord;

/**
 * Reads the articles of one input file, lazily, in file order. Not thread-safe; close it when done.
 *
 * <p>Bad records inside a file (a malformed JSON line) are reported to the problem listener the reader was opened
 * with and skipped, so the rest of the file is still read.
 *
 * <pre>{@code
 * try (ArticleReader reader = ArticleSources.open(path, problems::add)) {
 *     for (ArticleRecord article : reader) ...
 * }
 * }</pre>
 */
public interface ArticleReader extends Iterable<ArticleRecord>, Closeable {

    /**
     * How many records were read so far that are not articles and not problems either, such as the request and
     * metadata records of a WARC archive. Zero for formats where every record is meant to be an article.
     */
    default long skippedRecords() {
        return 0;
    }

    /** The articles as a sequential stream; closing the reader ends it. */
    default Stream<ArticleRecord> stream() {
        return StreamSupport.stream(spliterator(), false);
    }
}
