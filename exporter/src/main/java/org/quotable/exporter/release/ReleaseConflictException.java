package org.quotable.exporter.release;

/**
 * A release that semantic versioning forbids: its version exists already, is not greater than the latest, or
 * is not a major bump though the schema's major version changed. Nothing was written.
 */
public final class ReleaseConflictException extends java.io.IOException {
    private static final long serialVersionUID = 1L;

    public ReleaseConflictException(String message) { super(message); }
}
