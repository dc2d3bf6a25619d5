package org.quotable.schema;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version {@code MAJOR.MINOR.PATCH}, used for the schema and for dataset releases. Immutable and
 * ordered by precedence.
 */
public record SchemaVersion(int major, int minor, int patch) implements Comparable<SchemaVersion> {
    private static final Pattern FORMAT = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)");

    public SchemaVersion {
        if (major < 0 || minor < 0 || patch < 0)
            throw new IllegalArgumentException("Version parts must not be negative: %d.%d.%d".formatted(major, minor, patch));
    }

    /**
     * Parses {@code "1.2.3"}.
     *
     * @throws IllegalArgumentException naming the text when it is not {@code MAJOR.MINOR.PATCH}
     */
    public static SchemaVersion parse(String text) {
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches())
            throw new IllegalArgumentException("'%s' is not a semantic version MAJOR.MINOR.PATCH, e.g. 1.0.0".formatted(text));
        return new SchemaVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** The next major version: {@code 1.4.2 → 2.0.0}. */
    public SchemaVersion nextMajor() { return new SchemaVersion(major + 1, 0, 0); }

    /** The next minor version: {@code 1.4.2 → 1.5.0}. */
    public SchemaVersion nextMinor() { return new SchemaVersion(major, minor + 1, 0); }

    /** The next patch version: {@code 1.4.2 → 1.4.3}. */
    public SchemaVersion nextPatch() { return new SchemaVersion(major, minor, patch + 1); }

    @Override public int compareTo(SchemaVersion o) {
        if (major != o.major) return Integer.compare(major, o.major);
        if (minor != o.minor) return Integer.compare(minor, o.minor);
        return Integer.compare(patch, o.patch);
    }

    @Override public String toString() { return major + "." + minor + "." + patch; }
}
