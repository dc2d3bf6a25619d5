package org.quotable.cli;

/**
 * A failure the user can fix (a missing dataset, a bad definition file, a release conflict): printed as its message
 * alone, without a stack trace, and mapped to its exit code.
 */
public class QuotableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public QuotableException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public QuotableException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** The exit code, one of {@link ExitCodes}. */
    public int exitCode() { return exitCode; }
}
