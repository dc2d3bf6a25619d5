package org.quotable.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.quotable.exporter.Exports;
import org.quotable.exporter.format.TableReader;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuotableSchema;

/**
 * Every kind of bad input, through the real command: it is named with its file and reason on stderr and in
 * errors.jsonl, the good article beside it is still exported, and only --strict turns it into exit code 3.
 */
class BadInputBuildTest {
    private static final String GOOD = "\"We will keep talking,\" Foreign Minister Anna Keller said.\n";

    /** A bad input: its file name, how to make it, what the report must say, and extra build options. */
    record Case(String name, String file, Maker maker, String reason, List<String> options) {
        @Override public String toString() { return name; }
    }

    interface Maker {
        byte[] bytes() throws IOException;
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("empty file", "empty.txt", () -> new byte[0], "the file is empty", List.of()),
                new Case("binary file", "photo.txt", () -> new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1},
                        "binary", List.of()),
                new Case("truncated gzip", "cut.txt.gz", () -> {
                    byte[] whole = gzip("Some article text that will be cut off in the middle of its stream. ".repeat(20));
                    return Arrays.copyOf(whole, whole.length / 2);
                }, "gzip", List.of()),
                new Case("malformed JSON line", "wire.jsonl", () -> "{\"text\": \"cut".getBytes(UTF_8),
                        "not a valid JSON object", List.of()),
                new Case("WARC record cut short", "crawl.warc", BadInputBuildTest::cutWarc, "cut short", List.of()),
                new Case("article over the size limit", "long.txt",
                        () -> "An article far longer than the limit that this build allows. ".repeat(5).getBytes(UTF_8),
                        "over the limit of 200", List.of("--max-article-chars", "200")),
                new Case("HTML page without an article body", "index.html",
                        () -> "<html><body><nav><a href=\"/a\">Home</a></nav><footer>Copyright</footer></body></html>".getBytes(UTF_8),
                        "no article body found", List.of()));
    }

    @TempDir Path work;

    @ParameterizedTest @MethodSource("cases")
    void isReportedWithItsFileAndTheOtherArticleIsStillExported(Case bad) throws IOException {
        Path dataset = dataset(bad);
        Path out = work.resolve("out");

        CommandRun run = build(dataset, out, bad.options());

        Path badFile = dataset.resolve("articles").resolve(bad.file());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains(badFile.toString()).contains(bad.reason()).contains("1 input error(s)");
        assertThat(articles(out)).extracting(ArticleRecord::text).containsExactly(GOOD.strip());
        JsonNode error = new ObjectMapper().readTree(Files.readAllLines(out.resolve("errors.jsonl")).get(0));
        // errors.jsonl names files like articles.source_file: relative to the dataset folder (issue 9, item 8).
        assertThat(error.get("file").asText()).isEqualTo("articles/" + bad.file());
        assertThat(error.get("reason").asText()).contains(bad.reason());
    }

    @ParameterizedTest @MethodSource("cases")
    void strictExitsWithThreeAndStillWritesWhatItCould(Case bad) throws IOException {
        Path dataset = dataset(bad);
        Path out = work.resolve("strict");
        var options = new java.util.ArrayList<>(bad.options());
        options.add("--strict");

        CommandRun run = build(dataset, out, options);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(articles(out)).hasSize(1);
    }

    private Path dataset(Case bad) throws IOException {
        Path dataset = work.resolve("dataset");
        Files.createDirectories(dataset.resolve("articles"));
        Files.writeString(dataset.resolve("dataset.yaml"),
                "name: bad-input\ntitle: Bad input\ndescription: Tests.\nlicense: CC0-1.0\ninputs: [\"articles/**\"]\n");
        Files.writeString(dataset.resolve("articles/a-good.txt"), GOOD);
        Files.write(dataset.resolve("articles").resolve(bad.file()), bad.maker().bytes());
        return dataset;
    }

    private static CommandRun build(Path dataset, Path out, List<String> options) {
        var args = new java.util.ArrayList<>(List.of("build", dataset.toString(), "--output", out.toString(), "--no-cache"));
        args.addAll(options);
        return CommandRun.of(args.toArray(String[]::new));
    }

    private static List<ArticleRecord> articles(Path out) throws IOException {
        try (TableReader<ArticleRecord> reader = Exports.read(QuotableSchema.ARTICLES, out.resolve("articles.parquet"))) {
            return reader.records().toList();
        }
    }

    private static byte[] gzip(String text) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(UTF_8));
        }
        return bytes.toByteArray();
    }

    /** A WARC of one HTML response whose last bytes are missing, written with jwarc as a crawler would. */
    private static byte[] cutWarc() throws IOException {
        Path file = Files.createTempFile("quotable", ".warc");
        try {
            try (var warc = new WarcWriter(FileChannel.open(file, StandardOpenOption.WRITE), WarcCompression.NONE)) {
                String html = "<html><body><article><p>" + "A page that the crawl cut short. ".repeat(40)
                        + "</p></article></body></html>";
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(UTF_8)).build();
                warc.write(new WarcResponse.Builder(URI.create("https://news.example/cut"))
                        .date(Instant.parse("2025-12-17T06:00:00Z")).body(http).build());
            }
            byte[] whole = Files.readAllBytes(file);
            return Arrays.copyOf(whole, whole.length - 400);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
