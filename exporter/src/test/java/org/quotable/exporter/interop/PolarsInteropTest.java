package org.quotable.exporter.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotable.exporter.Exports;
import org.quotable.exporter.Releases;
import org.quotable.exporter.dataset.ExportOptions;
import org.quotable.exporter.format.Compression;
import org.quotable.exporter.release.ReleaseRequest;
import org.quotable.exporter.release.ReleaseVersion;
import org.quotable.schema.Column;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.SampleRecords;
import org.quotable.schema.Table;

/**
 * Reads a release's Parquet files with polars (nodejs-polars, installed by {@code npm ci} in
 * {@code src/test/node} during {@code generate-test-resources}) and compares dtypes and values with what was
 * written. parquet-java 1.18's default column order for doubles made polars refuse such files; see
 * {@code ParquetSchemas}.
 */
class PolarsInteropTest {
    @TempDir static Path dir;
    static Path release;

    @BeforeAll
    static void publish() throws IOException {
        Path dataset = dir.resolve("sample");
        Files.createDirectories(dataset);
        Files.writeString(dataset.resolve("dataset.yaml"), "title: Sample\ndescription: Samples.\nlicense: CC-BY-4.0\n", StandardCharsets.UTF_8);
        try (var out = Exports.open(dataset.resolve("build"), ExportOptions.JSONL_ONLY)) {
            for (var a : SampleRecords.articles()) out.writeArticle(a);
            for (var q : SampleRecords.quotes()) out.writeQuote(q);
            out.commit();
        }
        release = Releases.publish(ReleaseRequest.of(dataset, ReleaseVersion.exact("1.0.0"), "0.1.0")).folder();
    }

    /**
     * Runs {@code node read-parquet.js <file>} in the file's folder, so the script's call is exactly the dataset
     * card's {@code pl.readParquet("quotes.parquet")}, and parses its output.
     */
    static JsonNode readWithPolars(Path parquet) throws IOException, InterruptedException {
        Path script = Path.of("src/test/node/read-parquet.js").toAbsolutePath();
        assertThat(script.resolveSibling("node_modules/nodejs-polars")).as("npm ci ran in src/test/node").isDirectory();
        Process node = new ProcessBuilder("node", script.toString(), parquet.getFileName().toString())
                .directory(parquet.getParent().toFile()).redirectError(ProcessBuilder.Redirect.PIPE).start();
        byte[] out = node.getInputStream().readAllBytes();
        String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as("polars failed to read %s: %s", parquet, err).isZero();
        return new ObjectMapper().readTree(out);
    }

    static String polarsType(Column<?> column) {
        return switch (column.type()) {
            case STRING -> "String";
            case INT32 -> "Int32";
            case DOUBLE -> "Float64";
            case DATE -> "Date";
        };
    }

    private static <R> void compare(Table<R> table, List<R> expected, JsonNode polars) {
        var schema = new LinkedHashMap<String, String>();
        polars.get("columns").forEach(c -> schema.put(c.get(0).asText(), c.get(1).asText()));
        var wanted = new LinkedHashMap<String, String>();
        for (Column<R> column : table.columns()) wanted.put(column.name(), polarsType(column));
        assertThat(schema).containsExactlyEntriesOf(wanted);
        JsonNode rows = polars.get("rows");
        assertThat(rows).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            List<@Nullable Object> values = table.values(expected.get(i));
            var read = new ArrayList<@Nullable Object>();
            for (Column<R> column : table.columns()) {
                JsonNode v = rows.get(i).get(column.name());
                read.add(v == null || v.isNull() ? null : switch (column.type()) {
                    case STRING -> v.asText();
                    case INT32 -> v.asInt();
                    case DOUBLE -> v.asDouble();
                    case DATE -> java.time.LocalDate.parse(v.asText());
                });
            }
            assertThat(read).as("row %d", i).isEqualTo(values);
        }
    }

    @Test
    void polarsReadsTheReleaseParquetFiles() throws Exception {
        assertThat(Files.readString(release.resolve("README.md"))).contains("pl.readParquet(\"quotes.parquet\")");
        assertThat(Files.readString(Path.of("src/test/node/read-parquet.js"))).contains("pl.readParquet(process.argv[2])");
        compare(QuotableSchema.QUOTES, SampleRecords.quotes(), readWithPolars(release.resolve("quotes.parquet")));
        compare(QuotableSchema.ARTICLES, SampleRecords.articles(), readWithPolars(release.resolve("articles.parquet")));
    }

    @Test
    void polarsReadsZstdFilesWithSeveralRowGroups() throws Exception {
        var options = ExportOptions.PARQUET_ZSTD.toBuilder().rowGroupRowLimit(1).compression(Compression.ZSTD).get();
        try (var out = Exports.open(dir.resolve("zstd"), options)) {
            for (var q : SampleRecords.quotes()) out.writeQuote(q);
            out.commit();
        }
        compare(QuotableSchema.QUOTES, SampleRecords.quotes(), readWithPolars(dir.resolve("zstd/quotes.parquet")));
    }
}
