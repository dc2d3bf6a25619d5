package org.quotable.exporter.format;

import java.io.Closeable;
import java.io.IOException;
import org.quotable.schema.Table;

/**
 * A streaming writer of one table in one file format. Rows are written as they come; memory does not grow with
 * the number of rows (Parquet buffers at most one row group). Not thread-safe.
 *
 * @param <R> the record type of the table
 */
public sealed interface TableWriter<R> extends Closeable permits CsvTableWriter, JsonlTableWriter, ParquetTableWriter {
    /** The table this writer writes. */
    Table<R> table();

    /**
     * Writes one record as the next row.
     *
     * @throws IllegalStateException if the record breaks its table's definition (a required value is null)
     */
    void write(R record) throws IOException;

    /** How many rows were written so far. */
    long rowCount();
}
