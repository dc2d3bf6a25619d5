package org.quotable.exporter.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.SampleRecords;

class CsvTableWriterTest {
    @TempDir Path dir;

    @Test
    void nullIsAnEmptyUnquotedFieldAndEmptyStringIsQuoted() throws IOException {
        Path file = dir.resolve("quotes.csv");
        try (var out = CsvTableWriter.open(QuotableSchema.QUOTES, file)) {
            out.write(SampleRecords.QUOTE_2);
            out.write(SampleRecords.QUOTE_3);
        }
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n", -1);
        assertThat(lines[0]).isEqualTo(String.join(",", QuotableSchema.QUOTES.columnNames()));
        assertThat(csv).contains("\"line one\nline two 😀 שלום עולם\",\"direct\",,,,,,,\"unknown\",2,");
        assertThat(csv).contains("\"مرحبا بالسلام\",\"partial\",\"\",\"\",\"organization\",\"\",\"told reporters\",\"1900-01-01\",\"published\",1,");
        assertThat(csv).endsWith(",1.0,\r\n");
    }

    @Test
    void readerNamesFileAndLineOfABadValue() throws IOException {
        Path file = dir.resolve("quotes.csv");
        try (var out = CsvTableWriter.open(QuotableSchema.QUOTES, file)) {
            out.write(SampleRecords.QUOTE_1);
        }
        Files.writeString(file, Files.readString(file).replace(",1,", ",one,"));
        try (var in = CsvTableReader.open(QuotableSchema.QUOTES, file)) {
            assertThatThrownBy(() -> in.stream().toList())
                    .isInstanceOf(UncheckedIOException.class)
                    .cause().isInstanceOf(TableFormatException.class)
                    .hasMessage(file + " (line 2, record 1): column 'position_paragraph' holds 'one', which is not a 32-bit integer");
        }
    }

    @Test
    void readerRefusesAForeignHeader() throws IOException {
        Path file = dir.resolve("quotes.csv");
        Files.writeString(file, "id,text\r\n\"1\",\"x\"\r\n");
        assertThatThrownBy(() -> CsvTableReader.open(QuotableSchema.QUOTES, file))
                .isInstanceOf(TableFormatException.class)
                .hasMessageStartingWith(file + " (line 1): the header [id, text] is not the quotes table's columns [quote_id,");
    }
}
