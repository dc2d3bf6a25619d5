package org.quotable.spark.internal;

import org.quotable.extractor.QuoteExtractor;

/**
 * The one {@link QuoteExtractor} of this JVM: created on first use in an executor (its models load once, not per
 * record or per partition) and shared by every task the executor runs, which the extractor's thread safety allows.
 */
public final class SharedExtractor {
    private SharedExtractor() {}

    // The holder class is initialised, once and thread-safely, by the first call to get().
    private static final class Holder {
        static final QuoteExtractor INSTANCE = QuoteExtractor.standard();
    }

    /** The extractor of this JVM. */
    public static QuoteExtractor get() {
        return Holder.INSTANCE;
    }
}
