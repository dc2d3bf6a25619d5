package org.quotable.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotable.extractor.QuoteExtractor;
import org.quotable.extractor.article.ArticleProblem;
import org.quotable.extractor.article.ArticleReader;
import org.quotable.extractor.article.ArticleSources;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.Digests;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.Table;
import org.quotable.spark.job.JobOptions;
import org.quotable.spark.job.JobResult;
import org.quotable.spark.sql.SparkSchemas;

/**
 * The job on a local[2] session, against the single-machine extraction: the JSON Lines articles of
 * {@code src/test/resources/articles} (with bad lines and a duplicate) and the sample dataset's article as JSON
 * Lines. The job runs once for the class; each test checks one property of its output.
 */
class QuotableSparkTest {
    private static final Path SAMPLE = Path.of("../datasets/ukraine-peace-talks/articles/000_cc0ee6b833456252.txt");

    @TempDir static Path dir;
    static Path input, output;
    static SparkSession spark;
    static JobResult result;

    @BeforeAll
    static void runTheJob() throws IOException {
        input = dir.resolve("in");
        output = dir.resolve("out");
        Files.createDirectories(input.resolve("sample"));
        Files.copy(Path.of("src/test/resources/articles/wire.jsonl"), input.resolve("wire.jsonl"));
        Files.writeString(input.resolve("sample/ndtv.jsonl"), asJsonLine(SAMPLE), StandardCharsets.UTF_8);

        spark = SparkSession.builder().master("local[2]").appName(QuotableSparkTest.class.getSimpleName())
                .config("spark.ui.enabled", false)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", 2)
                .getOrCreate();
        result = QuotableSpark.run(spark, input.toString(), output.toString(), JobOptions.EVERY_FORMAT);
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    /** The sample article as one JSON Lines object with the fields a JSON Lines article file has. */
    private static String asJsonLine(Path textArticle) throws IOException {
        ArticleRecord article;
        try (ArticleReader reader = ArticleSources.open(textArticle)) {
            article = reader.stream().findFirst().orElseThrow();
        }
        ObjectNode node = new ObjectMapper().createObjectNode()
                .put("id", article.articleId()).put("url", article.url()).put("title", article.title())
                .put("published", String.valueOf(article.published())).put("publisher", article.publisher())
                .put("language", article.language()).put("text", article.text());
        return node + "\n";
    }

    /** What quotable build gets from the same files: read in path order, each text kept once, then extracted. */
    private static List<ArticleRecord> expectedArticles() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(input)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        var articles = new ArrayList<ArticleRecord>();
        var texts = new HashSet<String>();
        for (Path file : files)
            try (ArticleReader reader = ArticleSources.open(org.quotable.extractor.article.InputFile.under(input, file),
                    org.quotable.extractor.article.ReadOptions.DEFAULT, problem -> {})) {
                for (ArticleRecord article : reader)
                    if (texts.add(article.textSha256())) articles.add(article);
            }
        return articles;
    }

    /** A table written by the job, read back with parquet-java (not Spark), part files in name order. */
    private static <R> List<R> readBack(Table<R> table) throws IOException {
        return ParquetParts.read(table, output.resolve(table.name() + ".parquet"));
    }

    @Test
    void articlesAreThoseOfTheSingleMachineBuildInInputOrder() throws IOException {
        List<ArticleRecord> actual = readBack(QuotableSchema.ARTICLES);

        assertThat(actual).containsExactlyElementsOf(expectedArticles());
        // Files in path order (sample/ before wire.jsonl), lines in order; wire-007 repeats wire-001's text.
        assertThat(actual).extracting(ArticleRecord::articleId).containsExactly("000_cc0ee6b833456252", "wire-001",
                "url-" + Digests.sha256Hex("https://example.org/news/markets").substring(0, 16),
                "text-" + actual.get(3).textSha256().substring(0, 16));
        // Named relative to the input folder, as quotable build and extract name them.
        assertThat(actual.get(1).sourceFile()).isEqualTo("wire.jsonl");
        assertThat(actual.get(2).published()).isEqualTo(LocalDate.of(2025, 12, 16));
        assertThat(result.articles()).isEqualTo(4);
    }

    @Test
    void quotesAreThoseOfTheExtractorWithTheSameIdsOffsetsAndValues() throws IOException {
        QuoteExtractor extractor = QuoteExtractor.standard();
        List<QuoteRecord> extracted = expectedArticles().stream().flatMap(a -> extractor.extract(a).stream()).toList();
        // Linked to the speakers of the whole input, as quotable build's speaker pass links them.
        var merger = new org.quotable.extractor.identity.SpeakerMerger();
        extracted.forEach(merger::add);
        var speakers = merger.resolve();
        List<QuoteRecord> expected = extracted.stream().map(speakers::link).toList();

        List<QuoteRecord> actual = readBack(QuotableSchema.QUOTES);

        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(actual).hasSizeGreaterThan(5);
        assertThat(actual).extracting(QuoteRecord::articleId).contains("000_cc0ee6b833456252", "wire-001");
        assertThat(result.quotes()).isEqualTo(expected.size());
    }

    @Test
    void badLinesAndDuplicatesAreReportedAndDoNotFailTheJob() {
        String wire = "wire.jsonl";

        assertThat(result.errors()).isEqualTo(4);
        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(result.problems()).isEqualTo(5);
        assertThat(result.problemSample()).extracting(ArticleProblem::file).containsOnly(wire);
        assertThat(result.problemSample()).extracting(ArticleProblem::reason)
                .hasSize(5)
                .satisfiesExactly(
                        r -> assertThat(r).startsWith("not a valid JSON object: "),
                        r -> assertThat(r).isEqualTo("the article has no 'text' or 'html' field"),
                        r -> assertThat(r).isEqualTo("'published' is 'yesterday', which is not a date; write it as 2025-12-15 or 2025-12-15T09:30:00Z"),
                        r -> assertThat(r).matches("duplicate article \\S+: same text as \\S+ \\(" + wire + "\\); kept once"),
                        r -> assertThat(r).isEqualTo("expected an article object, found array"));
        assertThat(result.problemSample().get(0).location()).matches("offset \\d+");
        assertThat(result.summary()).isEqualTo("4 articles, %d quotes, %d speakers, 1 duplicate, 4 errors"
                .formatted(result.quotes(), result.speakers()));
    }

    @Test
    void tablesHaveTheDerivedSparkSchemasInEveryFormat() {
        for (Table<?> table : QuotableSchema.TABLES) {
            var parquet = spark.read().parquet(output.resolve(table.name() + ".parquet").toString());
            // Spark reads every Parquet column back as nullable; names, types and comments are the derived ones.
            assertThat(parquet.schema()).isEqualTo(SparkSchemas.of(table).asNullable());
            assertThat(spark.read().schema(SparkSchemas.of(table)).option("header", true).option("multiLine", true)
                    .option("escape", "\"")
                    .csv(output.resolve(table.name() + ".csv").toString()).collectAsList())
                    .containsExactlyInAnyOrderElementsOf(parquet.collectAsList());
            assertThat(spark.read().schema(SparkSchemas.of(table))
                    .json(output.resolve(table.name() + ".jsonl").toString()).collectAsList())
                    .containsExactlyInAnyOrderElementsOf(parquet.collectAsList());
        }
    }

    @Test
    void csvReadsBackWithCommonsCsvAsTheParquetRows() throws IOException {
        assertCsvEqualsParquet(QuotableSchema.QUOTES);
        assertCsvEqualsParquet(QuotableSchema.ARTICLES);
        // The articles' text has inner quotes: RFC 4180 doubles them, no backslash escapes.
        assertThat(readBack(QuotableSchema.ARTICLES)).anySatisfy(a -> assertThat(a.text()).contains("\""));
        assertThat(csvText(QuotableSchema.ARTICLES)).contains("\"\"").doesNotContain("\\\"");
    }

    @Test
    void csvLoadsInDuckDbWithItsDefaultsAsTheParquetRows() throws SQLException, IOException {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:"); Statement st = duckdb.createStatement()) {
            // read_csv with nothing but the file: DuckDB sniffs dialect, header and types, as pandas does.
            List<ArticleRecord> articles = readBack(QuotableSchema.ARTICLES);
            try (ResultSet rs = st.executeQuery("SELECT article_id, text, published FROM read_csv('" + parts(QuotableSchema.ARTICLES) + "')")) {
                var rows = new ArrayList<List<Object>>();
                while (rs.next()) rows.add(Arrays.asList(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)));
                assertThat(rows).containsExactlyElementsOf(articles.stream()
                        .map(a -> Arrays.<Object>asList(a.articleId(), a.text(), a.published())).toList());
            }
            List<QuoteRecord> quotes = readBack(QuotableSchema.QUOTES);
            try (ResultSet rs = st.executeQuery("SELECT * FROM read_csv('" + parts(QuotableSchema.QUOTES) + "')")) {
                var rows = new ArrayList<List<Object>>();
                int columns = rs.getMetaData().getColumnCount();
                assertThat(columns).isEqualTo(QuotableSchema.QUOTES.columns().size());
                while (rs.next()) {
                    var row = new ArrayList<Object>();
                    for (int i = 1; i <= columns; i++) row.add(rs.getString(i));
                    rows.add(row);
                }
                assertThat(rows).containsExactlyElementsOf(quotes.stream().map(q -> QuotableSchema.QUOTES.values(q).stream()
                        .map(v -> v == null ? null : v.toString()).map(Object.class::cast).toList()).toList());
            }
        }
    }

    private static <R> void assertCsvEqualsParquet(Table<R> table) throws IOException {
        assertThat(ParquetParts.read(table, output.resolve(table.name() + ".csv"), ".csv")).as(table.name())
                .containsExactlyElementsOf(readBack(table));
    }

    /** A glob of the table's CSV part files, in DuckDB's quoting. */
    private static String parts(Table<?> table) {
        return output.resolve(table.name() + ".csv").resolve("part-*.csv").toString().replace("'", "''");
    }

    private static String csvText(Table<?> table) throws IOException {
        var text = new StringBuilder();
        try (Stream<Path> list = Files.list(output.resolve(table.name() + ".csv"))) {
            for (Path part : list.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) text.append(Files.readString(part));
        }
        return text.toString();
    }

    @Test
    void aMissingInputIsReportedBeforeAnythingRuns() {
        String missing = dir.resolve("no-such-folder").toString();

        assertThatThrownBy(() -> QuotableSpark.run(spark, missing, dir.resolve("elsewhere").toString()))
                .isInstanceOf(FileNotFoundException.class)
                .hasMessage("file:" + missing + ": no such file or folder; give article files, folders of them, or a glob");
        assertThat(dir.resolve("elsewhere")).doesNotExist();
    }

    @Test
    void existingOutputIsKeptUnlessOverwriteIsChosen() {
        assertThatThrownBy(() -> QuotableSpark.run(spark, input.toString(), output.toString()))
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessageContaining("quotes.parquet")
                .hasMessageContaining("choose another output folder, or overwrite it");
    }
}
