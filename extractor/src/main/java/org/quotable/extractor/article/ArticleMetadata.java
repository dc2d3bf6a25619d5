package org.quotable.extractor.article;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.Digests;
import org.quotable.schema.SourceFormat;

/**
 * What an input says about an article besides its text: every reader fills one, then {@link #toRecord} makes the
 * {@link ArticleRecord} the same way for every format. Immutable.
 *
 * @param id        the input's own id, or null to derive one
 * @param url       canonical URL, or null
 * @param title     headline, or null
 * @param publisher publishing organisation or site, or null
 * @param published publication date, or null
 * @param language  BCP 47 language tag, or null
 */
public record ArticleMetadata(@Nullable String id, @Nullable String url, @Nullable String title,
                              @Nullable String publisher, @Nullable LocalDate published, @Nullable String language) {

    /** Metadata that says nothing. */
    public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null, null, null);

    public ArticleMetadata {
        id = blankToNull(id);
        url = blankToNull(url);
        title = title == null ? null : blankToNull(TextNormalizer.normalize(title).replace('\n', ' '));
        publisher = blankToNull(publisher);
        language = blankToNull(language);
    }

    /**
     * The article record for {@code rawText}, which is normalized here. The id is the input's own when it has one,
     * else {@code url-} and 16 hex digits of the URL's SHA-256, else {@code text-} and 16 of the text's.
     */
    public ArticleRecord toRecord(String rawText, String sourceFile, SourceFormat format) {
        String text = TextNormalizer.normalize(rawText);
        String textSha256 = Digests.sha256Hex(text);
        String articleId = id != null ? id
                : url != null ? "url-" + Digests.sha256Hex(url).substring(0, 16)
                : "text-" + textSha256.substring(0, 16);
        return new ArticleRecord(articleId, url, title, publisher, published, language, text, textSha256,
                sourceFile, format);
    }

    /** This metadata with each missing field taken from {@code fallback}. */
    public ArticleMetadata orElse(ArticleMetadata fallback) {
        return new ArticleMetadata(id != null ? id : fallback.id, url != null ? url : fallback.url,
                title != null ? title : fallback.title, publisher != null ? publisher : fallback.publisher,
                published != null ? published : fallback.published, language != null ? language : fallback.language);
    }

    private static final List<Function<String, LocalDate>> DATE_FORMS = List.of(
            LocalDate::parse,
            s -> OffsetDateTime.parse(s).toLocalDate(),
            s -> ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME).toLocalDate(),
            s -> java.time.LocalDateTime.parse(s.replace(' ', 'T')).toLocalDate(),
            s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate(),
            s -> LocalDate.parse(s.substring(0, Math.min(s.length(), 10))));

    /**
     * Parses a publication date as inputs write it: {@code 2025-12-15}, ISO date-times with or without offset
     * ({@code 2025-12-15T09:30:00+01:00}, the date as the publisher wrote it), or RFC 1123 as HTTP and RSS use.
     *
     * @return the date, or empty when the text is not a date in any of these forms
     */
    public static Optional<LocalDate> parseDate(@Nullable String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String trimmed = text.strip();
        // A date-time is never a plain date: skip that form rather than throw and catch a parse exception per page.
        List<Function<String, LocalDate>> forms = trimmed.indexOf('T') >= 0 ? DATE_FORMS.subList(1, DATE_FORMS.size()) : DATE_FORMS;
        for (Function<String, LocalDate> form : forms) {
            try {
                return Optional.of(form.apply(trimmed));
            } catch (DateTimeParseException | IndexOutOfBoundsException e) {
                // not this form; try the next
            }
        }
        return Optional.empty();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
