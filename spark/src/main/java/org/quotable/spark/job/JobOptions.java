package org.quotable.spark.job;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How the Spark job writes its output. Immutable; made by a {@link Builder}, or one of the presets.
 *
 * <pre>{@code
 * JobOptions options = JobOptions.DEFAULT.toBuilder().formats(OutputFormat.PARQUET, OutputFormat.CSV).overwrite(true).get();
 * }</pre>
 */
public final class JobOptions {
    /** Parquet only, never overwriting, one extraction partition per default-parallelism slot. */
    public static final JobOptions DEFAULT = builder().get();

    /** Parquet, CSV and JSON Lines. */
    public static final JobOptions EVERY_FORMAT = DEFAULT.toBuilder().formats(OutputFormat.values()).get();

    private final Set<OutputFormat> formats;
    private final boolean overwrite;
    private final int partitions;
    private final int problemSample;
    private final long warcPartBytes;
    private final Partitioning partitioning;

    private JobOptions(Builder b) {
        formats = b.formats.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(b.formats));
        overwrite = b.overwrite;
        partitions = b.partitions;
        problemSample = b.problemSample;
        warcPartBytes = b.warcPartBytes;
        partitioning = requireNonNull(b.partitioning, "partitioning");
        if (warcPartBytes < 1)
            throw new IllegalArgumentException("warcPartBytes is " + warcPartBytes + "; it must be 1 or more");
        if (formats.isEmpty())
            throw new IllegalArgumentException("No output format chosen; choose at least one of " + List.of(OutputFormat.values()));
        if (partitions < 0)
            throw new IllegalArgumentException("partitions is " + partitions + "; use 0 for Spark's default parallelism, or a positive count");
        if (problemSample < 0)
            throw new IllegalArgumentException("problemSample is " + problemSample + "; it must be 0 or more");
    }

    /** A builder with the defaults of {@link #DEFAULT}. */
    public static Builder builder() { return new Builder(); }

    /** A builder starting from these options. */
    public Builder toBuilder() { return new Builder(this); }

    /** The formats each table is written in. */
    public Set<OutputFormat> formats() { return formats; }

    /** Whether existing table folders under the output are replaced; otherwise the job fails before extracting. */
    public boolean overwrite() { return overwrite; }

    /**
     * At most how many partitions articles are extracted in (and so how many part files each table has); 0 means the
     * context's default parallelism. Articles are extracted in the task that read them: the read parts, in input
     * order, are joined into this many runs of about equal bytes, so there are never more partitions than read parts
     * (WARC archives are cut into at least this many parts when they are large enough; see {@link #warcPartBytes}).
     */
    public int partitions() { return partitions; }

    /** At most how many problems the result lists; all are counted. */
    public int problemSample() { return problemSample; }

    /**
     * About how many bytes of a WARC archive one task reads: an archive is cut into runs of whole records of at
     * least this size (the last may be smaller), so one large archive is read by many tasks. Default 32 MiB; the job
     * makes the runs smaller (down to 1 MiB) when the archives would otherwise give fewer parts than
     * {@link #partitions}.
     */
    public long warcPartBytes() { return warcPartBytes; }

    /** How the quotes and articles tables are split into folders; {@link Partitioning#NONE} by default. */
    public Partitioning partitioning() { return partitioning; }

    @Override public String toString() {
        return "JobOptions[formats=" + formats + ", overwrite=" + overwrite + ", partitions=" + partitions
                + ", problemSample=" + problemSample + ", warcPartBytes=" + warcPartBytes + ", partitioning=" + partitioning + "]";
    }

    /** Mutable builder of {@link JobOptions}; {@link #get()} validates. */
    public static final class Builder implements java.util.function.Supplier<JobOptions> {
        private Set<OutputFormat> formats = EnumSet.of(OutputFormat.PARQUET);
        private boolean overwrite = false;
        private int partitions = 0;
        private int problemSample = 100;
        private long warcPartBytes = 32L << 20;
        private Partitioning partitioning = Partitioning.NONE;

        private Builder() {}

        private Builder(JobOptions o) {
            formats = EnumSet.noneOf(OutputFormat.class);
            formats.addAll(o.formats);
            overwrite = o.overwrite;
            partitions = o.partitions;
            problemSample = o.problemSample;
            warcPartBytes = o.warcPartBytes;
            partitioning = o.partitioning;
        }

        /** The formats to write; at least one. */
        public Builder formats(OutputFormat... values) {
            formats = EnumSet.noneOf(OutputFormat.class);
            for (OutputFormat f : values) formats.add(requireNonNull(f, "format"));
            return this;
        }

        /** Whether to replace existing output. */
        public Builder overwrite(boolean value) {
            overwrite = value;
            return this;
        }

        /** Extraction partitions; 0 for the default parallelism. */
        public Builder partitions(int value) {
            partitions = value;
            return this;
        }

        /** At most how many problems to list in the result. */
        public Builder problemSample(int value) {
            problemSample = value;
            return this;
        }

        /** About how many bytes of a WARC archive one task reads; at least 1. */
        public Builder warcPartBytes(long value) {
            warcPartBytes = value;
            return this;
        }

        /** How the quotes and articles tables are split into folders. */
        public Builder partitioning(Partitioning value) {
            partitioning = value;
            return this;
        }

        @Override public JobOptions get() {
            return new JobOptions(this);
        }

        @Override public String toString() {
            return "JobOptions.Builder" + Arrays.asList(formats, overwrite, partitions, problemSample, warcPartBytes, partitioning);
        }
    }
}
