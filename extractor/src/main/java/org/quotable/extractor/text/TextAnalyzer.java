package org.quotable.extractor.text;

/**
 * Splits an article's text into a {@link Document}. Implementations are immutable and thread-safe, and load any
 * model once, when they are created.
 */
public sealed interface TextAnalyzer permits RuleSentenceSplitter, OpenNlpSentenceSplitter {
    /** The analysed document of a normalized article text. */
    Document analyze(String text);

    /** Splits with hand-written rules: no model to load. */
    static TextAnalyzer rules() {
        return new RuleSentenceSplitter();
    }

    /** Splits with OpenNLP's English sentence model, loaded now, once. */
    static TextAnalyzer openNlp() {
        return OpenNlpSentenceSplitter.load();
    }
}
