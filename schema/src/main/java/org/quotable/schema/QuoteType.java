package org.quotable.schema;

/** What kind of quotation a record holds. */
public enum QuoteType implements Vocabulary {
    /** A whole quoted sentence or clause that someone said: {@code "We are ready," she said.} */
    DIRECT,
    /** A quoted fragment inside the reporter's own sentence: {@code described the plan as "remarkable"}. */
    PARTIAL,
    /** Reported speech without quotation marks. Reserved: schema 1.x extractors do not produce it yet. */
    INDIRECT
}
