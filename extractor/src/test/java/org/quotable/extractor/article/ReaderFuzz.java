package org.quotable.extractor.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotable.extractor.QuoteExtractor;
import org.quotable.schema.ArticleRecord;

/**
 * Fuzzes every article reader (run by {@code ./mvnw verify -Pfuzz}, {@code -Dfuzz.seconds} per reader): a seeded
 * mutation generator ({@code -Dfuzz.seed}, printed, so a run can be repeated) makes inputs by mutating a valid file
 * of each format (bytes flipped, inserted, deleted, duplicated, the file cut short, tokens of the format spliced in,
 * one to six edits) and, one in eight, random bytes. The promise checked for each input:
 * reading it as a batch ({@link ArticleSources#openAll}) and extracting its articles yields articles or reported
 * problems, never an exception that escapes and never a hang (10 s per input). A failing input is saved under
 * {@code target/fuzz-crashes} and the test fails naming it.
 */
class ReaderFuzz {
    private static final long SECONDS = Long.getLong("fuzz.seconds", 15);
    private static final long HANG_SECONDS = 10;
    private static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());
    private static final Path CRASHES = Path.of(System.getProperty("fuzz.crashes", "target/fuzz-crashes"));
    private static final QuoteExtractor EXTRACTOR = QuoteExtractor.standard();
    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz");
        t.setDaemon(true);
        return t;
    });

    @TempDir Path dir;

    /** One reader: its file name and a valid input to mutate. */
    record Target(String file, byte[] seed, String[] tokens) {
        @Override public String toString() { return file; }
    }

    static Stream<Target> targets() throws IOException {
        String text = "---\ntitle: Talks go on\npublished: 2025-12-15\nid: a1\n---\n\n\"We will keep talking,\" "
                + "Foreign Minister Anna Keller said on Monday.\n\nShe added: 'It is not over.' Nothing else was said.\n";
        String json = "{\"id\": \"a1\", \"title\": \"Talks\", \"published\": \"2025-12-15\", \"text\": "
                + "\"\\\"We will keep talking,\\\" Foreign Minister Anna Keller said. \\u201cNo,\\u201d he said.\"}";
        String html = "<!doctype html><html lang=\"en\"><head><title>Talks</title><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Talks\",\"datePublished\":\"2025-12-15\"}</script></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article><h1>Talks go on</h1><p>&quot;We will keep talking,&quot; "
                + "Foreign Minister Anna Keller said on Monday, after hours of talks in the capital.</p><p>The delegations "
                + "will meet again next week, both sides said in a statement late in the evening.</p></article>"
                + "<footer>Copyright</footer></body></html>";
        Path warc = Files.createTempDirectory("fuzz").resolve("seed.warc");
        try {
            try (var writer = TestWarcs.writer(warc)) {
                writer.write(TestWarcs.request("https://news.example/a"));
                writer.write(TestWarcs.htmlResponse("https://news.example/a", html));
                writer.write(TestWarcs.resource("https://news.example/b", "not an article"));
            }
            byte[] warcBytes = Files.readAllBytes(warc);
            return Stream.of(
                    new Target("article.txt", text.getBytes(UTF_8), new String[] {"---\n", "\n\n", "\"", "“", "”", ": [", "\u0000", "\uFEFF", "published: x\n"}),
                    new Target("article.json", ("[" + json + ", " + json.replace("a1", "a2") + "]").getBytes(UTF_8),
                            new String[] {"{", "}", "[", "]", "\"", ",", ":", "null", "5", "\"text\":", "\\u", "\"html\":\"<p>"}),
                    new Target("articles.jsonl", (json + "\n" + json.replace("a1", "a2") + "\n").getBytes(UTF_8),
                            new String[] {"\n", "{", "}", "\"", ",", "\"text\": 5", "\\ud800", "\r\n"}),
                    new Target("page.html", html.getBytes(UTF_8),
                            new String[] {"<p>", "</p>", "<article>", "<script>", "<!--", "&quot;", "<meta charset=\"utf-16\">", "<"}),
                    new Target("crawl.warc", warcBytes,
                            new String[] {"WARC/1.1\r\n", "\r\n\r\n", "Content-Length: 99999999999\r\n", "Content-Length: -1\r\n",
                                    "HTTP/1.1 200 OK\r\n", "Content-Type: text/html; charset=utf-99\r\n", "WARC-Type: response\r\n"}),
                    new Target("article.txt.gz", gzip(text.getBytes(UTF_8)), new String[] {"\u001f\u008b", "\u0000"}));
        } finally {
            Files.deleteIfExists(warc);
            Files.deleteIfExists(warc.getParent());
        }
    }

    static final List<String> SUMMARY = new ArrayList<>();

    @ParameterizedTest @MethodSource("targets")
    void everyInputYieldsArticlesOrReportedProblems(Target target) throws Exception {
        var random = new SplittableRandom(SEED ^ target.file().hashCode());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        long executions = 0, articles = 0, problems = 0, caught = 0;
        Path file = dir.resolve(target.file());
        while (System.nanoTime() < deadline) {
            byte[] input = random.nextInt(8) == 0 ? randomBytes(random) : mutate(target, random);
            Files.write(file, input);
            Future<long[]> run = RUNNER.submit(() -> readAndExtract(file));
            try {
                long[] counts = run.get(HANG_SECONDS, TimeUnit.SECONDS);
                articles += counts[0];
                problems += counts[1];
                caught += counts[2];
            } catch (TimeoutException e) {
                run.cancel(true);
                throw new AssertionError("hang: " + target + " did not finish in " + HANG_SECONDS + " s on " + save(target, input));
            } catch (java.util.concurrent.ExecutionException e) {
                throw new AssertionError("crash: " + target + " threw " + e.getCause() + " on " + save(target, input), e.getCause());
            }
            executions++;
        }
        synchronized (SUMMARY) {
            SUMMARY.add(String.format(Locale.ROOT, "%-16s %,9d executions in %d s, %,d articles, %,d problems reported (%,d by the batch's safety net), 0 crashes, 0 hangs",
                    target, executions, SECONDS, articles, problems, caught));
        }
        assertThat(executions).isPositive();
    }

    @AfterAll
    static void printSummary() {
        System.out.println("Reader fuzzing (fuzz.seconds=" + SECONDS + ", fuzz.seed=" + SEED + "):");
        SUMMARY.forEach(line -> System.out.println("  " + line));
    }

    /** Reads the file as a build does, extracts every article, and counts articles and problems. */
    private static long[] readAndExtract(Path file) throws IOException {
        var problems = new ArrayList<ArticleProblem>();
        long articles = 0;
        try (ArticleReader reader = ArticleSources.openAll(List.of(file), ReadOptions.DEFAULT, problems::add)) {
            for (ArticleRecord article : reader) {
                EXTRACTOR.extract(article);
                articles++;
            }
        }
        long caught = 0;
        for (ArticleProblem problem : problems) {
            if (problem.reason().isBlank()) throw new IllegalStateException("a problem without a reason: " + problem);
            // BatchReader's last line of defence: a reader threw where it should have reported. Counted, not failed.
            if (problem.reason().startsWith("the file could not be read further")) caught++;
        }
        return new long[] {articles, problems.size(), caught};
    }

    private static byte[] randomBytes(SplittableRandom random) {
        byte[] bytes = new byte[random.nextInt(4097)];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) random.nextInt(256);
        return bytes;
    }

    /** The seed of the target with one to six random edits. */
    private static byte[] mutate(Target target, SplittableRandom random) {
        byte[] out = target.seed();
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(out.length + 1);
            out = switch (random.nextInt(6)) {
                case 0 -> {                                         // flip a byte
                    if (out.length == 0) yield out;
                    byte[] copy = out.clone();
                    copy[Math.min(at, out.length - 1)] = (byte) random.nextInt(256);
                    yield copy;
                }
                case 1 -> {                                         // insert random bytes
                    byte[] bytes = new byte[1 + random.nextInt(16)];
                    for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) random.nextInt(256);
                    yield splice(out, at, 0, bytes);
                }
                case 2 -> splice(out, at, 0, target.tokens()[random.nextInt(target.tokens().length)].getBytes(UTF_8));
                case 3 -> splice(out, at, 1 + random.nextInt(64), new byte[0]);                  // delete
                case 4 -> Arrays.copyOf(out, at);                                                 // cut short
                default -> splice(out, at, 0, Arrays.copyOfRange(out, at, Math.min(out.length, at + 1 + random.nextInt(256))));
            };
        }
        return out;
    }

    private static byte[] splice(byte[] in, int at, int remove, byte[] insert) {
        int from = Math.min(at, in.length);
        int to = Math.min(in.length, from + remove);
        byte[] out = new byte[in.length - (to - from) + insert.length];
        System.arraycopy(in, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(in, to, out, from + insert.length, in.length - to);
        return out;
    }

    private static String save(Target target, byte[] input) {
        try {
            Files.createDirectories(CRASHES);
            Path file = CRASHES.resolve(System.nanoTime() + "-" + target.file());
            Files.write(file, input);
            return file.toString();
        } catch (IOException e) {
            return "an input that could not be saved (" + e.getMessage() + ")";
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        var out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
