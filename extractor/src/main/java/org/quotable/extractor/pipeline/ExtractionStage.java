package org.quotable.extractor.pipeline;

/**
 * One named step of the pipeline: quotes, speakers, roles, dates, positions. Implementations are immutable and
 * thread-safe, and do work linear in the article's length.
 */
public interface ExtractionStage {
    /** A stable short name, used in logs and explanations: {@code "quotes"}, {@code "speakers"}. */
    String name();

    /** The state after this stage; never changes its argument. */
    ExtractionState apply(ExtractionState state);
}
