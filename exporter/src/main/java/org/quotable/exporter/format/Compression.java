package org.quotable.exporter.format;

import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/** The compression codec of Parquet column chunks. Text formats are never compressed. */
public enum Compression {
    /** Fast, and what every Parquet reader supports; the default. */
    SNAPPY(CompressionCodecName.SNAPPY),
    /** Smaller files at a little more CPU; read by Spark 3+, DuckDB, polars, pyarrow. */
    ZSTD(CompressionCodecName.ZSTD),
    /** Widest compatibility with old readers. */
    GZIP(CompressionCodecName.GZIP),
    /** No compression (parquet-java's own default). */
    UNCOMPRESSED(CompressionCodecName.UNCOMPRESSED);

    private final CompressionCodecName codec;

    Compression(CompressionCodecName codec) { this.codec = codec; }

    /** The parquet-java codec. */
    public CompressionCodecName codec() { return codec; }
}
