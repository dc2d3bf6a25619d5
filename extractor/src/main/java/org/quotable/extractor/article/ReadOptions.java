package org.quotable.extractor.article;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;

/**
 * How article files are read: the limits that keep one bad input from exhausting memory. Immutable and thread-safe.
 *
 * <pre>{@code
 * ReadOptions small = ReadOptions.DEFAULT.toBuilder().maxArticleChars(100_000).get();
 * try (ArticleReader reader = ArticleSources.open(path, small, problems::add)) { ... }
 * }</pre>
 */
public final class ReadOptions {
    /** At most 4,000,000 characters of text per article and 64 MiB of input per file, line or WARC record. */
    public static final ReadOptions DEFAULT = builder().get();

    private final int maxArticleChars;
    private final long maxInputBytes;
    private final int parseThreads;

    private ReadOptions(Builder b) {
        maxArticleChars = b.maxArticleChars;
        maxInputBytes = b.maxInputBytes;
        parseThreads = b.parseThreads;
        if (parseThreads < 1)
            throw new IllegalArgumentException("parseThreads is " + parseThreads + "; it must be at least 1");
        if (maxArticleChars < 1)
            throw new IllegalArgumentException("maxArticleChars is " + maxArticleChars + "; it must be at least 1");
        if (maxInputBytes < 1)
            throw new IllegalArgumentException("maxInputBytes is " + maxInputBytes + "; it must be at least 1");
    }

    /** A builder with the {@link #DEFAULT} values. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from these options. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The most characters of text an article may have (as read, before normalization); longer ones are skipped. */
    public int maxArticleChars() { return maxArticleChars; }

    /**
     * The most bytes held in memory for one input unit: a whole {@code .txt}, {@code .json} or {@code .html} file
     * (after decompression), one JSON Lines line, or one WARC record's payload. Bigger units are skipped.
     */
    public long maxInputBytes() { return maxInputBytes; }

    /**
     * How many threads parse a WARC archive's pages ahead of its reader (by default one per core, so that one
     * archive keeps every core busy); 1 parses each page on the reading thread. Where something else already runs
     * one reader per core, as a Spark executor runs one task per core, 1 avoids twice as many busy threads as cores.
     */
    public int parseThreads() { return parseThreads; }

    @Override public String toString() {
        return "ReadOptions[maxArticleChars=" + maxArticleChars + ", maxInputBytes=" + maxInputBytes
                + ", parseThreads=" + parseThreads + "]";
    }

    /** Makes {@link ReadOptions}; mutable, one setter per option. */
    public static final class Builder implements Supplier<ReadOptions> {
        private int maxArticleChars = 4_000_000;
        private long maxInputBytes = 64L << 20;
        private int parseThreads = Runtime.getRuntime().availableProcessors();

        private Builder() {}

        private Builder(ReadOptions options) {
            requireNonNull(options, "options");
            maxArticleChars = options.maxArticleChars;
            maxInputBytes = options.maxInputBytes;
            parseThreads = options.parseThreads;
        }

        /** See {@link ReadOptions#maxArticleChars()}. */
        public Builder maxArticleChars(int chars) {
            maxArticleChars = chars;
            return this;
        }

        /** See {@link ReadOptions#maxInputBytes()}. */
        public Builder maxInputBytes(long bytes) {
            maxInputBytes = bytes;
            return this;
        }

        /** See {@link ReadOptions#parseThreads()}. */
        public Builder parseThreads(int threads) {
            parseThreads = threads;
            return this;
        }

        /** The options; checks them. */
        @Override public ReadOptions get() {
            return new ReadOptions(this);
        }
    }
}
