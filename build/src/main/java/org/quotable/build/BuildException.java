package org.quotable.build;

/**
 * A failure of a build the user can fix: a missing or bad dataset definition, an output folder that is not the
 * build's, a dataset locked by another run, a build too old to release. The message names the file and the reason
 * and says what to do; {@link #kind()} says which kind of failure it is, so a command can map it to its exit code.
 */
public final class BuildException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of failure: the caller's input, the file system, a concurrent run, or an out-of-date build. */
    public enum Kind {
        /** A dataset, definition, option or output folder that is wrong as given. */
        USAGE,
        /** A file that could not be read or written for a reason outside Quotable (no such folder, no permission, disk full). */
        IO,
        /** Another build or release of the same dataset is running; nothing was changed. */
        LOCKED,
        /** The build is older than its inputs, was changed since, or lacks the files a release is made from. */
        STALE_BUILD
    }

    private final Kind kind;

    public BuildException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public BuildException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** The kind of failure. */
    public Kind kind() { return kind; }
}
