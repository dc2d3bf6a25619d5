package org.quotable.exporter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.quotable.exporter.release.Release;
import org.quotable.exporter.release.ReleaseConflictException;
import org.quotable.exporter.release.ReleaseDiff;
import org.quotable.exporter.release.ReleaseRequest;
import org.quotable.exporter.release.Verification;
import org.quotable.exporter.release.ReleaseOperations;
import org.quotable.schema.SchemaVersion;

/**
 * Entry point for dataset releases: publish, verify, compare. Only delegates to the {@code release} package.
 *
 * <pre>{@code
 * Release r = Releases.publish(ReleaseRequest.of(Path.of("datasets/ukraine-peace-talks"), ReleaseVersion.exact("1.0.0"), "0.1.0"));
 * Verification v = Releases.verify(r.folder());
 * }</pre>
 */
public final class Releases {
    private Releases() {}

    /**
     * Publishes a release into {@code <dataset>/releases/X.Y.Z/}, atomically.
     *
     * @throws ReleaseConflictException if semantic versioning forbids the version; nothing is written
     * @throws IOException              naming the file and the reason when the inputs are bad; nothing is published
     */
    public static Release publish(ReleaseRequest request) throws IOException {
        return ReleaseOperations.publish(request);
    }

    /** Checks a release folder; the result lists every problem found. */
    public static Verification verify(Path release) throws IOException {
        return ReleaseOperations.verify(release);
    }

    /** What changed from release {@code from} to release {@code to}. */
    public static ReleaseDiff diff(Path from, Path to) throws IOException {
        return ReleaseOperations.diff(from, to);
    }

    /**
     * What a build folder holds that a release does not: articles and quotes added, removed and changed, as the
     * next release's changelog would list them.
     */
    public static ReleaseDiff changesSince(Path release, Path build) throws IOException {
        return ReleaseOperations.changesSince(release, build);
    }

    /** The published versions of a dataset, ascending. */
    public static List<SchemaVersion> versions(Path datasetFolder) throws IOException {
        return ReleaseOperations.versions(datasetFolder);
    }
}
