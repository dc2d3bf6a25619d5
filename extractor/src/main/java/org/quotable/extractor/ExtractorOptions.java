package org.quotable.extractor;

import static java.util.Objects.requireNonNull;

/**
 * How a {@link QuoteExtractor} works. Immutable; made with a {@link Builder}, or take a preset.
 *
 * <pre>{@code
 * QuoteExtractor extractor = QuoteExtractor.create(ExtractorOptions.DEFAULT.toBuilder().sentences(Sentences.OPENNLP).get());
 * }</pre>
 */
public final class ExtractorOptions {
    /** How sentences are found. */
    public enum Sentences {
        /** OpenNLP's English sentence model, loaded once per extractor. */
        OPENNLP,
        /** Hand-written rules: split at sentence punctuation, except after abbreviations and initials. */
        RULES
    }

    /**
     * The standard options: rule-based sentences (on the evaluation set they score the same as OpenNLP's model and
     * need no model; see {@code docs/quality.md}), unattributed direct quotes kept with a null speaker.
     */
    public static final ExtractorOptions DEFAULT = builder().get();

    /** Sentences from OpenNLP's English model, loaded once per extractor. */
    public static final ExtractorOptions OPENNLP = DEFAULT.toBuilder().sentences(Sentences.OPENNLP).get();

    private final Sentences sentences;
    private final boolean keepUnattributed;

    private ExtractorOptions(Builder b) {
        this.sentences = requireNonNull(b.sentences, "sentences");
        this.keepUnattributed = b.keepUnattributed;
    }

    /** A builder with the default of every option. */
    public static Builder builder() { return new Builder(); }

    /** A builder starting from these options. */
    public Builder toBuilder() { return new Builder(this); }

    /** How sentences are found. */
    public Sentences sentences() { return sentences; }

    /** Whether direct quotes that no sieve attributes are kept, with a null speaker and low confidence. */
    public boolean keepUnattributed() { return keepUnattributed; }

    @Override public String toString() {
        return "ExtractorOptions[sentences=" + sentences + ", keepUnattributed=" + keepUnattributed + "]";
    }

    /** Collects options; {@link #get()} makes the immutable {@link ExtractorOptions}. Not thread-safe. */
    public static final class Builder implements java.util.function.Supplier<ExtractorOptions> {
        private Sentences sentences = Sentences.RULES;
        private boolean keepUnattributed = true;

        private Builder() {}

        private Builder(ExtractorOptions o) {
            sentences = o.sentences;
            keepUnattributed = o.keepUnattributed;
        }

        /** How sentences are found; default {@link Sentences#RULES}. */
        public Builder sentences(Sentences value) {
            sentences = requireNonNull(value, "sentences");
            return this;
        }

        /** Whether to keep unattributed direct quotes; default true. */
        public Builder keepUnattributed(boolean value) {
            keepUnattributed = value;
            return this;
        }

        @Override public ExtractorOptions get() {
            return new ExtractorOptions(this);
        }
    }
}
