package org.quotable.schema;

/** Whether a quote's speaker is a person or an organisation ("the Kremlin said"). */
public enum SpeakerType implements Vocabulary {
    /** A named or described person. */
    PERSON,
    /** A government, company, institution or other body. */
    ORGANIZATION
}
