package org.quotable.exporter.format;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.TreeMap;

/**
 * How a Parquet file is written. Immutable.
 *
 * @param compression         the column chunk codec
 * @param rowGroupRowLimit    the most rows in one row group; larger tables split into several row groups, which
 *                            Spark and DuckDB read in parallel
 * @param keyValueMetadata    entries for the file footer's key-value metadata, e.g. the schema and tool version
 */
public record ParquetSettings(Compression compression, int rowGroupRowLimit, Map<String, String> keyValueMetadata) {
    /** The footer key holding the Quotable schema version. */
    public static final String SCHEMA_VERSION_KEY = "quotable.schema_version";
    /** The footer key holding the version of the tool that wrote the file. */
    public static final String TOOL_VERSION_KEY = "quotable.tool_version";

    public ParquetSettings {
        requireNonNull(compression, "compression");
        if (rowGroupRowLimit < 1)
            throw new IllegalArgumentException("Row group row limit %d must be at least 1".formatted(rowGroupRowLimit));
        keyValueMetadata = Map.copyOf(new TreeMap<>(keyValueMetadata));
    }
}
