package org.quotable.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.quotable.exporter.Exports;
import org.quotable.exporter.format.TableReader;
import org.quotable.schema.Table;

/**
 * Reads the part files Spark wrote for a table, in part order, with the exporter's own readers: proof that
 * what the Spark job writes is the same table a single-machine build writes, readable by the same code.
 */
final class ParquetParts {
    private ParquetParts() {}

    static <R> List<R> read(Table<R> table, Path folder) throws IOException {
        return read(table, folder, ".parquet");
    }

    /** The part files of the folder whose names end with the extension, read with the exporter's reader of it. */
    static <R> List<R> read(Table<R> table, Path folder, String extension) throws IOException {
        List<Path> parts;
        try (Stream<Path> list = Files.list(folder)) {
            parts = list.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
        }
        var records = new ArrayList<R>();
        for (Path part : parts)
            try (TableReader<R> reader = Exports.read(table, part)) {
                records.addAll(reader.records().toList());
            }
        return records;
    }
}
