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
            assertThat(names(out).map(n -> n.replaceAll("\\.[0-9a-f]{8}\\.partial$", ".<id>.partial")))
                    .containsExactly(".articles.csv.<id>.partial", ".articles.jsonl.<id>.partial", ".articles.parquet.<id>.partial",
                            ".quotes.csv.<id>.partial", ".quotes.jsonl.<id>.partial", ".quotes.parquet.<id>.partial",
                            ".speakers.csv.<id>.partial", ".speakers.jsonl.<id>.partial", ".speakers.parquet.<id>.partial");
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

    /** Issue 9: two writers into one folder once shared ".quotes.csv.partial", so one run lost the other's file. */
    @Test
    void twoWritersIntoOneFolderNeverShareATemporaryFile() throws IOException {
        Path out = dir.resolve("shared");
        try (var first = DatasetWriter.open(out, ExportOptions.JSONL_ONLY);
             var second = DatasetWriter.open(out, ExportOptions.JSONL_ONLY)) {
            first.writeQuote(SampleRecords.quotes().get(0));
            second.writeQuote(SampleRecords.quotes().get(1));
            assertThat(names(out)).hasSize(6);     // a temporary file per table and writer
            first.commit();
            assertThat(names(out).filter(n -> !n.startsWith("."))).containsExactly("articles.jsonl", "quotes.jsonl", "speakers.jsonl");
        }
        assertThat(names(out)).containsExactly("articles.jsonl", "quotes.jsonl", "speakers.jsonl");
        assertThat(Files.readAllLines(out.resolve("quotes.jsonl"))).hasSize(1);
    }

    /** Issue 9, item 4: a full disk was an FSError (an Error) that escaped every handler and left .partial files. */
    @Test
    void aFullDiskIsAnIOExceptionNamingTheFileAndLeavesNothingBehind() throws IOException {
        Path out = dir.resolve("full");
        var conf = new org.apache.hadoop.conf.Configuration();
        conf.set("fs." + FullDiskFileSystem.SCHEME + ".impl", FullDiskFileSystem.class.getName());
        conf.setBoolean("fs." + FullDiskFileSystem.SCHEME + ".impl.disable.cache", true);
        var folder = new org.apache.hadoop.fs.Path(FullDiskFileSystem.SCHEME + "://" + out.toAbsolutePath());

        IOException failure = null;
        try (var writer = DatasetWriter.open(folder, conf, ExportOptions.DEFAULT)) {
            for (int i = 0; i < 2_000 && failure == null; i++) {
                try {
                    for (var q : SampleRecords.quotes()) writer.writeQuote(q);
                } catch (IOException e) {
                    failure = e;
                }
            }
            if (failure == null) {
                try {
                    writer.commit();
                } catch (IOException e) {
                    failure = e;
                }
            }
        }

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).contains("No space left on device").containsPattern("quotes\\.(csv|jsonl|parquet)");
        assertThat(names(out)).isEmpty();
    }
}
