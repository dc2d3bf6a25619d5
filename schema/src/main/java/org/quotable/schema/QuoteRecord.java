package org.quotable.schema;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One quotation in one article: a row of the {@code quotes} table. Immutable.
 *
 * <p>Offsets count Unicode code points in the article's normalized text ({@link ArticleRecord#text()}), so that
 * Python's {@code text[start:end]} gives {@link #quote()} back.
 *
 * @param quoteId        deterministic id, see {@link #idOf(String, int, int)}
 * @param articleId      the article the quote is in
 * @param quote          the quoted words, without the quotation marks
 * @param quoteType      direct, partial or indirect
 * @param speaker        the speaker's full name as the article gives it, or null when unattributed
 * @param speakerMention the words that attributed the quote ("she", "the Ukrainian leader", "Merz"), or null
 * @param speakerType    person or organization, or null when there is no speaker
 * @param role           the speaker's title or affiliation as stated ("German Chancellor"), or null
 * @param cue            the reporting verb ("said", "told reporters"), or null
 * @param date           the date the statement was made, or null when unknown
 * @param dateBasis      where {@code date} comes from
 * @param paragraph      zero-based index of the paragraph the quote starts in
 * @param start          code point offset of the quote's first character in the article text
 * @param end            code point offset just past the quote's last character
 * @param confidence     how sure the extractor is of the attribution, from 0 to 1
 * @param speakerId      the {@link SpeakerRecord} this quote's speaker is, or null when unattributed; set by the
 *                       build once the whole dataset's speakers are known, never by the extractor
 */
public record QuoteRecord(String quoteId, String articleId, String quote, QuoteType quoteType,
                          @Nullable String speaker, @Nullable String speakerMention, @Nullable SpeakerType speakerType,
                          @Nullable String role, @Nullable String cue, @Nullable LocalDate date, DateBasis dateBasis,
                          int paragraph, int start, int end, double confidence, @Nullable String speakerId) {

    /** A quote as the extractor makes it: its speaker is not linked to the speakers table yet. */
    public QuoteRecord(String quoteId, String articleId, String quote, QuoteType quoteType,
                       @Nullable String speaker, @Nullable String speakerMention, @Nullable SpeakerType speakerType,
                       @Nullable String role, @Nullable String cue, @Nullable LocalDate date, DateBasis dateBasis,
                       int paragraph, int start, int end, double confidence) {
        this(quoteId, articleId, quote, quoteType, speaker, speakerMention, speakerType, role, cue, date, dateBasis,
                paragraph, start, end, confidence, null);
    }

    public QuoteRecord {
        requireNonNull(quoteId, "quoteId");
        requireNonNull(articleId, "articleId");
        requireNonNull(quote, "quote");
        requireNonNull(quoteType, "quoteType");
        requireNonNull(dateBasis, "dateBasis");
        if (paragraph < 0)
            throw new IllegalArgumentException("Paragraph index %d of a quote in %s is negative".formatted(paragraph, articleId));
        if (start < 0 || end < start)
            throw new IllegalArgumentException("Bad offsets [%d, %d) for a quote in %s".formatted(start, end, articleId));
        if (quote.codePointCount(0, quote.length()) != end - start)
            throw new IllegalArgumentException("Quote in %s spans [%d, %d) but has %d code points"
                    .formatted(articleId, start, end, quote.codePointCount(0, quote.length())));
        if (!(confidence >= 0 && confidence <= 1))
            throw new IllegalArgumentException("Confidence %s of a quote in %s is outside [0, 1]".formatted(confidence, articleId));
        if ((date == null) != (dateBasis == DateBasis.UNKNOWN))
            throw new IllegalArgumentException("A quote in %s has date %s with basis %s: only an unknown basis has no date"
                    .formatted(articleId, date, dateBasis.label()));
    }

    /** This quote linked to the speakers table row {@code id} (or unlinked, for null). */
    public QuoteRecord withSpeakerId(@Nullable String id) {
        return new QuoteRecord(quoteId, articleId, quote, quoteType, speaker, speakerMention, speakerType, role, cue,
                date, dateBasis, paragraph, start, end, confidence, id);
    }

    /**
     * The deterministic id of the quote spanning {@code [start, end)} in an article: the first 16 hex digits of
     * the SHA-256 of {@code articleId:start:end}. Re-extracting the same article gives the same ids.
     */
    public static String idOf(String articleId, int start, int end) {
        return Digests.sha256HexPrefix(articleId + ":" + start + ":" + end, 8);
    }
}
