package org.quotable.extractor.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcWriter;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.SourceFormat;

/** Every accepted format, read from fixtures we wrote, with the exact records they give. */
class ArticleSourcesTest {
    static final Path FIXTURES = Path.of("src/test/resources/articles");

    @TempDir Path dir;
    final List<ArticleProblem> problems = new ArrayList<>();

    private List<ArticleRecord> read(Path file) throws IOException {
        try (ArticleReader reader = ArticleSources.open(file, problems::add)) {
            return reader.stream().toList();
        }
    }

    private Path gzip(Path source, String name) throws IOException {
        Path target = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            Files.copy(source, out);
        }
        return target;
    }

    @Test void textWithFrontMatter() throws IOException {
        Path file = FIXTURES.resolve("text/note.txt");
        ArticleRecord note = read(file).get(0);
        assertThat(note.articleId()).isEqualTo("url-" + org.quotable.schema.Digests.sha256Hex("https://example.org/notes/1").substring(0, 16));
        assertThat(note.title()).isEqualTo("A short note");
        assertThat(note.url()).isEqualTo("https://example.org/notes/1");
        assertThat(note.published()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(note.publisher()).isEqualTo("Example Notes");
        assertThat(note.language()).isEqualTo("en");
        assertThat(note.text()).isEqualTo("First paragraph, still the first.\n\nSecond paragraph.");
        assertThat(note.sourceFile()).isEqualTo(file.toString());
        assertThat(note.sourceFormat()).isEqualTo(SourceFormat.TEXT);
        assertThat(problems).isEmpty();
    }

    @Test void gzipVariantsReadLikeTheOriginals() throws IOException {
        assertThat(read(gzip(FIXTURES.resolve("text/note.txt"), "note.txt.gz")).get(0).text())
                .isEqualTo(read(FIXTURES.resolve("text/note.txt")).get(0).text());
        assertThat(read(gzip(FIXTURES.resolve("json/array.json"), "array.json.gz"))).extracting(ArticleRecord::articleId)
                .containsExactly("b-1", "b-2");
        assertThat(read(gzip(FIXTURES.resolve("html/news-page.html"), "page.html.gz")).get(0).title())
                .isEqualTo("Harbour bridge reopens after repairs");
        problems.clear();
        assertThat(read(gzip(FIXTURES.resolve("json/articles.jsonl"), "articles.jsonl.gz")))
                .extracting(ArticleRecord::text).hasSize(2);
    }

    @Test void markdownWithoutFrontMatterGetsATextHashId() throws IOException {
        Path file = dir.resolve("plain.md");
        Files.writeString(file, "# Heading\n\nBody  text.\n");
        ArticleRecord article = read(file).get(0);
        assertThat(article.text()).isEqualTo("# Heading\n\nBody text.");
        assertThat(article.articleId()).isEqualTo("text-" + article.textSha256().substring(0, 16));
        assertThat(article.url()).isNull();
    }

    @Test void jsonArray() throws IOException {
        List<ArticleRecord> articles = read(FIXTURES.resolve("json/array.json"));
        assertThat(articles).extracting(ArticleRecord::articleId, ArticleRecord::title, ArticleRecord::published, ArticleRecord::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("b-1", "Alpha", LocalDate.of(2024, 2, 3), "Alpha text."),
                        org.assertj.core.groups.Tuple.tuple("b-2", "Beta", null, "Beta text."));
        assertThat(articles).extracting(ArticleRecord::sourceFormat).containsOnly(SourceFormat.JSON);
    }

    @Test void aFullPublicationTimestampGivesTheDateInThePublishersTimeZone() throws IOException {
        Path file = dir.resolve("stamped.jsonl");
        Files.writeString(file, """
                {"id": "late", "published_at": "2025-12-16T23:40:00-05:00", "text": "Filed late in New York."}
                {"id": "ld", "datePublished": "2025-12-17T00:20:00+01:00", "text": "Filed just after midnight in Paris."}
                {"id": "both", "published": "2025-12-16", "published_at": "2025-12-17T02:00:00Z", "text": "Local date wins."}
                """, UTF_8);
        assertThat(read(file)).extracting(ArticleRecord::articleId, ArticleRecord::published).containsExactly(
                org.assertj.core.groups.Tuple.tuple("late", LocalDate.of(2025, 12, 16)),
                org.assertj.core.groups.Tuple.tuple("ld", LocalDate.of(2025, 12, 17)),
                org.assertj.core.groups.Tuple.tuple("both", LocalDate.of(2025, 12, 16)));
    }

    @Test void jsonLinesReportBadLinesAndReadTheRest() throws IOException {
        Path file = FIXTURES.resolve("json/articles.jsonl");
        List<ArticleRecord> articles = read(file);
        assertThat(articles).hasSize(2);
        ArticleRecord first = articles.get(0);
        assertThat(first.articleId()).isEqualTo("a-1");
        assertThat(first.text()).isEqualTo("First article.\n\nIt has two paragraphs.");
        assertThat(first.published()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(first.sourceFormat()).isEqualTo(SourceFormat.JSONL);
        ArticleRecord fromHtml = articles.get(1);
        assertThat(fromHtml.text()).isEqualTo("Third article, given as HTML in a JSON field, with enough words to count.");
        assertThat(fromHtml.url()).isEqualTo("https://example.org/3");
        assertThat(problems).extracting(ArticleProblem::toString).containsExactly(
                file + ":line 2: not a valid JSON object: Unexpected end-of-input: was expecting closing quote for a string value",
                file + ":line 5: the article has no 'text' or 'html' field");
        assertThat(problems).extracting(ArticleProblem::severity).containsOnly(ArticleProblem.Severity.ERROR);
    }

    @Test void htmlPageGivesItsBodyAndMetadata() throws IOException {
        Path file = FIXTURES.resolve("html/news-page.html");
        ArticleRecord page = read(file).get(0);
        assertThat(page.text()).isEqualTo("""
                The harbour bridge reopened to traffic on Saturday after eight months of repairs, the city council said.

                "We are proud of the crews who worked through the winter," said Mayor Lena Holm, who cut the ribbon at the northern end.

                Delays and costs

                The work cost 12 million euros, two more than planned, because corroded cables had to be replaced.

                Cyclists will have to wait until April for the new lane, officials added. Buses return on Monday.""");
        assertThat(page.title()).isEqualTo("Harbour bridge reopens after repairs");
        assertThat(page.url()).isEqualTo("https://courier.example/news/2024/03/harbour-bridge-reopens");
        assertThat(page.published()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(page.publisher()).isEqualTo("The Coastal Courier");
        assertThat(page.language()).isEqualTo("en-GB");
        assertThat(page.sourceFormat()).isEqualTo(SourceFormat.HTML);
        assertThat(problems).isEmpty();
    }

    @Test void htmlMetaCharsetIsHonoured() throws IOException {
        Path file = dir.resolve("latin.html");
        Files.write(file, ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                + "</head><body><article><p>Caf\u00e9 owners in S\u00e3o Paulo said the new rules were na\u00efve.</p>"
                + "</article></body></html>").getBytes(Charset.forName("ISO-8859-1")));
        assertThat(read(file).get(0).text()).isEqualTo("Caf\u00e9 owners in S\u00e3o Paulo said the new rules were na\u00efve.");
        assertThat(problems).isEmpty();
    }

    @Test void aMetaTagClaimingUtf16OnAnAsciiReadablePageMeansUtf8() throws IOException {
        Path file = dir.resolve("claims-utf16.html");
        Files.write(file, ("<html><head><meta charset=\"utf-16\"></head><body><article><p>Z\u00fcrich voted yes on "
                + "Sunday, the canton announced.</p></article></body></html>").getBytes(UTF_8));
        assertThat(read(file).get(0).text()).isEqualTo("Z\u00fcrich voted yes on Sunday, the canton announced.");
        assertThat(problems).isEmpty();
    }

    @Test void byteOrderMarksAreHonoured() throws IOException {
        Path utf8 = dir.resolve("bom8.txt");
        Files.write(utf8, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Gr\u00fc\u00dfe aus K\u00f6ln.".getBytes(UTF_8)));
        Path utf16 = dir.resolve("bom16.txt");
        Files.write(utf16, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Gr\u00fc\u00dfe aus K\u00f6ln.".getBytes(java.nio.charset.StandardCharsets.UTF_16LE)));
        assertThat(read(utf8).get(0).text()).isEqualTo("Gr\u00fc\u00dfe aus K\u00f6ln.");
        assertThat(read(utf16).get(0).text()).isEqualTo("Gr\u00fc\u00dfe aus K\u00f6ln.");
        assertThat(problems).isEmpty();
    }

    @Test void invalidBytesBecomeReplacementCharactersWithAWarning() throws IOException {
        Path file = dir.resolve("broken.txt");
        Files.write(file, concat("Bad byte: ".getBytes(UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28}, " ok.".getBytes(UTF_8)));
        assertThat(read(file).get(0).text()).isEqualTo("Bad byte: \uFFFD( ok.");
        assertThat(problems).extracting(ArticleProblem::toString).containsExactly(file
                + ": 1 invalid UTF-8 byte sequence replaced by U+FFFD (first at byte 10); re-save the file as UTF-8 or declare its real encoding");
        assertThat(problems.get(0).severity()).isEqualTo(ArticleProblem.Severity.WARNING);
    }

    @Test void warcResponsesWithHtmlBecomeArticlesAndTheRestIsCounted() throws IOException {
        Path file = dir.resolve("crawl.warc.gz");
        String page = "<html lang=\"de\"><head><title>Wahl</title></head><body><article>"
                + "<p>Die Wahlbeteiligung lag bei 71 Prozent, teilte die Wahlleitung am Abend mit.</p></article></body></html>";
        String latin = "<html><body><article><p>Le caf\u00e9 de la gare a rouvert ses portes, a dit le maire.</p></article></body></html>";
        try (WarcWriter warc = TestWarcs.writer(file)) {
            warc.write(TestWarcs.request("https://news.example/wahl"));
            warc.write(TestWarcs.htmlResponse("https://news.example/wahl", page));
            warc.write(TestWarcs.response("https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
            warc.write(TestWarcs.response("https://news.example/old", 301, "text/html", "<p>Moved</p>".getBytes(UTF_8)));
            warc.write(TestWarcs.resource("https://news.example/notes", "crawler notes"));
            warc.write(TestWarcs.response("https://news.example/gare", 200, "text/html; charset=windows-1252",
                    latin.getBytes(Charset.forName("windows-1252"))));
        }
        try (ArticleReader reader = ArticleSources.open(file, problems::add)) {
            List<ArticleRecord> articles = reader.stream().toList();
            assertThat(articles).extracting(ArticleRecord::text).containsExactly(
                    "Die Wahlbeteiligung lag bei 71 Prozent, teilte die Wahlleitung am Abend mit.",
                    "Le caf\u00e9 de la gare a rouvert ses portes, a dit le maire.");
            ArticleRecord first = articles.get(0);
            assertThat(first.url()).isEqualTo("https://news.example/wahl");
            assertThat(first.published()).isEqualTo(LocalDate.of(2025, 12, 17));
            assertThat(first.language()).isEqualTo("de");
            assertThat(first.title()).isEqualTo("Wahl");
            assertThat(first.sourceFormat()).isEqualTo(SourceFormat.WARC);
            assertThat(reader.skippedRecords()).isEqualTo(4);
        }
        assertThat(problems).isEmpty();
    }

    @Test void aWarcArchiveReadsTheSameOnOneParsingThreadAsOnSeveral() throws IOException {
        Path file = dir.resolve("pages.warc.gz");
        try (WarcWriter warc = TestWarcs.writer(file)) {
            for (int i = 0; i < 40; i++) {
                warc.write(TestWarcs.htmlResponse("https://news.example/story-" + i, "<html><body><article><p>Story "
                        + i + ": the council voted to reopen the bridge, its chair said on Tuesday.</p></article></body></html>"));
                if (i % 7 == 0) warc.write(TestWarcs.resource("https://news.example/notes-" + i, "crawler notes"));
            }
        }
        List<String> texts = new ArrayList<>();
        List<Long> skipped = new ArrayList<>();
        for (int threads : new int[] {1, 3}) {
            ReadOptions options = ReadOptions.DEFAULT.toBuilder().parseThreads(threads).get();
            try (ArticleReader reader = ArticleSources.open(file, options, problems::add)) {
                texts.add(String.join("\n", reader.stream().map(ArticleRecord::text).toList()));
                skipped.add(reader.skippedRecords());
            }
        }
        assertThat(texts.get(0)).startsWith("Story 0: the council").contains("Story 39: the council");
        assertThat(texts.get(1)).isEqualTo(texts.get(0));
        assertThat(skipped).containsExactly(6L, 6L);
        assertThat(problems).isEmpty();
    }

    @Test void filesExpandsGlobsAndFoldersInADeterministicOrder() throws IOException {
        Files.createDirectories(dir.resolve("articles/b"));
        Files.createDirectories(dir.resolve("articles/.cache"));
        for (String name : List.of("articles/b/2.txt", "articles/a.jsonl.gz", "articles/b/1.html", "articles/notes.csv",
                "articles/.cache/x.txt", "other/z.txt", "articles/c.warc.gz")) {
            Files.createDirectories(dir.resolve(name).getParent());
            Files.writeString(dir.resolve(name), "x");
        }
        assertThat(ArticleSources.files(dir, List.of("articles/**"))).containsExactly(
                dir.resolve("articles/a.jsonl.gz"), dir.resolve("articles/b/1.html"), dir.resolve("articles/b/2.txt"),
                dir.resolve("articles/c.warc.gz"));
        assertThat(ArticleSources.files(dir, List.of("articles/b", "other/*.txt"))).containsExactly(
                dir.resolve("articles/b/1.html"), dir.resolve("articles/b/2.txt"), dir.resolve("other/z.txt"));
        assertThat(ArticleSources.files(dir.resolve("articles/b"))).containsExactly(
                dir.resolve("articles/b/1.html"), dir.resolve("articles/b/2.txt"));
    }

    static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) out.writeBytes(part);
        return out.toByteArray();
    }
}
