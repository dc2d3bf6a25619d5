package org.quotable.extractor.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcWriter;
import org.quotable.schema.ArticleRecord;

/**
 * Every kind of bad input named in issue 4: each is reported with the file, the line or record and the reason, and
 * the rest of the batch goes on.
 */
class BadInputTest {
    @TempDir Path dir;
    final List<ArticleProblem> problems = new ArrayList<>();

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(UTF_8));
    }

    private static byte[] gzip(String text) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(UTF_8));
        }
        return bytes.toByteArray();
    }

    private ArticleProblem failure(Path file) {
        return failure(file, ReadOptions.DEFAULT);
    }

    private ArticleProblem failure(Path file, ReadOptions options) {
        var thrown = assertThatThrownBy(() -> ArticleSources.open(file, options, problems::add))
                .isInstanceOf(ArticleFormatException.class).actual();
        return ((ArticleFormatException) thrown).problem();
    }

    private List<ArticleRecord> readAll(Path file, ReadOptions options) throws IOException {
        try (ArticleReader reader = ArticleSources.open(file, options, problems::add)) {
            return reader.stream().toList();
        }
    }

    @Test void emptyFiles() throws IOException {
        for (String name : List.of("empty.txt", "empty.json", "empty.jsonl", "empty.html")) {
            Path file = write(name, "");
            assertThat(failure(file).toString()).isEqualTo(file + ": the file is empty");
        }
        Path blank = write("blank.txt", " \n\n \t\n");
        assertThat(failure(blank).toString()).isEqualTo(blank + ": the file is empty");
        Path emptyGzip = write("empty.txt.gz", new byte[0]);
        assertThat(failure(emptyGzip).toString()).isEqualTo(emptyGzip + ": the file is empty; expected gzip data");
    }

    @Test void binaryFiles() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path text = write("image.txt", png);
        assertThat(failure(text).toString()).isEqualTo(text + ": binary data, not text (a NUL byte at offset 8); expected UTF-8 text");
        Path lines = write("image.jsonl", png);
        assertThat(failure(lines).toString()).isEqualTo(lines + ": binary data, not text (a NUL byte at offset 8); expected UTF-8 JSON");
    }

    @Test void notGzipThoughNamedSo() throws IOException {
        Path file = write("plain.txt.gz", "just text");
        assertThat(failure(file).reason()).startsWith("not gzip data, though the name ends in .gz (");
    }

    @Test void truncatedGzipOfOneArticle() throws IOException {
        byte[] whole = gzip("A complete article that will be cut short in its gzip form.\n".repeat(50));
        Path file = write("cut.txt.gz", Arrays.copyOf(whole, whole.length / 2));
        ArticleProblem problem = failure(file);
        assertThat(problem.file()).isEqualTo(file.toString());
        assertThat(problem.reason()).isEqualTo("the gzip stream is truncated (Unexpected end of ZLIB input stream); the file was cut short");
    }

    @Test void truncatedGzipOfJsonLinesKeepsTheLinesBeforeTheCut() throws IOException {
        var lines = new StringBuilder();
        for (int i = 1; i <= 200; i++)
            lines.append("{\"id\": \"n-").append(i).append("\", \"text\": \"Article number ").append(i)
                    .append(" has text that differs from every other: ").append(Integer.toHexString(i * 7919)).append(".\"}\n");
        byte[] whole = gzip(lines.toString());
        Path file = write("cut.jsonl.gz", Arrays.copyOf(whole, whole.length - 40));
        List<ArticleRecord> articles = readAll(file, ReadOptions.DEFAULT);
        assertThat(articles).hasSizeBetween(150, 199);
        assertThat(articles.get(0).articleId()).isEqualTo("n-1");
        assertThat(problems).hasSize(1);
        ArticleProblem problem = problems.get(0);
        assertThat(problem.toString()).isEqualTo(file + ":line " + (articles.size() + 1)
                + ": the gzip stream is truncated (Unexpected end of ZLIB input stream); the file was cut short");
    }

    @Test void malformedJsonLine() throws IOException {
        Path file = write("one-bad.jsonl", "{\"text\": \"Fine.\"}\n{\"text\": \"Broken\" \"x\"}\n{\"text\": \"Also fine.\"}\n");
        assertThat(readAll(file, ReadOptions.DEFAULT)).extracting(ArticleRecord::text).containsExactly("Fine.", "Also fine.");
        assertThat(problems).extracting(ArticleProblem::toString).containsExactly(file
                + ":line 2: not a valid JSON object: Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries");
    }

    @Test void badRecordsInAJsonArrayAreReportedByTheirNumber() throws IOException {
        Path file = write("array.json", "[{\"text\": \"Kept.\"}, \"just a string\", "
                + "{\"text\": \"Dated badly.\", \"published\": \"last Tuesday\"}, {\"html\": \"<p>Also kept, from HTML in JSON.</p>\"}]");
        assertThat(readAll(file, ReadOptions.DEFAULT)).extracting(ArticleRecord::text)
                .containsExactly("Kept.", "Also kept, from HTML in JSON.");
        assertThat(problems).extracting(ArticleProblem::toString).containsExactly(
                file + ":record 2: expected an article object, found string",
                file + ":record 3: 'published' is 'last Tuesday', which is not a date; write it as 2025-12-15 or 2025-12-15T09:30:00Z");
    }

    @Test void malformedJsonDocument() throws IOException {
        Path file = write("bad.json", "{\"text\": \"Unclosed\"");
        assertThat(failure(file).toString()).startsWith(file + ":line 1: not valid JSON: Unexpected end-of-input");
    }

    @Test void warcRecordCutShort() throws IOException {
        Path whole = dir.resolve("whole.warc");
        try (WarcWriter warc = TestWarcs.writer(whole)) {
            warc.write(TestWarcs.htmlResponse("https://news.example/one",
                    "<html><body><article><p>The first page survives the cut, with its whole text intact.</p></article></body></html>"));
            warc.write(TestWarcs.htmlResponse("https://news.example/two",
                    "<html><body><article><p>" + "The second page is cut in the middle. ".repeat(40) + "</p></article></body></html>"));
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path file = write("cut.warc", Arrays.copyOf(bytes, bytes.length - 600));
        List<ArticleRecord> articles = readAll(file, ReadOptions.DEFAULT);
        assertThat(articles).extracting(ArticleRecord::text)
                .containsExactly("The first page survives the cut, with its whole text intact.");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).file()).isEqualTo(file.toString());
        assertThat(problems.get(0).location()).isEqualTo("record 2");
        assertThat(problems.get(0).reason()).isEqualTo(
                "the record is cut short or damaged (the data ends too early: expected 596 more bytes in file); the rest of the file is skipped");
    }

    @Test void notAWarcFile() throws IOException {
        Path file = write("fake.warc", "This is not a WARC file at all, just some text.\n");
        List<ArticleRecord> articles = new ArrayList<>();
        try {
            articles.addAll(readAll(file, ReadOptions.DEFAULT));
        } catch (ArticleFormatException e) {
            problems.add(e.problem());
        }
        assertThat(articles).isEmpty();
        assertThat(problems).extracting(ArticleProblem::toString).containsExactly(file + ":record 1: not a WARC file "
                + "(invalid WARC record at position 0: <-- HERE -->This is not a WARC file at all, just som... (offset 0)); "
                + "expected a WARC/1.0 or WARC/1.1 archive");
    }

    @Test void emptyWarc() throws IOException {
        Path file = write("empty.warc", "");
        assertThat(failure(file).toString()).isEqualTo(file + ": the file is empty");
    }

    @Test void articleOverTheSizeLimit() throws IOException {
        ReadOptions small = ReadOptions.DEFAULT.toBuilder().maxArticleChars(40).get();
        Path text = write("long.txt", "This article is longer than forty characters of text.");
        assertThat(failure(text, small).toString()).isEqualTo(text
                + ": the article has 53 characters of text, over the limit of 40 (--max-article-chars); split it or raise the limit");
        Path lines = write("mixed.jsonl", "{\"text\": \"Short enough.\"}\n{\"text\": \"This one is far longer than forty characters.\"}\n");
        assertThat(readAll(lines, small)).extracting(ArticleRecord::text).containsExactly("Short enough.");
        assertThat(problems).extracting(ArticleProblem::toString).containsExactly(lines
                + ":line 2: the article has 45 characters of text, over the limit of 40 (--max-article-chars); split it or raise the limit");
    }

    @Test void inputOverTheByteLimit() throws IOException {
        ReadOptions small = ReadOptions.DEFAULT.toBuilder().maxInputBytes(30).get();
        Path text = write("big.txt", "x".repeat(31));
        assertThat(failure(text, small).toString()).isEqualTo(text
                + ": the input is over the size limit of 30 bytes");
        Path lines = write("big.jsonl", "{\"text\": \"Small.\"}\n{\"text\": \"" + "y".repeat(40) + "\"}\n{\"text\": \"Tiny.\"}\n");
        assertThat(readAll(lines, small)).extracting(ArticleRecord::text).containsExactly("Small.", "Tiny.");
        assertThat(problems).extracting(ArticleProblem::toString).containsExactly(lines
                + ":line 2: the line is over the size limit of 30 bytes");
    }

    @Test void htmlPageWithoutArticleBody() throws IOException {
        Path file = write("index.html", "<html><body><nav><a href=\"/a\">Home</a> <a href=\"/b\">World</a></nav>"
                + "<footer>Copyright</footer></body></html>");
        assertThat(failure(file).toString()).isEqualTo(file + ": no article body found in the HTML page (no "
                + "[itemprop=articleBody] and no block of paragraphs); it may be an index page or need JavaScript");
    }

    @Test void unknownFormat() throws IOException {
        Path file = write("table.csv", "a,b\n1,2\n");
        assertThat(failure(file).reason()).startsWith("unknown article format; expected .txt, .md");
    }

    @Test void invalidBytesInAJsonLineAreAWarningWithTheLine() throws IOException {
        Path file = write("latin.jsonl", ArticleSourcesTest.concat("{\"text\": \"ok\"}\n{\"text\": \"caf".getBytes(UTF_8),
                new byte[] {(byte) 0xE9}, "\"}\n".getBytes(UTF_8)));
        assertThat(readAll(file, ReadOptions.DEFAULT)).extracting(ArticleRecord::text).containsExactly("ok", "caf\uFFFD");
        assertThat(problems).extracting(ArticleProblem::toString).containsExactly(file
                + ":line 2: 1 invalid UTF-8 byte sequence replaced by U+FFFD (first at byte 13); re-save the file as UTF-8 or declare its real encoding");
    }

    @Test void aBatchGoesOnPastBadFilesAndKeepsDuplicatesOnce() throws IOException {
        Path first = write("a.txt", "The same article, word for word.");
        Path empty = write("b.txt", "");
        Path lines = write("c.jsonl", "{\"id\": \"c-1\", \"text\": \"The same   article, word for word.\"}\n{\"id\": \"c-2\", \"text\": \"Another one.\"}\n");
        Path binary = write("d.html", new byte[] {'<', 0, 0, 1});
        Path last = write("e.md", "The last article.");
        List<ArticleRecord> articles;
        try (ArticleReader reader = ArticleSources.openAll(List.of(first, empty, lines, binary, last), ReadOptions.DEFAULT, problems::add)) {
            articles = reader.stream().toList();
        }
        assertThat(articles).extracting(ArticleRecord::sourceFile, ArticleRecord::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(first.toString(), "The same article, word for word."),
                org.assertj.core.groups.Tuple.tuple(lines.toString(), "Another one."),
                org.assertj.core.groups.Tuple.tuple(last.toString(), "The last article."));
        String firstId = articles.get(0).articleId();
        assertThat(problems).extracting(ArticleProblem::toString).containsExactly(
                empty + ": the file is empty",
                lines + ": duplicate article c-1: same text as " + firstId + " (" + first + "); kept once",
                binary + ": binary data, not text (a NUL byte at offset 1); expected an HTML page");
        assertThat(problems).extracting(ArticleProblem::severity).containsExactly(
                ArticleProblem.Severity.ERROR, ArticleProblem.Severity.WARNING, ArticleProblem.Severity.ERROR);
    }

    /** Issue 9, item 9: {@code "text": 5} was read as the text "5"; a wrong JSON type is bad input. */
    @Test void wrongJsonTypesAreReportedWithTheFieldAndLine() throws IOException {
        Path file = write("types.jsonl", """
                {"id": "a", "text": 5}
                {"id": "b", "text": "A good article.", "title": ["not", "a", "title"]}
                {"id": 7, "text": "Integer ids are kept as text.", "published": true}
                {"id": 8, "text": "The last one is fine."}
                """);

        assertThat(readAll(file, ReadOptions.DEFAULT)).extracting(ArticleRecord::articleId).containsExactly("8");
        assertThat(problems).extracting(ArticleProblem::toString).containsExactly(
                file + ":line 1: 'text' is a number (5), not a string; write it in quotes",
                file + ":line 2: 'title' is an array, not a string; write it in quotes",
                file + ":line 3: 'published' is a boolean (true), not a string; write it in quotes");
    }

    /** Front matter is YAML, where an unquoted title: 1984 is a number; it stays the text the writer meant. */
    @Test void frontMatterScalarsAreText() throws IOException {
        Path file = write("novel.txt", "---\nid: 1984\ntitle: 1984\n---\nA review of the novel.\n");

        assertThat(readAll(file, ReadOptions.DEFAULT)).extracting(ArticleRecord::articleId, ArticleRecord::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1984", "1984"));
    }

    /** Issue 9, item 11: bad YAML front matter took six lines of Jackson's quoting; it is one line with its place. */
    @Test void badFrontMatterIsOneLine() throws IOException {
        Path file = write("bad.txt", "---\ntitle: Talks\nurl: [unclosed\n---\nText of the article.\n");

        ArticleProblem problem = failure(file);

        assertThat(problem.toString()).doesNotContain("\n").startsWith(file + ":front matter line ")
                .contains("the YAML front matter is not valid YAML: ");
    }

    /** Issue 9, item 5: a folder that cannot be listed aborted the whole batch with no reason. */
    @Test void aFolderThatCannotBeListedIsReportedAndTheRestIsFound() throws IOException {
        Files.createDirectories(dir.resolve("news/a"));
        write("news/a/one.txt", "One article.");
        write("news/z.txt", "Another article.");
        // A symbolic link loop cannot be listed even by root (who reads any folder whatever its permissions).
        Files.createSymbolicLink(dir.resolve("news/a/up"), dir.resolve("news"));

        List<Path> files = ArticleSources.files(dir.resolve("news"), List.of("**"), problems::add);

        assertThat(files).containsExactly(dir.resolve("news/a/one.txt"), dir.resolve("news/z.txt"));
        assertThat(problems).extracting(ArticleProblem::toString).singleElement().asString()
                .isEqualTo("a/up: a symbolic link loop; its files were left out");
    }
}
