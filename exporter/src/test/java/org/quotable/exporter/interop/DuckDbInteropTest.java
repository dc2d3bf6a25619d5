package org.quotable.exporter.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotable.exporter.Releases;
import org.quotable.exporter.release.ReleaseRequest;
import org.quotable.exporter.release.ReleaseVersion;
import org.quotable.schema.Column;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.SampleRecords;
import org.quotable.schema.Table;

/**
 * Reads every file of a release of the awkward sample records with DuckDB's JDBC driver, an independent reader,
 * and checks types, nulls, empty strings, row counts and values against what was written.
 */
class DuckDbInteropTest {
    @TempDir static Path dir;
    static Path release;
    static Connection duckdb;

    @BeforeAll
    static void publish() throws IOException, SQLException {
        Path dataset = dir.resolve("sample");
        Files.createDirectories(dataset.resolve("build"));
        Files.writeString(dataset.resolve("dataset.yaml"), "title: Sample\ndescription: Samples.\nlicense: CC-BY-4.0\n", StandardCharsets.UTF_8);
        try (var out = org.quotable.exporter.Exports.open(dataset.resolve("build"), org.quotable.exporter.dataset.ExportOptions.JSONL_ONLY)) {
            for (var a : SampleRecords.articles()) out.writeArticle(a);
            for (var q : SampleRecords.quotes()) out.writeQuote(q);
            out.commit();
        }
        release = Releases.publish(ReleaseRequest.of(dataset, ReleaseVersion.exact("1.0.0"), "0.1.0")).folder();
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
    }

    @AfterAll
    static void close() throws SQLException {
        duckdb.close();
    }

    static String duckType(Column<?> column) {
        return switch (column.type()) {
            case STRING -> "VARCHAR";
            case INT32 -> "INTEGER";
            case DOUBLE -> "DOUBLE";
            case DATE -> "DATE";
        };
    }

    /** DuckDB's {@code columns} struct for a table, so text formats are read with the schema's types. */
    static String columns(Table<?> table) {
        return table.columns().stream().map(c -> "'" + c.name() + "': '" + duckType(c) + "'")
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private <R> void check(Table<R> table, List<R> expected, String sql) throws SQLException {
        check(duckdb, table, expected, sql);
    }

    private static <R> void check(Connection db, Table<R> table, List<R> expected, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            assertThat(meta.getColumnCount()).isEqualTo(table.columns().size());
            for (int i = 0; i < table.columns().size(); i++) {
                assertThat(meta.getColumnName(i + 1)).isEqualTo(table.columns().get(i).name());
                assertThat(meta.getColumnTypeName(i + 1)).as(table.columns().get(i).name()).isEqualTo(duckType(table.columns().get(i)));
            }
            var rows = new ArrayList<List<@Nullable Object>>();
            while (rs.next()) {
                var values = new ArrayList<@Nullable Object>();
                for (int i = 0; i < table.columns().size(); i++) {
                    Object value = switch (table.columns().get(i).type()) {
                        case STRING -> rs.getString(i + 1);
                        case INT32 -> rs.getObject(i + 1, Integer.class);
                        case DOUBLE -> rs.getObject(i + 1, Double.class);
                        case DATE -> rs.getObject(i + 1, LocalDate.class);
                    };
                    values.add(rs.wasNull() ? null : value);
                }
                rows.add(values);
            }
            assertThat(rows).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++)
                assertThat(rows.get(i)).as("row %d of %s", i, sql).isEqualTo(table.values(expected.get(i)));
        }
    }

    private String file(String name) {
        return release.resolve(name).toString().replace("'", "''");
    }

    /** The DuckDB one-liner of the dataset card, run as is from inside the release folder. */
    static final String CARD_QUERY = "SELECT * FROM read_parquet('quotes.parquet')";

    @Test
    void theDatasetCardsOneLinerReadsTheParquetWithItsOwnTypes() throws SQLException, IOException {
        assertThat(Files.readString(release.resolve("README.md"))).contains(CARD_QUERY);
        try (Connection local = DriverManager.getConnection("jdbc:duckdb:"); Statement st = local.createStatement()) {
            st.execute("SET file_search_path = '" + file("") + "'");     // relative paths resolve in the release folder
            check(local, QuotableSchema.QUOTES, SampleRecords.quotes(), CARD_QUERY);
            check(local, QuotableSchema.ARTICLES, SampleRecords.articles(), CARD_QUERY.replace("quotes", "articles"));
        }
    }

    @Test
    void parquetNullabilityAndFooterMetadataAreVisible() throws SQLException {
        try (Statement st = duckdb.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, repetition_type, logical_type FROM parquet_schema('" + file("quotes.parquet") + "') WHERE name IN ('speaker', 'quote', 'date') ORDER BY name")) {
            var found = new ArrayList<String>();
            while (rs.next()) found.add(rs.getString(1) + " " + rs.getString(2));
            assertThat(found).containsExactly("date OPTIONAL", "quote REQUIRED", "speaker OPTIONAL");
        }
        try (Statement st = duckdb.createStatement();
             ResultSet rs = st.executeQuery("SELECT decode(key), decode(value) FROM parquet_kv_metadata('" + file("quotes.parquet") + "') WHERE decode(key) LIKE 'quotable.%' ORDER BY 1")) {
            var found = new ArrayList<String>();
            while (rs.next()) found.add(rs.getString(1) + "=" + rs.getString(2));
            assertThat(found).containsExactly("quotable.schema_version=" + org.quotable.schema.QuotableSchema.VERSION, "quotable.tool_version=0.1.0");
        }
    }

    @Test
    void csvKeepsNullsAndEmptyStringsApart() throws SQLException {
        for (Table<?> table : QuotableSchema.TABLES) {
            String sql = "SELECT * FROM read_csv('%s', header = true, allow_quoted_nulls = false, columns = %s)"
                    .formatted(file(table.name() + ".csv"), columns(table));
            if (table == QuotableSchema.QUOTES) check(QuotableSchema.QUOTES, SampleRecords.quotes(), sql);
            else check(QuotableSchema.ARTICLES, SampleRecords.articles(), sql);
        }
    }

    @Test
    void jsonLinesReadWithTheSchemaTypes() throws SQLException {
        for (Table<?> table : QuotableSchema.TABLES) {
            String sql = "SELECT * FROM read_json('%s', format = 'newline_delimited', columns = %s)"
                    .formatted(file(table.name() + ".jsonl"), columns(table));
            if (table == QuotableSchema.QUOTES) check(QuotableSchema.QUOTES, SampleRecords.quotes(), sql);
            else check(QuotableSchema.ARTICLES, SampleRecords.articles(), sql);
        }
    }

    @Test
    void rowCountsAgreeAcrossFormatsAndKeysJoin() throws SQLException {
        try (Statement st = duckdb.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT (SELECT count(*) FROM read_parquet('%1$s')), (SELECT count(*) FROM read_csv('%2$s', header = true)),
                       (SELECT count(*) FROM read_json('%3$s', format = 'newline_delimited')),
                       (SELECT count(*) FROM read_parquet('%1$s') q JOIN read_parquet('%4$s') a USING (article_id))
                """.formatted(file("quotes.parquet"), file("quotes.csv"), file("quotes.jsonl"), file("articles.parquet")))) {
            rs.next();
            assertThat(List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).containsExactly(3L, 3L, 3L, 3L);
        }
    }
}
