package org.quotable.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.quotable.build.BuildException;

/**
 * Every exit code of the {@code quotable} command, in one place. They appear in {@code --help} through
 * {@link QuotableCommand}'s exit code list and in the README; scripts and CI rely on them, so they never change
 * meaning.
 */
public final class ExitCodes {
    private ExitCodes() {}

    /** Success. Bad inputs were reported but, without {@code --strict}, do not fail a run. */
    public static final int OK = 0;
    /** An internal error: a bug in Quotable. The stack trace is printed. */
    public static final int SOFTWARE = 1;
    /** Wrong usage: an unknown option, a missing argument, a file or dataset that does not exist. */
    public static final int USAGE = 2;
    /** Some inputs could not be read, and {@code --strict} was given. */
    public static final int INPUT_ERRORS = 3;
    /** Extraction quality fell below a {@code --min-…} bar of {@code evaluate}. */
    public static final int QUALITY_GATE = 4;
    /** A release version exists already or is not greater than the latest release. */
    public static final int RELEASE_CONFLICT = 5;
    /** {@code verify} found a release that does not match its checksums, schema or text. */
    public static final int VERIFY_FAILED = 6;
    /** A file could not be read or written for a reason outside Quotable: no such folder, no permission, disk full. */
    public static final int IO_ERROR = 7;
    /** Another build or release of the same dataset is running; nothing was changed. */
    public static final int LOCKED = 8;
    /**
     * {@code release} found the build out of date or incomplete: inputs added, removed or changed since it was made,
     * or without the JSON Lines files a release is made from. Run {@code quotable build} again.
     */
    public static final int STALE_BUILD = 9;

    /** The exit code of a build failure of this kind. */
    static int of(BuildException.Kind kind) {
        return switch (kind) {
            case USAGE -> USAGE;
            case IO -> IO_ERROR;
            case LOCKED -> LOCKED;
            case STALE_BUILD -> STALE_BUILD;
        };
    }

    /** Each code and its meaning, in order: the exit code list of every command's {@code --help}. */
    static Map<String, String> descriptions() {
        var list = new LinkedHashMap<String, String>();
        list.put(" " + OK, "Success (bad inputs are reported but do not fail a run without --strict).");
        list.put(" " + SOFTWARE, "Internal error (a bug; the stack trace is printed).");
        list.put(" " + USAGE, "Usage error: unknown option, missing argument, no such file or dataset.");
        list.put(" " + INPUT_ERRORS, "Input errors under --strict.");
        list.put(" " + QUALITY_GATE, "Quality gate failed (evaluate --min-f1 / --min-speaker-accuracy).");
        list.put(" " + RELEASE_CONFLICT, "Release conflict: the version exists or is not greater than the latest.");
        list.put(" " + VERIFY_FAILED, "Verification failed: a release does not match its checksums, schema or text.");
        list.put(" " + IO_ERROR, "A file could not be read or written (no such folder, no permission, disk full).");
        list.put(" " + LOCKED, "Another build or release of the same dataset is running; nothing was changed.");
        list.put(" " + STALE_BUILD, "The build is older than its inputs or lacks the formats release needs; build again.");
        return list;
    }
}
