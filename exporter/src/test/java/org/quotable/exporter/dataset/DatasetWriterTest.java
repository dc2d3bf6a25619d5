package org.quotable.exporter.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotable.exporter.format.Compression;
import org.quotable.exporter.format.Format;
import org.quotable.exporter.format.TableReader;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.SampleRecords;

class DatasetWriterTest {
    @TempDir Path dir;

    private static Stream<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void filesAppearOnlyOnCommitWithTheirRealNames() throws IOException {
        Path out = dir.resolve("build");
        try (var writer = DatasetWriter.open(out, ExportOptions.DEFAULT)) {
            SampleRecords.articles().forEach(a -> { try { writer.writeArticle(a); } catch (IOException e) { throw new AssertionError(e); } });
            for (var q : SampleRecords.quotes()) writer.writeQuote(q);
            assertThat(names(out)).containsExactly(".articles.csv.partial", ".articles.jsonl.partial", ".articles.parquet.partial",
                    ".quotes.csv.partial", ".quotes.jsonl.partial", ".quotes.parquet.partial",
                    ".speakers.csv.partial", ".speakers.jsonl.partial", ".speakers.parquet.partial");
            writer.commit();
            assertThat(writer.quoteCount()).isEqualTo(3);
            assertThat(writer.articleCount()).isEqualTo(2);
        }
        assertThat(names(out)).containsExactly("articles.csv", "articles.jsonl", "articles.parquet",
                "quotes.csv", "quotes.jsonl", "quotes.parquet", "speakers.csv", "speakers.jsonl", "speakers.parquet");
        for (Format format : Format.values()) {
            try (TableReader<?> in = format.openReader(QuotableSchema.QUOTES, out.resolve(format.fileName(QuotableSchema.QUOTES)))) {
                assertThat(in.records().toList()).isEqualTo(SampleRecords.quotes());
            }
            try (TableReader<?> in = format.openReader(QuotableSchema.ARTICLES, out.resolve(format.fileName(QuotableSchema.ARTICLES)))) {
                assertThat(in.records().toList()).isEqualTo(SampleRecords.articles());
            }
        }
    }

    @Test
    void failureBeforeCommitLeavesTheOldFilesAndNoTemporaries() throws IOException {
        Path out = dir.resolve("build");
        try (var writer = DatasetWriter.open(out, ExportOptions.JSONL_ONLY)) {
            writer.writeQuote(SampleRecords.QUOTE_1);
            writer.commit();
        }
        String before = Files.readString(out.resolve("quotes.jsonl"));
        assertThatThrownBy(() -> {
            try (var writer = DatasetWriter.open(out, ExportOptions.JSONL_ONLY)) {
                writer.writeQuote(SampleRecords.QUOTE_2);
                throw new IllegalStateException("extraction failed");
            }
        }).hasMessage("extraction failed");
        assertThat(names(out)).containsExactly("articles.jsonl", "quotes.jsonl", "speakers.jsonl");
        assertThat(Files.readString(out.resolve("quotes.jsonl"))).isEqualTo(before);
    }

    @Test
    void writesToAFileUri() throws IOException {
        var options = ExportOptions.PARQUET_ZSTD.toBuilder().toolVersion("1.2.3").get();
        try (var writer = DatasetWriter.open(dir.toUri() + "out", options)) {
            writer.writeQuote(SampleRecords.QUOTE_3);
            writer.commit();
        }
        assertThat(names(dir.resolve("out"))).containsExactly("articles.parquet", "quotes.parquet", "speakers.parquet");
    }

    @Test
    void optionsAreValidatedOnce() {
        assertThatThrownBy(() -> ExportOptions.builder().formats().get())
                .hasMessage("No output format chosen; choose at least one of [CSV, JSONL, PARQUET]");
        assertThatThrownBy(() -> ExportOptions.builder().rowGroupRowLimit(0).get())
                .hasMessage("Row group row limit 0 must be at least 1");
        assertThat(ExportOptions.DEFAULT.compression()).isEqualTo(Compression.SNAPPY);
        assertThat(ExportOptions.DEFAULT.toBuilder().compression(Compression.ZSTD).get().formatList())
                .containsExactly(Format.CSV, Format.JSONL, Format.PARQUET);
    }
}
