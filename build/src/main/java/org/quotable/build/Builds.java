package org.quotable.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quotable.extractor.article.ArticleProblem;
import org.quotable.extractor.article.ArticleSources;
import org.quotable.extractor.article.InputFile;
import org.quotable.schema.QuotableSchema;

/**
 * Building datasets: the entry point of this module. Each method hands off to the class that does the work.
 *
 * <pre>{@code
 * BuildRequest request = BuildRequest.builder(datasetDir).get();
 * try (BuildRun run = Builds.start(request)) {
 *     DatasetBuild.Result result = run.run(problem -> System.err.println(problem), BuildListener.SILENT);
 * }
 * }</pre>
 */
public final class Builds {
    /** The name of a build's manifest in its folder. */
    public static final String MANIFEST = BuildFolder.MANIFEST;
    /** The name of a build's problem report in its folder. */
    public static final String ERRORS = BuildFolder.ERRORS;

    private Builds() {}

    /**
     * Starts a build of a dataset: reads its definition, takes the dataset's lock and lists its inputs. Close the run
     * to release the lock.
     *
     * @throws BuildException (usage) for a missing or bad definition or no matching input, (locked) when another
     *                        build or release of the dataset is running
     */
    public static BuildRun start(BuildRequest request) throws IOException {
        return BuildRun.start(request, DatasetDefinition.load(request.datasetDir()));
    }

    /** Reads {@code dataset.yaml} from a dataset folder; see {@link DatasetDefinition#load}. */
    public static DatasetDefinition definition(Path datasetDir) {
        return DatasetDefinition.load(datasetDir);
    }

    /** Takes the lock of a dataset for {@code what} ("build", "release"); see {@link DatasetLock#acquire}. */
    public static DatasetLock lock(Path datasetDir, String what) throws IOException {
        return DatasetLock.acquire(datasetDir, what);
    }

    /**
     * Checks that a build folder can be released as it is: it has a manifest (it was made by a build), its JSON
     * Lines files are there and unchanged, and the dataset's inputs have not changed since.
     *
     * @throws BuildException (stale build) saying what is wrong and what to run
     */
    public static void checkReleasable(Path datasetDir, Path buildFolder) throws IOException {
        if (!Files.isDirectory(buildFolder))
            throw new BuildException(BuildException.Kind.STALE_BUILD, buildFolder + ": no build; run `quotable build` first");
        BuildManifest manifest = BuildManifest.read(buildFolder).orElseThrow(() -> new BuildException(BuildException.Kind.STALE_BUILD,
                buildFolder.resolve(BuildFolder.MANIFEST) + ": no build manifest, so nothing says what this build is made of; "
                        + "run `quotable build` to make the build again"));
        InputFiles inputs = InputFiles.matching(datasetDir, DatasetDefinition.load(datasetDir).inputs());
        List<String> reasons = manifest.staleness(buildFolder, inputs.files());
        if (!reasons.isEmpty())
            throw new BuildException(BuildException.Kind.STALE_BUILD, "%s cannot be released: %s; run `quotable build %s` and release again"
                    .formatted(buildFolder, String.join("; ", reasons), datasetDir));
    }

    /** The input files of a dataset: those its definition's {@code inputs} globs match, named relative to it. */
    public static InputFiles inputs(Path datasetDir) {
        return InputFiles.matching(datasetDir, DatasetDefinition.load(datasetDir).inputs());
    }

    /**
     * The input files of a dataset folder on any file system (the Spark job's dataset on HDFS or S3): the files its
     * {@code dataset.yaml}'s {@code inputs} globs match, chosen and named as {@link #inputs(Path)} chooses and names
     * those of a local folder, sorted by name.
     *
     * @throws BuildException (usage) for a missing or bad {@code dataset.yaml}
     */
    public static List<DatasetFolder.Entry> inputs(DatasetFolder dataset) throws IOException {
        java.util.function.Predicate<String> selected = ArticleSources.selector(DatasetDefinition.inputs(dataset));
        return dataset.files().stream().filter(f -> selected.test(f.name()))
                .sorted(java.util.Comparator.comparing(DatasetFolder.Entry::name)).toList();
    }

    /**
     * One input of a dataset folder on any file system as it is now (size, modification time, SHA-256 of its bytes),
     * as {@link #describeInputs} describes a local one, for {@link #recordBuild}. One file at a time, so that a
     * cluster job can hash its inputs in parallel.
     */
    public static BuildManifest.Input describeInput(DatasetFolder dataset, DatasetFolder.Entry file) throws IOException {
        try (var in = dataset.open(file.name())) {
            return new BuildManifest.Input(file.name(), file.size(), file.modified(), BuildManifest.sha256(in));
        }
    }

    /**
     * The inputs as they are now (size, modification time, SHA-256), for {@link #recordBuild}: read them before
     * the build starts, so that a file changed during the build makes the build look stale.
     */
    public static List<BuildManifest.Input> describeInputs(List<InputFile> files) throws IOException {
        return BuildManifest.inputs(files);
    }

    /**
     * Records a build made by another engine (the Spark job) in its output folder as {@code quotable build} records
     * its own: {@code errors.jsonl} with every input problem, then {@code build.json} naming the tool, schema,
     * extractor, formats, inputs and the SHA-256 of every file written, so {@code quotable release} and its
     * staleness check accept the folder.
     *
     * @param formats the formats written, by extension (csv, jsonl, parquet)
     */
    public static void recordBuild(Path folder, List<String> formats, List<BuildManifest.Input> inputs,
                                   List<ArticleProblem> problems) throws IOException {
        ProblemReport.write(folder.resolve(BuildFolder.ERRORS), problems);
        BuildManifest.write(folder, toolVersion(), QuotableSchema.VERSION.toString(), ExtractorFingerprint.value(),
                formats, inputs);
    }

    /**
     * {@link #recordBuild(Path, List, List, List)} into an output folder on any file system (HDFS, S3 through the
     * Spark job), so that a cluster build carries its record with its tables; copied to a machine with the dataset,
     * the folder is verified and released as a local one.
     */
    public static void recordBuild(OutputFolder folder, List<String> formats, List<BuildManifest.Input> inputs,
                                   List<ArticleProblem> problems) throws IOException {
        ProblemReport.write(folder, problems);
        BuildManifest.write(folder, toolVersion(), QuotableSchema.VERSION.toString(), ExtractorFingerprint.value(),
                formats, inputs);
    }

    /**
     * Whether a build folder holds its JSON Lines tables as folders of part files (the Spark job's layout, maybe
     * partitioned into {@code key=value} folders) rather than as single files.
     */
    public static boolean hasTablesInParts(Path buildFolder) {
        return Files.isDirectory(buildFolder.resolve(QuotableSchema.QUOTES.name() + ".jsonl"));
    }

    /**
     * Joins each table's JSON Lines part files, in path order, into one {@code <table>.jsonl} in {@code into}, the
     * layout a release is made from. Hidden files and Hadoop's markers are left out.
     */
    public static void joinTables(Path buildFolder, Path into) throws IOException {
        Files.createDirectories(into);
        for (var table : QuotableSchema.TABLES) {
            Path parts = buildFolder.resolve(table.name() + ".jsonl");
            if (!Files.isDirectory(parts)) continue;
            List<Path> files;
            try (var walk = Files.walk(parts)) {
                files = walk.filter(Files::isRegularFile).filter(p -> {
                    for (Path name : parts.relativize(p))
                        if (name.toString().startsWith(".") || name.toString().startsWith("_")) return false;
                    return true;
                }).sorted().toList();
            }
            try (OutputStream out = Files.newOutputStream(into.resolve(table.name() + ".jsonl"))) {
                for (Path part : files) Files.copy(part, out);
            }
        }
    }

    /**
     * Checks a build folder against its {@code build.json}: every file the build wrote is there, unchanged. Returns
     * one line per problem; empty when the folder is intact.
     *
     * @throws BuildException (stale build) when the folder has no readable manifest
     */
    public static List<String> verifyBuild(Path buildFolder) throws IOException {
        BuildManifest manifest = BuildManifest.read(buildFolder).orElseThrow(() -> new BuildException(BuildException.Kind.STALE_BUILD,
                buildFolder.resolve(BuildFolder.MANIFEST) + ": no build manifest; run `quotable build` (or the Spark job on the dataset folder) to make one"));
        return manifest.damage(buildFolder);
    }

    /** The extractor's code fingerprint, 16 hex digits: cached results are valid only for the same one. */
    public static String extractorFingerprint() {
        return ExtractorFingerprint.value();
    }

    /** The tool's version, from the jar manifest ({@code dev} when run from classes). */
    public static String toolVersion() {
        @Nullable String version = Builds.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
