package org.quotable.exporter.release;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.quotable.schema.SchemaVersion;

/** Which version a new release gets: an exact one, or the latest release's bumped. */
public sealed interface ReleaseVersion {
    /** The version for a dataset whose latest release is {@code latest}, if any. */
    SchemaVersion resolve(Optional<SchemaVersion> latest);

    /** Exactly this version. */
    record Exact(SchemaVersion version) implements ReleaseVersion {
        public Exact { requireNonNull(version, "version"); }

        @Override public SchemaVersion resolve(Optional<SchemaVersion> latest) { return version; }
    }

    /** The latest release's version with one part incremented; with no release yet, 1.0.0, 0.1.0 or 0.0.1. */
    record Bump(Part part) implements ReleaseVersion {
        public Bump { requireNonNull(part, "part"); }

        @Override public SchemaVersion resolve(Optional<SchemaVersion> latest) {
            SchemaVersion base = latest.orElse(new SchemaVersion(0, 0, 0));
            return switch (part) {
                case MAJOR -> base.nextMajor();
                case MINOR -> base.nextMinor();
                case PATCH -> base.nextPatch();
            };
        }
    }

    /** A part of a semantic version. */
    enum Part { MAJOR, MINOR, PATCH }

    /** Exactly the version in {@code text}, e.g. "1.2.0". */
    static ReleaseVersion exact(String text) { return new Exact(SchemaVersion.parse(text)); }

    /** The latest version bumped. */
    static ReleaseVersion bump(Part part) { return new Bump(part); }
}
