package org.quotable.schema;

/** Where a quote's {@code date} comes from, so users can tell a stated date from a fallback. */
public enum DateBasis implements Vocabulary {
    /** A calendar date written near the quote: "on December 2". */
    EXPLICIT,
    /** A weekday or relative word ("on Sunday", "yesterday") resolved against the publication date. */
    RELATIVE,
    /** Nothing in the text dates the statement; the article's publication date is used. */
    PUBLISHED,
    /** Neither the text nor the article metadata gives a date; {@code date} is null. */
    UNKNOWN,
    /**
     * Nothing near the quote dates it, but the story's event does: the day the article's lead gives for what it
     * reports ("was voted off on Monday", "scientists on Monday unveiled"), resolved against the publication date.
     * Appended in schema 1.1.0.
     */
    CONTEXT;

    /** The stored label, kept: {@link Vocabulary#label()} looks it up by the enum class, per row of every export. */
    private final String label = VocabularyLabels.of(name());

    @Override public String label() { return label; }
}
