package org.quotable.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.quotable.exporter.format.Compression;
import org.quotable.exporter.format.ParquetSettings;
import org.quotable.exporter.format.ParquetTableWriter;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.QuoteRecord;

/**
 * One timed write of {@link ParquetVsDuckDb}: the rows to a Parquet file with Quotable's writer. Its own class, and
 * only standard types in its signature, so that {@link BaseWriter} can load a second copy of it linked against
 * another build's exporter classes, and both builds run exactly this code.
 */
final class ParquetWrite {
    private ParquetWrite() {}

    static void write(List<QuoteRecord> quotes, Path file, String compression, int rowGroup) throws IOException {
        var settings = new ParquetSettings(Compression.valueOf(compression), rowGroup,
                Map.of(ParquetSettings.SCHEMA_VERSION_KEY, QuotableSchema.VERSION.toString()));
        Files.deleteIfExists(file);
        try (var out = ParquetTableWriter.open(QuotableSchema.QUOTES, file, settings)) {
            for (QuoteRecord quote : quotes) out.write(quote);
        }
    }
}
