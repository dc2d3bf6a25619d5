package org.quotable.exporter.release;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import org.quotable.schema.SchemaVersion;

/**
 * A published release. Immutable.
 *
 * @param folder   the release folder, {@code <dataset>/releases/X.Y.Z}
 * @param version  its version
 * @param quotes   number of quote rows
 * @param articles number of article rows
 * @param files    the file names in the folder, sorted
 * @param changes  the comparison with the previous release, or of an empty dataset for a first release
 */
public record Release(Path folder, SchemaVersion version, long quotes, long articles, List<String> files,
                      ReleaseDiff changes) {
    public Release {
        requireNonNull(folder, "folder");
        requireNonNull(version, "version");
        requireNonNull(changes, "changes");
        files = List.copyOf(files);
    }
}
