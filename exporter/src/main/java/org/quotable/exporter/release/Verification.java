package org.quotable.exporter.release;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of verifying a release. Immutable.
 *
 * @param release  the release folder
 * @param problems what is wrong, one message per problem naming the file and the reason; empty when all is well
 * @param quotes   quote rows read (from the JSON Lines file)
 * @param articles article rows read
 */
public record Verification(Path release, List<String> problems, long quotes, long articles) {
    public Verification {
        requireNonNull(release, "release");
        problems = List.copyOf(problems);
    }

    /** Whether the release passed every check. */
    public boolean ok() { return problems.isEmpty(); }
}
