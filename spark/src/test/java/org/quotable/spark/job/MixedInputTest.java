package org.quotable.spark.job;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.quotable.cli.QuotableCommand;
import org.quotable.exporter.Exports;
import org.quotable.exporter.format.TableReader;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.Row;
import org.quotable.schema.Table;
import org.quotable.spark.QuotableSpark;

/**
 * A dataset folder holding every input format quotable build reads (text with front matter, JSON, JSON Lines, HTML,
 * WARC and gzip), built once with {@code quotable build} and once by the Spark job, with every WARC record in a task
 * of its own: the two give the same articles and quotes.
 */
class MixedInputTest {
    @TempDir static Path dir;
    static Path dataset, cliBuild, sparkOutput;
    static SparkSession spark;

    @BeforeAll
    static void buildBothWays() throws IOException {
        dataset = dir.resolve("news");
        Path articles = dataset.resolve("articles");
        Files.createDirectories(articles.resolve("2025"));
        Files.writeString(dataset.resolve("dataset.yaml"), """
                name: mixed
                title: Mixed inputs
                description: Every input format.
                license: CC-BY-4.0
                inputs:
                  - articles/**
                """, UTF_8);
        Files.writeString(articles.resolve("a-front-matter.txt"), """
                ---
                title: Harbour reopens
                url: https://example.org/harbour
                published: 2025-11-03
                publisher: Coast Daily
                ---
                The harbour reopened on Monday after two weeks of repairs.

                "Ships can dock again from tomorrow," said Ellen Marsh, the harbour master.
                """, UTF_8);
        Files.writeString(articles.resolve("b.json"), """
                {"id": "json-1", "title": "Rail strike ends", "published": "2025-11-04",
                 "text": "The rail strike ended on Tuesday.\\n\\n\\"We have a fair deal,\\" said union leader Tom Briggs."}
                """, UTF_8);
        Files.writeString(articles.resolve("2025/c.jsonl"), """
                {"id": "jsonl-1", "url": "https://example.org/budget", "text": "The council passed its budget.\\n\\n\\"It protects the libraries,\\" said councillor Ana Ruiz."}
                {"id": "jsonl-2", "text": "Snow closed two roads.\\n\\n\\"Stay at home if you can,\\" police said on Friday."}
                """, UTF_8);
        Files.writeString(articles.resolve("d.html"), page("Museum opens new wing", "2025-11-05",
                "The museum opened its new wing on Wednesday.",
                "\"It doubles the space for our collection,\" said director Paul Okafor."), UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(articles.resolve("e.txt.gz")))) {
            out.write("""
                    The bridge will close for a month, the city said.

                    "We know this is hard for commuters," said engineer Mia Lund.
                    """.getBytes(UTF_8));
        }
        writeWarc(articles.resolve("f.warc.gz"), WarcCompression.GZIP);
        writeWarc(articles.resolve("2025/g.warc"), WarcCompression.NONE);

        cliBuild = dir.resolve("cli-build");
        int exit = QuotableCommand.commandLine().execute("build", dataset.toString(), "--output", cliBuild.toString(), "--no-cache");
        assertThat(exit).isZero();

        spark = SparkSession.builder().master("local[2]").appName(MixedInputTest.class.getSimpleName())
                .config("spark.ui.enabled", false)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", 2)
                .getOrCreate();
        sparkOutput = dir.resolve("spark");
        QuotableSpark.run(spark, dataset.toString(), sparkOutput.toString(),
                JobOptions.DEFAULT.toBuilder().warcPartBytes(1).get());
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    private static String page(String title, String date, String... paragraphs) {
        var body = new StringBuilder();
        for (String p : paragraphs) body.append("<p>").append(p).append("</p>\n");
        return """
                <!DOCTYPE html><html><head><title>%s</title>
                <meta property="article:published_time" content="%sT08:00:00Z"></head>
                <body><article><h1>%s</h1>
                %s</article></body></html>
                """.formatted(title, date, title, body);
    }

    /** An archive of a warcinfo-like resource, three article pages (one with the same text as another) and a 404. */
    private static void writeWarc(Path file, WarcCompression compression) throws IOException {
        String tag = file.getFileName().toString().replace('.', '-');
        try (var writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), compression)) {
            writer.write(new WarcResource.Builder(URI.create("urn:crawl:" + tag)).body(MediaType.PLAIN_TEXT, "crawl notes".getBytes(UTF_8)).build());
            writer.write(response("https://example.org/" + tag + "/wind", 200, page("Wind farm approved", "2025-11-06",
                    "A wind farm off the coast was approved on Thursday.",
                    "\"It will power forty thousand homes,\" said energy minister Lea Novak.")));
            writer.write(response("https://example.org/" + tag + "/missing", 404, "<html><body>Not found</body></html>"));
            writer.write(response("https://example.org/" + tag + "/school", 200, page("School rebuilt " + tag, "2025-11-07",
                    "The village school was rebuilt after the flood in " + tag + ".",
                    "\"The children are back where they belong,\" said head teacher Omar Haddad.")));
            writer.write(response("https://example.org/" + tag + "/again", 200, page("Wind farm approved", "2025-11-06",
                    "A wind farm off the coast was approved on Thursday.",
                    "\"It will power forty thousand homes,\" said energy minister Lea Novak.")));
        }
    }

    private static WarcResponse response(String url, int status, String html) throws IOException {
        byte[] body = html.getBytes(UTF_8);
        var http = new ByteArrayOutputStream();
        http.write(("HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\nContent-Type: text/html; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(UTF_8));
        http.write(body);
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2025-11-08T10:00:00Z"))
                .body(MediaType.HTTP_RESPONSE, http.toByteArray()).build();
    }

    private static <R> List<R> read(Table<R> table, Path file) throws IOException {
        try (TableReader<R> reader = Exports.read(table, file)) {
            return reader.records().toList();
        }
    }

    private static <R> List<R> sparkRows(Table<R> table) throws IOException {
        var records = new java.util.ArrayList<R>();
        try (var parts = Files.list(sparkOutput.resolve(table.name() + ".parquet"))) {
            for (Path part : parts.filter(p -> p.toString().endsWith(".parquet")).sorted().toList())
                records.addAll(read(table, part));
        }
        return records;
    }

    @Test
    void articlesAreTheCliBuildsWithTheSameIdsNamesAndValues() throws IOException {
        List<ArticleRecord> expected = read(QuotableSchema.ARTICLES, cliBuild.resolve("articles.parquet"));

        assertThat(sparkRows(QuotableSchema.ARTICLES)).containsExactlyElementsOf(expected);
        // Every format is there: 2 JSON Lines, 2 + 1 pages of the archives (the 404 left out, and the wind farm page
        // kept once: g.warc, in 2025/, sorts first), and the 4 single files.
        assertThat(expected).hasSize(9);
        assertThat(expected).extracting(ArticleRecord::sourceFile).contains("articles/f.warc.gz", "articles/2025/g.warc",
                "articles/2025/c.jsonl", "articles/a-front-matter.txt", "articles/b.json", "articles/d.html", "articles/e.txt.gz");
    }

    @Test
    void quotesAreTheCliBuildsWithTheSameOffsetsAndValuesBeforeTheSpeakerPass() throws IOException {
        List<QuoteRecord> expected = read(QuotableSchema.QUOTES, cliBuild.resolve("quotes.parquet")).stream()
                .map(MixedInputTest::withoutSpeakerId).toList();

        // The job does not run the dataset-level speaker pass: speaker_id is null and there is no speakers table.
        assertThat(sparkRows(QuotableSchema.QUOTES)).containsExactlyElementsOf(expected);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void eachWarcArchiveIsReadInPartsOfWholeRecords() throws IOException {
        var conf = JavaSparkContext.fromSparkContext(spark.sparkContext()).hadoopConfiguration();
        InputPlan plan = InputPlan.of(JavaSparkContext.fromSparkContext(spark.sparkContext()), conf, dataset.toString(), 1);

        assertThat(plan.parts()).filteredOn(p -> p.file().name().equals("articles/f.warc.gz"))
                .extracting(InputPlan.Part::firstRecord).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(plan.lineFiles()).extracting(InputPlan.File::name).containsExactly("articles/2025/c.jsonl");
        InputPlan coarse = InputPlan.of(JavaSparkContext.fromSparkContext(spark.sparkContext()), conf, dataset.toString(), 1L << 30);
        assertThat(coarse.parts()).filteredOn(p -> p.file().name().equals("articles/f.warc.gz")).hasSize(1);
    }

    private static QuoteRecord withoutSpeakerId(QuoteRecord quote) {
        var values = new LinkedHashMap<String, Object>();
        List<Object> list = QuotableSchema.QUOTES.values(quote);
        for (int i = 0; i < list.size(); i++) values.put(QuotableSchema.QUOTES.columnNames().get(i), list.get(i));
        values.put("speaker_id", null);
        return QuotableSchema.QUOTES.fromRow(Row.of(values));
    }
}
