package org.quotable.exporter.release;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.quotable.exporter.dataset.ExportOptions;

/**
 * What to publish. Immutable; start with {@link #of} and adjust with the {@code with…} methods.
 *
 * <pre>{@code
 * ReleaseRequest request = ReleaseRequest.of(Path.of("datasets/ukraine-peace-talks"), ReleaseVersion.exact("1.0.0"), "0.1.0")
 *         .withQuality(new ExtractionQuality(12, Map.of("quote_f1", 0.93)));
 * Release release = Releases.publish(request);
 * }</pre>
 *
 * @param datasetFolder the dataset folder holding {@code dataset.yaml}; releases go to its {@code releases/}
 * @param buildFolder   the build output to release: it must hold {@code quotes.jsonl} and {@code articles.jsonl},
 *                      as written by a build (JSON Lines is the lossless build format); rows keep their order
 * @param version       the version to publish, exact or bumped
 * @param options       the Parquet codec and row group size, and the tool version; the formats are always all three
 * @param quality       extraction quality for the dataset card, or null when the dataset has no gold annotations
 * @param created       the creation time written to {@code datapackage.json}, the only time in a release
 */
public record ReleaseRequest(Path datasetFolder, Path buildFolder, ReleaseVersion version, ExportOptions options,
                             @Nullable ExtractionQuality quality, Instant created) {
    public ReleaseRequest {
        requireNonNull(datasetFolder, "datasetFolder");
        requireNonNull(buildFolder, "buildFolder");
        requireNonNull(version, "version");
        requireNonNull(options, "options");
        requireNonNull(created, "created");
        options = options.toBuilder().formats(org.quotable.exporter.format.Format.values()).get();
    }

    /**
     * A request for the dataset's {@code build/} output, with the default export options, no quality numbers and
     * the current time (to the second).
     */
    public static ReleaseRequest of(Path datasetFolder, ReleaseVersion version, String toolVersion) {
        return new ReleaseRequest(datasetFolder, datasetFolder.resolve("build"), version,
                ExportOptions.DEFAULT.toBuilder().toolVersion(toolVersion).get(), null,
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    public ReleaseRequest withBuildFolder(Path folder) {
        return new ReleaseRequest(datasetFolder, folder, version, options, quality, created);
    }

    public ReleaseRequest withOptions(ExportOptions newOptions) {
        return new ReleaseRequest(datasetFolder, buildFolder, version, newOptions, quality, created);
    }

    public ReleaseRequest withQuality(@Nullable ExtractionQuality newQuality) {
        return new ReleaseRequest(datasetFolder, buildFolder, version, options, newQuality, created);
    }

    public ReleaseRequest withCreated(Instant time) {
        return new ReleaseRequest(datasetFolder, buildFolder, version, options, quality, time);
    }

    /** The folder holding the dataset's releases. */
    public Path releasesFolder() { return datasetFolder.resolve("releases"); }
}
