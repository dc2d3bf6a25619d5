package org.quotable.extractor;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.Digests;
import org.quotable.schema.SourceFormat;

/** Articles for tests, made from text written in the test. */
public final class TestArticles {
    private TestArticles() {}

    /** An article with the given normalized text and no publication date. */
    public static ArticleRecord of(String text) {
        return of(text, null);
    }

    /** An article with the given normalized text and publication date. */
    public static ArticleRecord of(String text, @Nullable LocalDate published) {
        return new ArticleRecord("test-article", null, null, null, published, "en", text, Digests.sha256Hex(text),
                "test.txt", SourceFormat.TEXT);
    }

    /** An article with the given headline and normalized text. */
    public static ArticleRecord titled(String title, String text) {
        return new ArticleRecord("test-article", null, title, null, null, "en", text, Digests.sha256Hex(text),
                "test.txt", SourceFormat.TEXT);
    }
}
