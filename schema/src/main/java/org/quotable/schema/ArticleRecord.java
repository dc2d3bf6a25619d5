package org.quotable.schema;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One article: a row of the {@code articles} table. Immutable.
 *
 * @param articleId    the input's own id, or a deterministic one derived from its URL or text
 * @param url          canonical URL of the article, or null
 * @param title        headline, or null
 * @param publisher    publishing organisation or site, or null
 * @param published    publication date, or null when the input does not say
 * @param language     BCP 47 language tag of the text ("en"), or null
 * @param text         the normalized article body that every quote's offsets index into
 * @param textSha256   lower-case hex SHA-256 of {@code text}'s UTF-8 bytes
 * @param sourceFile   the input file the article was read from, as given to the build
 * @param sourceFormat the input format
 */
public record ArticleRecord(String articleId, @Nullable String url, @Nullable String title, @Nullable String publisher,
                            @Nullable LocalDate published, @Nullable String language, String text, String textSha256,
                            String sourceFile, SourceFormat sourceFormat) {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public ArticleRecord {
        requireNonNull(articleId, "articleId");
        requireNonNull(text, "text");
        requireNonNull(textSha256, "textSha256");
        requireNonNull(sourceFile, "sourceFile");
        requireNonNull(sourceFormat, "sourceFormat");
        if (articleId.isBlank()) throw new IllegalArgumentException("Article id must not be blank (from " + sourceFile + ")");
        if (!SHA256_HEX.matcher(textSha256).matches())
            throw new IllegalArgumentException("Article %s: text_sha256 '%s' is not 64 lower-case hex digits"
                    .formatted(articleId, textSha256));
    }
}
