package org.quotable.extractor.evaluation;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One disagreement with the gold annotations. Immutable.
 *
 * @param kind      what went wrong
 * @param articleId the article
 * @param quote     the quote (gold text for missed and misattributed quotes, predicted text for spurious ones)
 * @param expected  the gold value (speaker, role or date), or null
 * @param actual    the predicted value, or null
 */
public record Miss(Kind kind, String articleId, String quote, @Nullable String expected, @Nullable String actual) {
    /** The kinds of disagreement. */
    public enum Kind {
        /** A gold quote no prediction matched, even by overlap. */
        MISSED,
        /** A prediction that matched no gold quote. */
        SPURIOUS,
        /** A matched quote whose speaker is wrong. */
        MISATTRIBUTED,
        /** A matched quote whose role is wrong. */
        WRONG_ROLE,
        /** A matched quote whose date is wrong. */
        WRONG_DATE,
        /** A quoted stretch the gold marks as no quotation (a title, a nickname, a scare quote) given a speaker. */
        NON_QUOTE
    }

    public Miss {
        requireNonNull(kind, "kind");
        requireNonNull(articleId, "articleId");
        requireNonNull(quote, "quote");
    }

    @Override public String toString() {
        return describe(false);
    }

    /** One line naming the kind, the article, the quote (shortened to 90 chars unless {@code full}) and the values. */
    public String describe(boolean full) {
        String shown = !full && quote.length() > 90 ? quote.substring(0, 87) + "..." : quote;
        String values = kind == Kind.MISSED || kind == Kind.SPURIOUS ? ""
                : kind == Kind.NON_QUOTE ? " (given " + actual + ")"
                : " (expected " + expected + ", got " + actual + ")";
        return "%s %s: \"%s\"%s".formatted(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), articleId, shown, values);
    }
}
