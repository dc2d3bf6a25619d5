package org.quotable.exporter.dataset;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.quotable.exporter.format.Compression;
import org.quotable.exporter.format.Format;
import org.quotable.exporter.format.ParquetSettings;
import org.quotable.schema.QuotableSchema;

/**
 * How a dataset is exported: which formats, the Parquet compression and row group size, and the tool version
 * recorded in the files. This class is immutable; make one with {@link #builder()} or start from a preset.
 *
 * <pre>{@code
 * ExportOptions options = ExportOptions.DEFAULT.toBuilder().compression(Compression.ZSTD).get();
 * }</pre>
 */
public final class ExportOptions {
    /** Default rows per Parquet row group: small enough that a few hundred thousand quotes split for Spark. */
    public static final int DEFAULT_ROW_GROUP_ROW_LIMIT = 100_000;

    /**
     * Default rows per Parquet row group of a dataset build ({@code quotable build}), smaller than
     * {@link #DEFAULT_ROW_GROUP_ROW_LIMIT}: a build that adds articles at the end copies every row group of the last
     * build but its last and encodes only that group's rows again, so this bounds the work of a "+1 article" build
     * (at most this many rows per table). A full build uses the same limit, so both cut the same groups. Releases are
     * written from the build's JSON Lines and keep their own limit.
     */
    public static final int BUILD_ROW_GROUP_ROW_LIMIT = 10_000;

    /** CSV, JSON Lines and Parquet (Snappy, 100,000 rows per row group). */
    public static final ExportOptions DEFAULT = builder().get();

    /** Parquet only, compressed with zstd. */
    public static final ExportOptions PARQUET_ZSTD = builder().formats(Format.PARQUET).compression(Compression.ZSTD).get();

    /** JSON Lines only: the lossless, line-oriented build output that releases are made from. */
    public static final ExportOptions JSONL_ONLY = builder().formats(Format.JSONL).get();

    private final Set<Format> formats;
    private final Compression compression;
    private final int rowGroupRowLimit;
    private final String toolVersion;
    private final boolean csvSafe;

    private ExportOptions(Builder b) {
        formats = b.formats.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(b.formats));
        compression = requireNonNull(b.compression, "compression");
        rowGroupRowLimit = b.rowGroupRowLimit;
        toolVersion = requireNonNull(b.toolVersion, "toolVersion");
        csvSafe = b.csvSafe;
        if (formats.isEmpty())
            throw new IllegalArgumentException("No output format chosen; choose at least one of " + List.of(Format.values()));
        if (rowGroupRowLimit < 1)
            throw new IllegalArgumentException("Row group row limit %d must be at least 1".formatted(rowGroupRowLimit));
        if (toolVersion.isBlank())
            throw new IllegalArgumentException("Tool version must not be blank; pass the quotable version, e.g. 0.1.0");
    }

    /** A builder with the defaults of {@link #DEFAULT}. */
    public static Builder builder() { return new Builder(); }

    /** A builder starting from these options. */
    public Builder toBuilder() { return new Builder(this); }

    /** The formats to write, in {@link Format} order. */
    public Set<Format> formats() { return Set.copyOf(EnumSet.copyOf(formats)); }

    /** The formats in {@link Format} order, as a list. */
    public List<Format> formatList() { return List.copyOf(EnumSet.copyOf(formats)); }

    /** The Parquet compression codec. */
    public Compression compression() { return compression; }

    /** The most rows in one Parquet row group. */
    public int rowGroupRowLimit() { return rowGroupRowLimit; }

    /** The version of the tool, written into Parquet footers. */
    public String toolVersion() { return toolVersion; }

    /**
     * Whether CSV files are made safe for spreadsheets: a text field starting with {@code =}, {@code +}, {@code -},
     * {@code @}, tab or carriage return gets a leading {@code '}, so spreadsheet programs show it instead of running it
     * as a formula. Off by default: the CSV then holds the exact text, like the JSON Lines and Parquet files.
     */
    public boolean csvSafe() { return csvSafe; }

    /** The Parquet settings these options give, with the schema and tool version in the footer. */
    public ParquetSettings parquetSettings() {
        return new ParquetSettings(compression, rowGroupRowLimit, Map.of(
                ParquetSettings.SCHEMA_VERSION_KEY, QuotableSchema.VERSION.toString(),
                ParquetSettings.TOOL_VERSION_KEY, toolVersion));
    }

    @Override public boolean equals(Object o) {
        return o instanceof ExportOptions e && e.formats.equals(formats) && e.compression == compression
                && e.rowGroupRowLimit == rowGroupRowLimit && e.toolVersion.equals(toolVersion) && e.csvSafe == csvSafe;
    }

    @Override public int hashCode() { return java.util.Objects.hash(formats, compression, rowGroupRowLimit, toolVersion, csvSafe); }

    @Override public String toString() {
        return "ExportOptions[formats=%s, compression=%s, rowGroupRowLimit=%d, toolVersion=%s]"
                .formatted(formatList(), compression, rowGroupRowLimit, toolVersion);
    }

    /** Mutable builder of {@link ExportOptions}; {@link #get()} validates and builds. */
    public static final class Builder implements Supplier<ExportOptions> {
        private Set<Format> formats = EnumSet.allOf(Format.class);
        private Compression compression = Compression.SNAPPY;
        private int rowGroupRowLimit = DEFAULT_ROW_GROUP_ROW_LIMIT;
        private String toolVersion = "0.0.0-dev";
        private boolean csvSafe;

        private Builder() {}

        private Builder(ExportOptions o) {
            formats = EnumSet.copyOf(o.formats);
            compression = o.compression;
            rowGroupRowLimit = o.rowGroupRowLimit;
            toolVersion = o.toolVersion;
            csvSafe = o.csvSafe;
        }

        /** The formats to write; default all. */
        public Builder formats(Format... formats) { return formats(List.of(formats)); }

        /** The formats to write; default all. */
        public Builder formats(java.util.Collection<Format> formats) {
            this.formats = formats.isEmpty() ? EnumSet.noneOf(Format.class) : EnumSet.copyOf(formats);
            return this;
        }

        /** The Parquet codec; default Snappy. */
        public Builder compression(Compression compression) { this.compression = compression; return this; }

        /** The most rows per Parquet row group; default {@value #DEFAULT_ROW_GROUP_ROW_LIMIT}. */
        public Builder rowGroupRowLimit(int rows) { this.rowGroupRowLimit = rows; return this; }

        /** The tool version for the Parquet footer; default {@code 0.0.0-dev}. */
        public Builder toolVersion(String version) { this.toolVersion = version; return this; }

        /** See {@link ExportOptions#csvSafe()}. */
        public Builder csvSafe(boolean safe) { this.csvSafe = safe; return this; }

        @Override public ExportOptions get() { return new ExportOptions(this); }
    }
}
