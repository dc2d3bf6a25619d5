package org.quotable.build;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.quotable.exporter.Exports;
import org.quotable.exporter.dataset.DatasetWriter;
import org.quotable.exporter.format.Format;
import org.quotable.extractor.ExtractorOptions;
import org.quotable.extractor.QuoteExtractor;
import org.quotable.extractor.article.ArticleProblem;
import org.quotable.extractor.article.ArticleSources;
import org.quotable.extractor.article.ReadOptions;
import org.quotable.schema.QuotableSchema;

/**
 * One build of a dataset, from {@link Builds#start}: it holds the dataset's {@link DatasetLock} from the start
 * until {@link #close()}, knows its {@link #inputs()} (listed under the lock), and {@link #run} writes the tables,
 * the speakers, {@code errors.jsonl} and {@code build.json}, replacing a local output folder as a set. Not
 * thread-safe; run once.
 */
public final class BuildRun implements AutoCloseable {
    private final BuildRequest request;
    private final DatasetLock lock;
    private final InputFiles inputs;

    private BuildRun(BuildRequest request, DatasetLock lock, InputFiles inputs) {
        this.request = request;
        this.lock = lock;
        this.inputs = inputs;
    }

    static BuildRun start(BuildRequest request, DatasetDefinition definition) throws IOException {
        DatasetLock lock = DatasetLock.acquire(request.datasetDir(), "build");
        try {
            InputFiles inputs = InputFiles.matching(request.datasetDir(), definition.inputs());
            if (inputs.files().isEmpty() && inputs.problems().isEmpty())
                throw new BuildException(BuildException.Kind.USAGE, "%s: no input files match %s"
                        .formatted(request.datasetDir().resolve(DatasetDefinition.FILE_NAME), definition.inputs()));
            return new BuildRun(request, lock, inputs);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The input files of the dataset, and what could not be listed. */
    public InputFiles inputs() { return inputs; }

    /**
     * Builds: extracts every article, in input order, and writes the dataset.
     *
     * @param onProblem told of every input problem, with its file named relative to the dataset folder
     * @param progress  told of every article
     * @throws BuildException (I/O) when the output cannot be written; the earlier build, if any, is left as it was
     */
    public DatasetBuild.Result run(Consumer<ArticleProblem> onProblem, BuildListener progress) throws IOException {
        ExtractionCache extractionCache = request.cache()
                ? ExtractionCache.open(request.cacheDir(), ExtractorFingerprint.value() + QuoteTypes.cacheSuffix(request.types()))
                : null;
        var build = new DatasetBuild(QuoteExtractor.create(ExtractorOptions.DEFAULT.toBuilder().types(request.types()).get()),
                request.threads(), request.maxArticleSeconds(), extractionCache);
        ReadOptions readOptions = ReadOptions.DEFAULT.toBuilder().maxArticleChars(request.maxArticleChars()).get();
        // A build that only adds articles at the end of the inputs appends to the last one's files.
        java.nio.file.Path tails = extractionCache == null || !request.isLocalOutput() ? null : extractionCache.tails(request.datasetDir());
        TailState tailState = tails == null ? null : TailState.read(tails);
        // Read before the build starts, so that a file changed during the build makes the build look stale; the last
        // input, which a tail build may take the new lines of, from where the last build's state left it.
        BuildManifest.Inputs manifest = BuildManifest.inputs(inputs.files(), previousInputs(request), tails != null,
                tailState == null ? List.of() : tailState.inputs());
        List<BuildManifest.Input> manifestInputs = manifest.inputs();
        String tailOptions = TailBuild.options(request, readOptions);
        if (tailState != null) {
            DatasetBuild.Result appended = TailBuild.attempt(tails, tailState, tailOptions, request, inputs, manifest,
                    build, readOptions, onProblem, progress);
            if (appended != null) return appended;
        }
        ReadCache reads = extractionCache == null ? null : extractionCache.reads(request.datasetDir(), manifestInputs);
        String target = request.target();
        DatasetBuild.Result result;
        TailBuild.Recorder recorder = tails == null || !inputs.problems().isEmpty() ? null : TailBuild.Recorder.start(tails, inputs.files());
        try {
            try (BuildFolder folder = request.isLocalOutput() ? stage(request.localOutput(), target) : null) {
                String writeTo = folder != null ? folder.staging().toString() : target;
                try (DatasetWriter out = openOutput(writeTo, target);
                     SpeakerPass speakers = new SpeakerPass(recorder)) {
                    result = build.run(problems -> {
                        inputs.problems().forEach(problems);
                        return reads == null ? ArticleSources.openInputs(inputs.files(), readOptions, problems)
                                : ArticleSources.openInputs(inputs.files(), readOptions, problems, reads);
                    }, inputs.files().size(), (article, quotes) -> {
                        progress.articleRead(article);
                        out.writeArticle(article);
                        if (recorder != null) recorder.article(article, !quotes.isEmpty());
                        speakers.add(quotes);   // written once the dataset's speakers are known
                    }, onProblem, progress, reads);
                    speakers.writeInto(out);
                    out.commit();
                } catch (IOException e) {
                    String message = folder == null ? e.getMessage() : String.valueOf(e.getMessage()).replace(writeTo, target);
                    throw new BuildException(BuildException.Kind.IO, "cannot write the build: " + message, e);
                }
                if (folder != null) {
                    ProblemReport.write(folder.staging().resolve(BuildFolder.ERRORS), result.problems());
                    // The files a next build may append to are hashed with a digest whose end state is kept for it.
                    Map<String, OutputDigests.Digest> digests = recorder == null ? Map.of()
                            : OutputDigests.of(folder.staging(), request.exportOptions().formatList());
                    BuildManifest.write(folder.staging(), Builds.toolVersion(), QuotableSchema.VERSION.toString(),
                            ExtractorFingerprint.value(), request.exportOptions().formatList().stream().map(Format::extension).toList(),
                            manifestInputs, OutputDigests.hashes(digests));
                    folder.commit();
                    if (recorder != null && build.leftOut() == 0)
                        recorder.commit(tailOptions, request.localOutput().toAbsolutePath().normalize(), inputs.files(), manifest,
                                result, digests, tailState == null ? List.of() : tailState.inputs());
                } else {
                    ProblemReport.write(request.errorsFile(), result.problems());
                }
            }
        } finally {
            if (recorder != null) recorder.close();
        }
        return result;
    }

    /**
     * The inputs the last build of a local output folder recorded, whose SHA-256 is kept for files of the same size
     * and modification time; none when there is no readable manifest.
     */
    private static List<BuildManifest.Input> previousInputs(BuildRequest request) {
        if (!request.isLocalOutput()) return List.of();
        try {
            return BuildManifest.read(request.localOutput()).map(BuildManifest::inputs).orElse(List.of());
        } catch (RuntimeException e) {
            return List.of();     // damaged: every input is hashed again
        }
    }

    /** Releases the dataset's lock. */
    @Override public void close() throws IOException {
        lock.close();
    }

    private static @Nullable BuildFolder stage(java.nio.file.Path folder, String target) {
        try {
            return BuildFolder.stage(folder);
        } catch (IOException e) {
            throw new BuildException(BuildException.Kind.IO, "cannot write the build output to " + target + ": " + Problems.describe(e), e);
        }
    }

    private DatasetWriter openOutput(String writeTo, String target) {
        try {
            return Exports.open(writeTo, request.exportOptions());
        } catch (IOException e) {
            throw new BuildException(BuildException.Kind.IO, "cannot write the build output to " + target + ": "
                    + String.valueOf(e.getMessage()).replace(writeTo, target), e);
        }
    }
}
