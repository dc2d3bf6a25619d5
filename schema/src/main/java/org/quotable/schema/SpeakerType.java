package org.quotable.schema;

/** Whether a quote's speaker is a person or an organisation ("the Kremlin said"). */
public enum SpeakerType implements Vocabulary {
    /** A named or described person. */
    PERSON,
    /** A government, company, institution or other body. */
    ORGANIZATION;

    /** The stored label, kept: {@link Vocabulary#label()} looks it up by the enum class, per row of every export. */
    private final String label = VocabularyLabels.of(name());

    @Override public String label() { return label; }
}
