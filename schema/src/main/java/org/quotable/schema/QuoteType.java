package org.quotable.schema;

/** What kind of quotation a record holds. */
public enum QuoteType implements Vocabulary {
    /** A whole quoted sentence or clause that someone said: {@code "We are ready," she said.} */
    DIRECT,
    /** A quoted fragment inside the reporter's own sentence: {@code described the plan as "remarkable"}. */
    PARTIAL,
    /**
     * Reported speech, thought or writing without quotation marks: {@code Ames said the plan would fail},
     * {@code according to the ministry, 40 people died}. The record's quote is the reported content as the article
     * words it, the reporter's paraphrase and not the speaker's words. Produced since schema 1.1.0.
     */
    INDIRECT;

    /** The stored label, kept: {@link Vocabulary#label()} looks it up by the enum class, per row of every export. */
    private final String label = VocabularyLabels.of(name());

    @Override public String label() { return label; }
}
