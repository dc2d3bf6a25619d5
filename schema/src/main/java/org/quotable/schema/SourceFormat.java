package org.quotable.schema;

/** The input format an article was read from. */
public enum SourceFormat implements Vocabulary {
    /** Plain UTF-8 text or Markdown, optionally with YAML front matter. */
    TEXT,
    /** A JSON document holding one article or an array of them. */
    JSON,
    /** JSON Lines: one article object per line. */
    JSONL,
    /** An HTML page, from which the article body is extracted. */
    HTML,
    /** A response record of a WARC archive. */
    WARC;

    /** The stored label, kept: {@link Vocabulary#label()} looks it up by the enum class, per row of every export. */
    private final String label = VocabularyLabels.of(name());

    @Override public String label() { return label; }
}
