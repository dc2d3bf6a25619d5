package org.quotable.exporter.release;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.quotable.schema.SchemaVersion;

/** The public door to the release machinery, used by {@code Releases}; the work is in package-private classes. */
public final class ReleaseOperations {
    private ReleaseOperations() {}

    /** See {@code Releases.publish}. */
    public static Release publish(ReleaseRequest request) throws IOException { return ReleasePublisher.publish(request); }

    /** See {@code Releases.verify}. */
    public static Verification verify(Path release) throws IOException { return ReleaseVerifier.verify(release); }

    /** See {@code Releases.diff}. */
    public static ReleaseDiff diff(Path from, Path to) throws IOException { return ReleaseDiffer.diff(from, to); }

    /** See {@link org.quotable.exporter.Releases#changesSince}. */
    public static ReleaseDiff changesSince(Path release, Path build) throws IOException {
        return ReleaseDiffer.changesSince(release, build);
    }

    /** See {@code Releases.versions}. */
    public static List<SchemaVersion> versions(Path datasetFolder) throws IOException {
        return ReleaseFiles.versions(datasetFolder.resolve("releases"));
    }
}
