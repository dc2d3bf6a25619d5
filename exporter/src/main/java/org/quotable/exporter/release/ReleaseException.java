package org.quotable.exporter.release;

/** A release could not be made from its inputs (bad build files, failed self-check); nothing was published. */
public final class ReleaseException extends java.io.IOException {
    private static final long serialVersionUID = 1L;

    public ReleaseException(String message) { super(message); }

    public ReleaseException(String message, Throwable cause) { super(message, cause); }
}
