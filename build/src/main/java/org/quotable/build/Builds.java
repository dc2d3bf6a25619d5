package org.quotable.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
