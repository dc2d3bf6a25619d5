package org.quotable.exporter.format;

import java.io.IOException;
import java.nio.file.Path;
import org.quotable.schema.Table;

/** A file format of the dataset, with its file extension and media type. */
public enum Format {
    /** RFC 4180 CSV in UTF-8; see {@link CsvTableWriter} for how null and empty strings differ. */
    CSV("csv", "text/csv"),
    /** JSON Lines: one JSON object per line, keys in column order. */
    JSONL("jsonl", "application/jsonl"),
    /** Apache Parquet with the schema of {@link ParquetSchemas}. */
    PARQUET("parquet", "application/vnd.apache.parquet");

    private final String extension;
    private final String mediaType;

    Format(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file extension without dot: {@code csv}, {@code jsonl}, {@code parquet}. */
    public String extension() { return extension; }

    /** The IANA media type. */
    public String mediaType() { return mediaType; }

    /** The file name of a table in this format: {@code quotes.parquet}. */
    public String fileName(Table<?> table) { return table.name() + "." + extension; }

    /**
     * The format of a file, from its extension.
     *
     * @throws IllegalArgumentException naming the file and the known extensions
     */
    public static Format ofFile(String fileName) {
        for (Format f : values())
            if (fileName.endsWith("." + f.extension)) return f;
        throw new IllegalArgumentException("'%s' has none of the extensions .csv, .jsonl, .parquet".formatted(fileName));
    }

    /** Opens a reader of a local file of this format. */
    public <R> TableReader<R> openReader(Table<R> table, Path file) throws IOException {
        return switch (this) {
            case CSV -> CsvTableReader.open(table, file);
            case JSONL -> JsonlTableReader.open(table, file);
            case PARQUET -> ParquetTableReader.open(table, file);
        };
    }
}
