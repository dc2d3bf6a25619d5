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
import org.quotable.build.BuildManifest;
import org.quotable.build.Builds;
import org.quotable.cli.ExitCodes;
import org.quotable.cli.QuotableCommand;
import org.quotable.exporter.Exports;
import org.quotable.exporter.format.TableReader;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.SpeakerRecord;
import org.quotable.schema.Table;
import org.quotable.spark.QuotableSpark;

/**
 * A dataset folder holding every input format quotable build reads (text with front matter, JSON, JSON Lines, HTML,
 * WARC and gzip), built once with {@code quotable build} and once by the Spark job, with every WARC record in a task
 * of its own: the two give the same articles and quotes.
 */
class MixedInputTest {
    @TempDir static Path dir;
    static Path dataset, cliBuild, sparkOutput, byMonth, elsewhere, fromElsewhere;
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
        // Not an input (the globs take articles/** only): a job that lists the folder instead of matching them reads it.
        Files.createDirectories(dataset.resolve("drafts"));
        Files.writeString(dataset.resolve("drafts/h.txt"), "\"Not yet,\" said editor Kim Park.\n", UTF_8);

        cliBuild = dir.resolve("cli-build");
        int exit = QuotableCommand.commandLine().execute("build", dataset.toString(), "--output", cliBuild.toString(), "--no-cache");
        assertThat(exit).isZero();

        spark = SparkSession.builder().master("local[2]").appName(MixedInputTest.class.getSimpleName())
                .config("spark.ui.enabled", false)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", 2)
                .config("spark.hadoop.fs." + ElsewhereFileSystem.SCHEME + ".impl", ElsewhereFileSystem.class.getName())
                .getOrCreate();
        sparkOutput = dir.resolve("spark");
        QuotableSpark.run(spark, dataset.toString(), sparkOutput.toString(),
                JobOptions.DEFAULT.toBuilder().formats(OutputFormat.PARQUET, OutputFormat.JSONL).warcPartBytes(1).get());
        elsewhere = dir.resolve("elsewhere");
        QuotableSpark.run(spark, dataset.toString(), ElsewhereFileSystem.SCHEME + "://" + elsewhere.toAbsolutePath(),
                JobOptions.DEFAULT.toBuilder().formats(OutputFormat.JSONL).get());
        fromElsewhere = dir.resolve("from-elsewhere");
        QuotableSpark.run(spark, ElsewhereFileSystem.SCHEME + "://" + dataset.toAbsolutePath(), fromElsewhere.toString(),
                JobOptions.DEFAULT.toBuilder().formats(OutputFormat.PARQUET, OutputFormat.JSONL).get());
        byMonth = dir.resolve("by-month");
        QuotableSpark.run(spark, dataset.toString(), byMonth.toString(),
                JobOptions.DEFAULT.toBuilder().partitioning(Partitioning.PUBLISHED_MONTH).get());
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
        return sparkRows(table, sparkOutput);
    }

    private static <R> List<R> sparkRows(Table<R> table, Path output) throws IOException {
        var records = new java.util.ArrayList<R>();
        try (var parts = Files.walk(output.resolve(table.name() + ".parquet"))) {
            for (Path part : parts.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".parquet")).sorted().toList())
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
    void quotesAreTheCliBuildsWithTheSameOffsetsValuesAndSpeakerIds() throws IOException {
        List<QuoteRecord> expected = read(QuotableSchema.QUOTES, cliBuild.resolve("quotes.parquet"));

        assertThat(sparkRows(QuotableSchema.QUOTES)).containsExactlyElementsOf(expected);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(8);
        assertThat(expected).extracting(QuoteRecord::speakerId).doesNotContainNull();
    }

    @Test
    void speakersAreTheCliBuilds() throws IOException {
        List<SpeakerRecord> expected = read(QuotableSchema.SPEAKERS, cliBuild.resolve("speakers.parquet"));

        assertThat(sparkRows(QuotableSchema.SPEAKERS)).containsExactlyElementsOf(expected);
        assertThat(expected).extracting(SpeakerRecord::name).contains("Ellen Marsh", "Lea Novak", "Omar Haddad");
    }

    @Test
    void aReleaseCutFromTheSparkOutputHoldsTheSameDataAsOneCutFromQuotableBuild() throws IOException {
        assertThat(QuotableCommand.commandLine().execute("verify", sparkOutput.toString())).as("the job's build.json").isZero();
        assertThat(QuotableCommand.commandLine().execute("release", dataset.toString(), "--build", cliBuild.toString(),
                "--version", "1.0.0", "-q")).isZero();
        assertThat(QuotableCommand.commandLine().execute("release", dataset.toString(), "--build", sparkOutput.toString(),
                "--version", "1.0.1", "-q")).isZero();

        Path fromCli = dataset.resolve("releases/1.0.0"), fromSpark = dataset.resolve("releases/1.0.1");
        assertThat(QuotableCommand.commandLine().execute("verify", fromSpark.toString())).isZero();
        assertThat(names(fromSpark)).isEqualTo(names(fromCli)).contains("datapackage.json", "croissant.json", "README.md",
                "CHANGELOG.md", "SHA256SUMS", "speakers.parquet");
        for (String table : List.of("quotes", "articles", "speakers"))
            for (String extension : List.of("jsonl", "csv"))
                assertThat(fromSpark.resolve(table + "." + extension)).as(table + "." + extension)
                        .hasSameBinaryContentAs(fromCli.resolve(table + "." + extension));
    }

    @Test
    void anOutputOnAnotherFileSystemIsRecordedThroughItAndReleasesAsTheLocalOne() throws IOException {
        assertThat(elsewhere.resolve("build.json")).as("written through the elsewhere: file system").isRegularFile();
        assertThat(Files.readString(elsewhere.resolve("build.json"))).contains("quotes.jsonl/part-", "articles/f.warc.gz");
        assertThat(QuotableCommand.commandLine().execute("verify", elsewhere.toString())).isZero();
        assertThat(Files.readString(elsewhere.resolve("errors.jsonl"))).isEqualTo(Files.readString(sparkOutput.resolve("errors.jsonl")));

        Path copy = dir.resolve("released-from-elsewhere");    // a dataset of its own, so releases of other tests do not meet
        copyTree(dataset.resolve("articles"), copy.resolve("articles"));
        Files.copy(dataset.resolve("dataset.yaml"), copy.resolve("dataset.yaml"));
        assertThat(QuotableCommand.commandLine().execute("release", copy.toString(), "--build", cliBuild.toString(),
                "--version", "1.0.0", "-q")).isZero();
        assertThat(QuotableCommand.commandLine().execute("release", copy.toString(), "--build", elsewhere.toString(),
                "--version", "1.0.1", "-q")).isZero();
        for (String table : List.of("quotes", "articles", "speakers"))
            assertThat(copy.resolve("releases/1.0.1/" + table + ".jsonl")).as(table)
                    .hasSameBinaryContentAs(copy.resolve("releases/1.0.0/" + table + ".jsonl"));
    }

    @Test
    void aDatasetOnAnotherFileSystemIsReadByItsGlobsAndRecordedThroughItAsTheLocalOne() throws IOException {
        BuildManifest local = BuildManifest.read(sparkOutput).orElseThrow();
        assertThat(BuildManifest.read(fromElsewhere)).as("build.json of a dataset read through the elsewhere: file system").isPresent();
        BuildManifest remote = BuildManifest.read(fromElsewhere).orElseThrow();
        assertThat(local.inputs()).as("the job's inputs of the local dataset, hashed by its tasks, as quotable build records them")
                .isEqualTo(Builds.describeInputs(Builds.inputs(dataset).files()));

        assertThat(remote.inputs()).as("names, sizes, times and SHA-256 read through the elsewhere: file system")
                .isEqualTo(local.inputs()).extracting(BuildManifest.Input::file).contains("articles/f.warc.gz")
                .doesNotContain("drafts/h.txt");
        assertThat(sparkRows(QuotableSchema.ARTICLES, fromElsewhere))
                .containsExactlyElementsOf(read(QuotableSchema.ARTICLES, cliBuild.resolve("articles.parquet")));
        assertThat(Files.readString(fromElsewhere.resolve("errors.jsonl"))).isEqualTo(Files.readString(sparkOutput.resolve("errors.jsonl")));
        assertThat(QuotableCommand.commandLine().execute("verify", fromElsewhere.toString())).isZero();

        Path copy = dir.resolve("released-from-a-dataset-elsewhere");
        copyTree(dataset.resolve("articles"), copy.resolve("articles"));
        try (var files = Files.walk(copy.resolve("articles"))) {    // as `hadoop fs -get` brings them: new times
            for (Path f : files.filter(Files::isRegularFile).toList())
                Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        }
        Files.copy(dataset.resolve("dataset.yaml"), copy.resolve("dataset.yaml"));
        assertThat(QuotableCommand.commandLine().execute("release", copy.toString(), "--build", cliBuild.toString(),
                "--version", "1.0.0", "-q")).isZero();
        assertThat(QuotableCommand.commandLine().execute("release", copy.toString(), "--build", fromElsewhere.toString(),
                "--version", "1.0.1", "-q")).isZero();
        for (String table : List.of("quotes", "articles", "speakers"))
            assertThat(copy.resolve("releases/1.0.1/" + table + ".jsonl")).as(table)
                    .hasSameBinaryContentAs(copy.resolve("releases/1.0.0/" + table + ".jsonl"));
    }

    @Test
    void aChangedInputMakesTheSparkOutputStaleForRelease() throws IOException {
        Path copy = dir.resolve("stale");
        copyTree(dataset.resolve("articles"), copy.resolve("articles"));
        Files.copy(dataset.resolve("dataset.yaml"), copy.resolve("dataset.yaml"));
        Path out = copy.resolve("spark-build");
        copyTree(sparkOutput, out);
        Files.writeString(copy.resolve("articles/z.txt"), "\"A new article,\" said Ann Vale.\n", UTF_8);

        assertThat(QuotableCommand.commandLine().execute("release", copy.toString(), "--build", out.toString(),
                "--version", "1.0.0", "-q")).isEqualTo(ExitCodes.STALE_BUILD);
        assertThat(copy.resolve("releases")).doesNotExist();
    }

    @Test
    void partitionedByPublishedMonthTheTablesAreHiveFoldersThatSparkPrunes() {
        assertThat(byMonth.resolve("quotes.parquet/published_month=2025-11")).isDirectory();
        assertThat(byMonth.resolve("articles.parquet/published_month=2025-11")).isDirectory();
        assertThat(byMonth.resolve("quotes.parquet/published_month=__HIVE_DEFAULT_PARTITION__")).as("articles without a date")
                .isDirectory();

        var quotes = spark.read().parquet(byMonth.resolve("quotes.parquet").toString());
        var november = quotes.filter(org.apache.spark.sql.functions.col("published_month").equalTo("2025-11"));
        String plan = november.queryExecution().executedPlan().toString();
        long expected = spark.read().parquet(sparkOutput.resolve("quotes.parquet").toString()).join(
                spark.read().parquet(sparkOutput.resolve("articles.parquet").toString())
                        .filter("date_format(published, 'yyyy-MM') = '2025-11'").select("article_id"), "article_id").count();

        assertThat(plan).containsPattern("PartitionFilters: \\[[^\\]]*published_month");
        assertThat(november.count()).isEqualTo(expected).isPositive();
        assertThat(quotes.count()).isEqualTo(spark.read().parquet(sparkOutput.resolve("quotes.parquet").toString()).count());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
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
}
