package org.quotable.extractor.evaluation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One gold annotation: a quotation as a person marked it. Immutable.
 *
 * @param articleId   the article's own id
 * @param quote       the quoted words, as in the text
 * @param start       code point offset of the quote in the article's normalized text
 * @param end         code point offset just past it
 * @param speaker     the speaker as annotated (a full name, "he", "the campaign"), or null
 * @param speakerKind {@code proper}, {@code pronoun} or {@code common}; derived from {@code speaker} when absent
 * @param role        the speaker's role, or null when not annotated
 * @param date        the date of the statement, or null when not annotated
 * @param quoteType   {@code direct}, {@code partial} or {@code indirect}
 * @param mixed       whether an indirect annotation contains quoted words (predictions inside it are ignored)
 * @param speakerType {@code person} or {@code organization} where the gold says what the speaker is (attribution
 *                    gold, see {@link Convention#ATTRIBUTION}), else null
 */
public record GoldQuote(String articleId, String quote, int start, int end, @Nullable String speaker,
                        @Nullable String speakerKind, @Nullable String role, @Nullable LocalDate date, String quoteType,
                        boolean mixed, @Nullable String speakerType) {
    public GoldQuote {
        requireNonNull(articleId, "articleId");
        requireNonNull(quote, "quote");
        requireNonNull(quoteType, "quoteType");
        if (start < 0 || end < start)
            throw new IllegalArgumentException("Gold quote in %s has bad offsets [%d, %d)".formatted(articleId, start, end));
    }

    /** An annotation that does not say what kind of speaker it names. */
    public GoldQuote(String articleId, String quote, int start, int end, @Nullable String speaker,
                     @Nullable String speakerKind, @Nullable String role, @Nullable LocalDate date, String quoteType,
                     boolean mixed) {
        this(articleId, quote, start, end, speaker, speakerKind, role, date, quoteType, mixed, null);
    }

    /** Whether this annotation is a quotation to find (direct or partial), as opposed to reported speech. */
    public boolean isQuotation() {
        return !quoteType.equals("indirect");
    }

    /** Whether the speaker is a proper name: the annotated kind, or a capitalised word in the speaker. */
    public boolean hasProperSpeaker() {
        if (speaker == null) return false;
        if (speakerKind != null) return speakerKind.equals("proper");
        return speaker.chars().anyMatch(Character::isUpperCase) && !speaker.matches("(?i)(he|she|i|we|they)");
    }
}
