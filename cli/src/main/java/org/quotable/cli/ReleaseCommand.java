package org.quotable.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.quotable.build.Builds;
import org.quotable.build.DatasetLock;
import org.quotable.build.Problems;
import org.quotable.exporter.Releases;
import org.quotable.exporter.dataset.ExportOptions;
import org.quotable.exporter.format.Compression;
import org.quotable.exporter.release.ExtractionQuality;
import org.quotable.exporter.release.Release;
import org.quotable.exporter.release.ReleaseConflictException;
import org.quotable.exporter.release.ReleaseException;
import org.quotable.exporter.release.ReleaseRequest;
import org.quotable.exporter.release.ReleaseVersion;
import org.quotable.schema.SchemaVersion;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quotable release}: publishes an immutable, verifiable version of a built dataset. */
// No standard help mixin: its -V/--version would take the name of the release --version option.
@Command(name = "release", sortOptions = false,
        header = "Publish an immutable, versioned release of a built dataset.",
        description = {
                "Writes <dataset>/releases/X.Y.Z/ with quotes and articles as Parquet, CSV and JSON Lines, "
                        + "datapackage.json, croissant.json, a dataset card README.md, SHA256SUMS and CHANGELOG.md, "
                        + "made from the build's quotes.jsonl and articles.jsonl (run `quotable build` first).",
                "The release is written into a hidden staging folder, checked like `quotable verify`, and moved "
                        + "into place in one rename. A version that exists is never overwritten; a version must be "
                        + "greater than the latest; a schema major change needs a major bump (exit code 5).",
                "",
                "Without <dataset>, releases the sample dataset " + BuildCommand.SAMPLE_DATASET + "."})
final class ReleaseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "<dataset>", arity = "0..1",
            description = "The dataset folder, holding dataset.yaml (default: the sample, " + BuildCommand.SAMPLE_DATASET + ").")
    @Nullable Path dataset;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @ArgGroup(exclusive = true, multiplicity = "1")
    VersionChoice version;

    static final class VersionChoice {
        @Option(names = "--version", paramLabel = "<X.Y.Z>", required = true, description = "The exact version to publish.")
        @Nullable String exact;

        @Option(names = "--bump", paramLabel = "<part>", required = true,
                description = "Publish the latest version with this part incremented: ${COMPLETION-CANDIDATES}.")
        ReleaseVersion.@Nullable Part bump;
    }

    @Option(names = "--build", paramLabel = "<folder>",
            description = "The build folder holding quotes.jsonl and articles.jsonl (default: <dataset>/build).")
    @Nullable Path build;

    @Option(names = "--compression", paramLabel = "<codec>", defaultValue = "SNAPPY",
            description = "Parquet compression: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Compression compression = Compression.SNAPPY;

    @Option(names = "--row-group-rows", paramLabel = "<rows>", defaultValue = "" + ExportOptions.DEFAULT_ROW_GROUP_ROW_LIMIT,
            description = "Largest number of rows in one Parquet row group (default: ${DEFAULT-VALUE}).")
    int rowGroupRows;

    @Option(names = "--quality", paramLabel = "<file>",
            description = "The --summary-json output of `quotable evaluate`, shown as extraction quality in the dataset card.")
    @Nullable Path quality;

    @Spec CommandSpec spec;

    @Override public Integer call() throws IOException {
        Path datasetDir = dataset != null ? dataset : Path.of(BuildCommand.SAMPLE_DATASET);
        if (!Files.isDirectory(datasetDir))
            throw new QuotableException(ExitCodes.USAGE, datasetDir + ": no such dataset folder");
        ReleaseVersion choice;
        if (version.exact != null) {
            try {
                choice = new ReleaseVersion.Exact(SchemaVersion.parse(version.exact));
            } catch (IllegalArgumentException e) {
                throw new QuotableException(ExitCodes.USAGE, "--version: " + e.getMessage());
            }
        } else {
            choice = ReleaseVersion.bump(version.bump);
        }
        ExportOptions options;
        try {
            options = ExportOptions.DEFAULT.toBuilder().compression(compression).rowGroupRowLimit(rowGroupRows)
                    .toolVersion(QuotableCommand.toolVersion()).get();
        } catch (IllegalArgumentException e) {
            throw new QuotableException(ExitCodes.USAGE, e.getMessage());
        }
        ReleaseRequest request = ReleaseRequest.of(datasetDir, choice, QuotableCommand.toolVersion()).withOptions(options);
        if (build != null) request = request.withBuildFolder(build);
        if (quality != null) request = request.withQuality(readQuality(quality));
        Release release;
        try (DatasetLock lock = Builds.lock(datasetDir, "release")) {
            Builds.checkReleasable(datasetDir, request.buildFolder());
            release = Releases.publish(request);
        } catch (ReleaseConflictException e) {
            throw new QuotableException(ExitCodes.RELEASE_CONFLICT, e.getMessage(), e);
        } catch (ReleaseException e) {
            throw new QuotableException(ExitCodes.USAGE, e.getMessage(), e);
        } catch (IOException e) {
            // Not the user's input but the disk: full, read-only, no permission. The staging folder is gone already.
            throw new QuotableException(ExitCodes.IO_ERROR, "cannot write the release: " + Problems.reason(e)
                    + (e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null ? " (" + fs.getFile() + ")" : ""), e);
        }
        if (quiet()) return ExitCodes.OK;
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Released %s %s: %d quote(s), %d article(s) in %s%n", datasetDir.getFileName(), release.version(),
                release.quotes(), release.articles(), release.folder());
        out.print(release.changes().summary());
        out.flush();
        return ExitCodes.OK;
    }

    private boolean quiet() {
        return spec.root().userObject() instanceof QuotableCommand root && root.quiet;
    }

    /** Reads the quality numbers from evaluate's summary JSON. */
    static ExtractionQuality readQuality(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new QuotableException(ExitCodes.USAGE, "%s: not a readable evaluate summary: %s".formatted(file, e.getMessage()), e);
        }
        if (root == null || !root.has("exact"))
            throw new QuotableException(ExitCodes.USAGE, file + ": not an evaluate summary (no 'exact' scores); write one with quotable evaluate --summary-json");
        var scores = new LinkedHashMap<String, Double>();
        put(scores, "quote_precision", root.at("/exact/precision"));
        put(scores, "quote_recall", root.at("/exact/recall"));
        put(scores, "quote_f1", root.at("/exact/f1"));
        put(scores, "overlap_quote_f1", root.at("/overlap/f1"));
        put(scores, "speaker_surname_accuracy", root.at("/speaker_surname/accuracy"));
        put(scores, "speaker_full_name_accuracy", root.at("/speaker_full_name/accuracy"));
        put(scores, "role_accuracy", root.at("/role/accuracy"));
        put(scores, "date_accuracy", root.at("/date/accuracy"));
        return new ExtractionQuality(root.path("articles").asInt(0), scores);
    }

    private static void put(LinkedHashMap<String, Double> scores, String name, JsonNode value) {
        if (value.isNumber()) scores.put(name, value.asDouble());
    }
}
