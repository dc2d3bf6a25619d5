package org.quotable.extractor;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Set;
import org.quotable.schema.QuoteType;

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
     * The kinds of quotation extracted unless asked otherwise: quotations in marks (direct and partial). Reported
     * speech ({@code indirect}) is opt-in until its content spans reach the quality of the rest (see
     * {@code docs/quality.md}: exact F1 0.40 on polnear-dev against 0.95 for quotations in marks), so that a default
     * dataset holds only rows users can trust as the words of the speaker or a close paraphrase clearly marked.
     */
    public static final Set<QuoteType> DEFAULT_TYPES = Set.copyOf(EnumSet.of(QuoteType.DIRECT, QuoteType.PARTIAL));

    /**
     * The standard options: rule-based sentences (on the evaluation set they score the same as OpenNLP's model and
     * need no model; see {@code docs/quality.md}), unattributed direct quotes kept with a null speaker, quotations in
     * marks only ({@link #DEFAULT_TYPES}).
     */
    public static final ExtractorOptions DEFAULT = builder().get();

    /** Sentences from OpenNLP's English model, loaded once per extractor. */
    public static final ExtractorOptions OPENNLP = DEFAULT.toBuilder().sentences(Sentences.OPENNLP).get();

    private final Sentences sentences;
    private final boolean keepUnattributed;
    private final Set<QuoteType> types;

    private ExtractorOptions(Builder b) {
        this.sentences = requireNonNull(b.sentences, "sentences");
        this.keepUnattributed = b.keepUnattributed;
        this.types = Set.copyOf(b.types);
        if (types.isEmpty())
            throw new IllegalArgumentException("No quotation type chosen; choose at least one of " + EnumSet.allOf(QuoteType.class));
    }

    /** A builder with the default of every option. */
    public static Builder builder() { return new Builder(); }

    /** A builder starting from these options. */
    public Builder toBuilder() { return new Builder(this); }

    /** How sentences are found. */
    public Sentences sentences() { return sentences; }

    /** Whether direct quotes that no sieve attributes are kept, with a null speaker and low confidence. */
    public boolean keepUnattributed() { return keepUnattributed; }

    /**
     * The kinds of quotation extracted: by default {@link #DEFAULT_TYPES} (direct and partial); with {@code indirect}
     * (reported speech, the reporter's paraphrase) the reported-speech stage runs too.
     */
    public Set<QuoteType> types() { return types; }

    @Override public String toString() {
        return "ExtractorOptions[sentences=" + sentences + ", keepUnattributed=" + keepUnattributed
                + (types.equals(DEFAULT_TYPES) ? "" : ", types=" + EnumSet.copyOf(types)) + "]";
    }

    /** Collects options; {@link #get()} makes the immutable {@link ExtractorOptions}. Not thread-safe. */
    public static final class Builder implements java.util.function.Supplier<ExtractorOptions> {
        private Sentences sentences = Sentences.RULES;
        private boolean keepUnattributed = true;
        private Set<QuoteType> types = EnumSet.copyOf(DEFAULT_TYPES);

        private Builder() {}

        private Builder(ExtractorOptions o) {
            sentences = o.sentences;
            keepUnattributed = o.keepUnattributed;
            types = EnumSet.copyOf(o.types);
        }

        /** The kinds of quotation to extract; default {@link #DEFAULT_TYPES}. */
        public Builder types(Set<QuoteType> value) {
            types = EnumSet.noneOf(QuoteType.class);
            types.addAll(requireNonNull(value, "types"));
            return this;
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
