package org.quotable.build;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.quotable.exporter.dataset.ExportOptions;
import org.quotable.extractor.ExtractorOptions;
import org.quotable.schema.QuoteType;

/**
 * What to build: the dataset folder, where the tables go, in which formats, and how to extract. Immutable; made by
 * a {@link Builder}.
 *
 * <pre>{@code
 * BuildRequest request = BuildRequest.builder(Path.of("datasets/ukraine-peace-talks")).threads(4).get();
 * }</pre>
 */
public final class BuildRequest {
    private final Path datasetDir;
    private final @Nullable String output;
    private final ExportOptions exportOptions;
    private final Set<QuoteType> types;
    private final int threads;
    private final double maxArticleSeconds;
    private final int maxArticleChars;
    private final boolean cache;
    private final @Nullable Path cacheDir;

    private BuildRequest(Builder b) {
        datasetDir = b.datasetDir;
        output = b.output;
        exportOptions = b.exportOptions;
        types = java.util.Collections.unmodifiableSet(QuoteTypes.chosen(b.types == null ? null : List.copyOf(b.types), datasetDir));
        threads = b.threads > 0 ? b.threads : Runtime.getRuntime().availableProcessors();
        maxArticleSeconds = b.maxArticleSeconds;
        maxArticleChars = b.maxArticleChars;
        cache = b.cache;
        cacheDir = b.cacheDir;
        if (maxArticleChars < 1) throw new IllegalArgumentException("maxArticleChars must be at least 1, got " + maxArticleChars);
        if (maxArticleSeconds < 0) throw new IllegalArgumentException("maxArticleSeconds must be 0 (no limit) or more, got " + maxArticleSeconds);
    }

    /** A request to build the dataset in this folder, with the defaults: {@code <dataset>/build}, every format, cache on. */
    public static Builder builder(Path datasetDir) { return new Builder(datasetDir); }

    /** The dataset folder, holding {@code dataset.yaml}. */
    public Path datasetDir() { return datasetDir; }

    /** Where the tables go, as given: a folder or a Hadoop file system URI. */
    public String target() { return output != null ? output : datasetDir.resolve("build").toString(); }

    /** Whether the output is a local folder (then it is replaced as a set and gets a manifest). */
    public boolean isLocalOutput() { return output == null || !output.contains("://") || output.startsWith("file:"); }

    /** The local output folder; only for a {@link #isLocalOutput() local output}. */
    public Path localOutput() {
        if (output == null) return datasetDir.resolve("build");
        if (!isLocalOutput()) throw new IllegalStateException(output + " is not a local folder");
        return output.startsWith("file:") ? Path.of(java.net.URI.create(output)) : Path.of(output);
    }

    /** Where the problem report goes: beside a local output; for a remote one, into the dataset's build folder. */
    public Path errorsFile() {
        return (isLocalOutput() ? localOutput() : datasetDir.resolve("build")).resolve(BuildFolder.ERRORS);
    }

    public ExportOptions exportOptions() { return exportOptions; }

    /** The kinds of quotation kept. */
    public Set<QuoteType> types() { return types; }

    /** Extraction threads. */
    public int threads() { return threads; }

    /** The longest one article may take to extract; 0 for no limit. */
    public double maxArticleSeconds() { return maxArticleSeconds; }

    /** The longest article text accepted. */
    public int maxArticleChars() { return maxArticleChars; }

    /** Whether earlier per-article results are reused. */
    public boolean cache() { return cache; }

    /** Where the extraction cache lives. */
    public Path cacheDir() { return cacheDir != null ? cacheDir : datasetDir.resolve(".cache").resolve("extraction"); }

    /** Collects a request's settings; not thread-safe. {@link #get()} makes the request. */
    public static final class Builder {
        private final Path datasetDir;
        private @Nullable String output;
        private ExportOptions exportOptions = ExportOptions.DEFAULT.toBuilder()
                .rowGroupRowLimit(ExportOptions.BUILD_ROW_GROUP_ROW_LIMIT).get();
        private @Nullable Set<QuoteType> types;
        private int threads;
        private double maxArticleSeconds = 300;
        private int maxArticleChars = 4_000_000;
        private boolean cache = true;
        private @Nullable Path cacheDir;

        private Builder(Path datasetDir) {
            this.datasetDir = requireNonNull(datasetDir, "datasetDir");
        }

        /** A folder or Hadoop file system URI; null for {@code <dataset>/build}. */
        public Builder output(@Nullable String output) { this.output = output; return this; }

        public Builder exportOptions(ExportOptions options) { this.exportOptions = requireNonNull(options, "options"); return this; }

        /** The kinds of quotation to keep; null for the dataset's {@code types:} list, else {@link ExtractorOptions#DEFAULT_TYPES}. */
        public Builder types(@Nullable Set<QuoteType> types) { this.types = types; return this; }

        /** Extraction threads; 0 for one per core. */
        public Builder threads(int threads) { this.threads = threads; return this; }

        public Builder maxArticleSeconds(double seconds) { this.maxArticleSeconds = seconds; return this; }

        public Builder maxArticleChars(int chars) { this.maxArticleChars = chars; return this; }

        public Builder cache(boolean cache) { this.cache = cache; return this; }

        /** Where the extraction cache lives; null for {@code <dataset>/.cache/extraction}. */
        public Builder cacheDir(@Nullable Path cacheDir) { this.cacheDir = cacheDir; return this; }

        public BuildRequest get() { return new BuildRequest(this); }
    }
}
