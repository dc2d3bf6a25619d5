package org.quotable.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.quotable.build.BuildRequest;
import org.quotable.build.BuildRun;
import org.quotable.build.BuildSummary;
import org.quotable.build.Builds;
import org.quotable.build.DatasetBuild;
import org.quotable.build.DatasetDefinition;
import org.quotable.build.InputFiles;
import org.quotable.exporter.Releases;
import org.quotable.exporter.release.ReleaseDiff;
import org.quotable.exporter.dataset.ExportOptions;
import org.quotable.exporter.format.Compression;
import org.quotable.exporter.format.Format;
import org.quotable.schema.QuotableSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code quotable build}: turns a dataset folder's articles into its quotes and articles tables. */
@Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Build a dataset: extract the quotes of its articles and write them as CSV, JSON Lines and Parquet.",
        description = {
                "Reads <dataset>/dataset.yaml, extracts every quotation from the input files its 'inputs' globs "
                        + "name, and writes quotes.{csv,jsonl,parquet} and articles.{csv,jsonl,parquet} into "
                        + "<dataset>/build (or --output), and the speakers table (speakers.*): one row per distinct speaker, "
                        + "name variants merged across articles, which quotes.speaker_id refers to. Files appear only when complete.",
                "Inputs that cannot be read are reported on standard error as file:line: reason and in errors.jsonl "
                        + "beside the output; the other articles are still built.",
                "",
                "Without <dataset>, builds the sample dataset datasets/ukraine-peace-talks."})
final class BuildCommand implements Callable<Integer> {
    static final String SAMPLE_DATASET = "datasets/ukraine-peace-talks";

    @Parameters(paramLabel = "<dataset>", arity = "0..1",
            description = "The dataset folder, holding dataset.yaml (default: the sample, " + SAMPLE_DATASET + ").")
    @Nullable Path dataset;

    @Option(names = {"-o", "--output"}, paramLabel = "<folder>",
            description = "Where to write the tables: a folder, or any Hadoop FileSystem URI such as "
                    + "file:///data/x, hdfs://nn/x or s3a://bucket/x (default: <dataset>/build). Cloud file "
                    + "systems are optional jars added with QUOTABLE_CLASSPATH (s3a: hadoop-aws and the AWS SDK "
                    + "bundle); see the README.")
    @Nullable String output;

    @Option(names = {"-f", "--format"}, paramLabel = "<format>", split = ",",
            description = "Formats to write, comma-separated: ${COMPLETION-CANDIDATES} (default: all).")
    @Nullable List<Format> formats;

    @Option(names = "--compression", paramLabel = "<codec>", defaultValue = "SNAPPY",
            description = "Parquet compression: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Compression compression = Compression.SNAPPY;

    @Option(names = "--row-group-rows", paramLabel = "<rows>", defaultValue = "" + ExportOptions.BUILD_ROW_GROUP_ROW_LIMIT,
            description = "Largest number of rows in one Parquet row group, so large datasets split for Spark and a "
                    + "build that adds articles encodes only the last group again (default: ${DEFAULT-VALUE}).")
    int rowGroupRows;

    @Option(names = "--max-article-chars", paramLabel = "<n>", defaultValue = "4000000",
            description = "Longest article text to accept; longer ones are reported and left out (default: ${DEFAULT-VALUE}).")
    int maxArticleChars;

    @Option(names = "--max-article-seconds", paramLabel = "<seconds>", defaultValue = "300",
            description = "Longest time one article may take to extract; a slower one is reported and left out, so one "
                    + "pathological input cannot stall a batch; 0 means no limit (default: ${DEFAULT-VALUE}).")
    double maxArticleSeconds;

    @Option(names = "--csv-safe", description = "Make the CSV files safe to open in spreadsheets: a field starting with "
            + "=, +, -, @, tab or carriage return gets a leading apostrophe, so it is shown as text instead of run as a "
            + "formula. The JSON Lines and Parquet files keep the exact text (default: off; see the README).")
    boolean csvSafe;

    @Option(names = {"-t", "--types"}, paramLabel = "<type>", split = ",",
            description = "Kinds of quotation to keep: direct, partial, indirect (reported speech, whose quote is the "
                    + "reporter's paraphrase). Default: the dataset.yaml 'types' list, else direct,partial (reported speech is opt-in).")
    @Nullable List<org.quotable.schema.QuoteType> types;

    @Option(names = "--strict", description = "Exit with code 3 when any input could not be read.")
    boolean strict;

    @Option(names = {"-j", "--threads"}, paramLabel = "<n>", defaultValue = "0",
            description = "Extraction threads; 0 means one per core (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--cache", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Reuse the per-article results of earlier builds (kept in <dataset>/.cache, keyed by the "
                    + "article's text hash and the extractor's version), so only new or changed articles are "
                    + "extracted. --no-cache extracts everything (default: cache on).")
    boolean cache = true;

    @Option(names = "--cache-dir", paramLabel = "<folder>",
            description = "Where the extraction cache lives (default: <dataset>/.cache/extraction).")
    @Nullable Path cacheDir;

    @Option(names = "--changed-since", paramLabel = "<release>",
            description = "Report which articles and quotes are new, removed or changed relative to this release "
                    + "folder (e.g. <dataset>/releases/1.0.0); needs the JSONL format in a local output.")
    @Nullable Path changedSince;

    @Option(names = "--summary-json", paramLabel = "<file>",
            description = "Write counts, errors, timings and changes as JSON to this file, for CI.")
    @Nullable Path summaryJson;

    @Option(names = "--step-summary", paramLabel = "<file>", defaultValue = "${env:GITHUB_STEP_SUMMARY}",
            description = "Append a Markdown summary table to this file (default: $GITHUB_STEP_SUMMARY, when set).")
    @Nullable Path stepSummary;

    @Spec CommandSpec spec;

    @Override public Integer call() throws IOException {
        Path datasetDir = datasetDir();
        DatasetDefinition definition = Builds.definition(datasetDir);
        String target = output != null ? output : datasetDir.resolve("build").toString();
        ExportOptions options;
        try {
            options = ExportOptions.builder()
                    .formats(formats == null || formats.isEmpty() ? EnumSet.allOf(Format.class) : EnumSet.copyOf(formats))
                    .compression(compression).rowGroupRowLimit(rowGroupRows).toolVersion(QuotableCommand.toolVersion())
                    .csvSafe(csvSafe).get();
        } catch (IllegalArgumentException e) {
            throw new QuotableException(ExitCodes.USAGE, e.getMessage());
        }
        if (maxArticleChars < 1) throw new QuotableException(ExitCodes.USAGE, "--max-article-chars must be at least 1, got " + maxArticleChars);
        if (maxArticleSeconds < 0) throw new QuotableException(ExitCodes.USAGE, "--max-article-seconds must be 0 (no limit) or more, got " + maxArticleSeconds);
        if (changedSince != null) {
            // Checked before the work, not after it: the comparison reads the build's local JSON Lines files.
            localOutput(datasetDir);
            if (!options.formats().contains(Format.JSONL))
                throw new QuotableException(ExitCodes.USAGE, "--changed-since compares the build's JSON Lines files; add jsonl to --format");
            if (!Files.isDirectory(changedSince))
                throw new QuotableException(ExitCodes.USAGE, changedSince + ": no such release folder");
        }
        PrintWriter err = spec.commandLine().getErr();
        BuildRequest request = BuildRequest.builder(datasetDir).output(output).exportOptions(options)
                .types(types == null || types.isEmpty() ? null : EnumSet.copyOf(types))
                .threads(threads).maxArticleSeconds(maxArticleSeconds).maxArticleChars(maxArticleChars)
                .cache(cache).cacheDir(cacheDir).get();
        try (BuildRun run = Builds.start(request)) {
            long started = System.nanoTime();
            DatasetBuild.Result result;
            try (Progress progress = Progress.forBuild(quiet(), run.inputs().files(), System.err)) {
                result = run.run(problem -> err.println(InputFiles.shown(datasetDir, problem)), progress);
            }
            return finish(datasetDir, definition, target, options, result, started);
        }
    }

    private int finish(Path datasetDir, DatasetDefinition definition, String target, ExportOptions options,
                       DatasetBuild.Result result, long started) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!result.problems().isEmpty())
            err.printf("quotable: %d input error(s) and %d warning(s); details in %s%n", result.errors(),
                    result.problems().size() - result.errors(), errorsFile(datasetDir));
        err.flush();
        ReleaseDiff changes = changedSince == null ? null : Releases.changesSince(changedSince, localOutput(datasetDir));
        var summary = new BuildSummary(definition.name(), QuotableCommand.toolVersion(), QuotableSchema.VERSION.toString(),
                Builds.extractorFingerprint(), target, result.files(), result.articles(), result.extracted(),
                result.cached(), result.quotes(), result.errors(), result.problems().size() - result.errors(), seconds,
                result.problems().stream().map(BuildSummary.Problem::of).toList(), changes);
        if (summaryJson != null) summary.writeJson(summaryJson);
        if (stepSummary != null) summary.appendMarkdown(stepSummary);
        if (!quiet()) summary(definition, target, options, result, seconds);
        if (changes != null && !quiet()) {
            spec.commandLine().getOut().printf("Changes since %s:%n%s", changedSince, changes.summary());
            spec.commandLine().getOut().flush();
        }
        return strict && result.errors() > 0 ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
    }

    private void summary(DatasetDefinition definition, String target, ExportOptions options, DatasetBuild.Result result,
                         double seconds) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Built %s: %d article(s) from %d file(s), %d quote(s) in %.1f s (schema %s)%n",
                definition.name(), result.articles(), result.files(), result.quotes(), seconds, QuotableSchema.VERSION);
        if (result.cached() > 0)
            out.printf("  %d article(s) extracted, %d reused from the cache%n", result.extracted(), result.cached());
        String extensions = String.join(",", options.formatList().stream().map(Format::extension).toList());
        for (var table : QuotableSchema.TABLES)
            out.printf("  %s/%s.{%s}%n", target, table.name(), extensions);
        out.flush();
    }

    /** errors.jsonl goes beside a local output; for a remote one, into the dataset's build folder. */
    private Path errorsFile(Path datasetDir) {
        return (isLocalOutput() ? localOutput(datasetDir) : datasetDir.resolve("build")).resolve(Builds.ERRORS);
    }

    private boolean isLocalOutput() {
        return output == null || !output.contains("://") || output.startsWith("file:");
    }

    private Path localOutput(Path datasetDir) {
        if (output == null) return datasetDir.resolve("build");
        if (!isLocalOutput())
            throw new QuotableException(ExitCodes.USAGE, "--changed-since compares local files; " + output + " is not local");
        return output.startsWith("file:") ? Path.of(java.net.URI.create(output)) : Path.of(output);
    }

    private boolean quiet() {
        return spec.root().userObject() instanceof QuotableCommand root && root.quiet;
    }

    /** The dataset folder: the argument, else the sample, looked up in the working folder then the install. */
    private Path datasetDir() {
        if (dataset != null) {
            if (!Files.isDirectory(dataset))
                throw new QuotableException(ExitCodes.USAGE, dataset + ": no such dataset folder");
            return dataset;
        }
        Path sample = Path.of(SAMPLE_DATASET);
        String home = System.getenv("QUOTABLE_HOME");
        if (!Files.isDirectory(sample) && home != null) sample = Path.of(home).resolve(SAMPLE_DATASET);
        if (!Files.isDirectory(sample))
            throw new QuotableException(ExitCodes.USAGE, "no dataset given and the sample " + SAMPLE_DATASET
                    + " is not in the working folder; pass a dataset folder");
        return sample;
    }
}
