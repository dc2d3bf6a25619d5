package org.quotable.extractor.article.apitests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.quotable.extractor.article.ArticleProblem;
import org.quotable.extractor.article.ArticleReader;
import org.quotable.extractor.article.ArticleSources;
import org.quotable.extractor.article.ReadOptions;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.SourceFormat;

/**
 * What a build does with a dataset folder, through the public API only: find the article files by glob, read them
 * all as one batch, and collect the problems for {@code errors.jsonl}.
 */
class MixedFolderTest {
    @TempDir Path dataset;

    @Test void aFolderMixingEveryFormatAndSomeBadFiles() throws IOException {
        Path articles = Files.createDirectories(dataset.resolve("articles"));
        Files.writeString(articles.resolve("01-note.md"), "---\ntitle: Note\n---\nA note in Markdown, with a title.\n");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(articles.resolve("02-feed.jsonl.gz")))) {
            out.write(("{\"id\": \"feed-1\", \"text\": \"An article from a newsroom feed.\"}\n"
                    + "{\"id\": \"feed-2\", \"text\": \"A note in Markdown,   with a title.\"}\n"
                    + "not json\n").getBytes(UTF_8));
        }
        Files.writeString(articles.resolve("03-page.html"), "<html><body><nav><a href=\"/\">Home</a></nav><article>"
                + "<p>A scraped page, with navigation around its article body.</p></article></body></html>");
        try (WarcWriter warc = new WarcWriter(Files.newOutputStream(articles.resolve("04-crawl.warc")))) {
            HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html"),
                    "<html><body><p>A page from a crawl, in a WARC response record.</p></body></html>".getBytes(UTF_8)).build();
            warc.write(new WarcResponse.Builder(URI.create("https://crawl.example/p")).date(Instant.parse("2025-01-02T03:04:05Z"))
                    .body(http).build());
        }
        Files.write(articles.resolve("05-empty.txt"), new byte[0]);
        Files.writeString(articles.resolve("README.csv"), "not an article");

        List<Path> files = ArticleSources.files(dataset, List.of("articles/**"));
        var problems = new ArrayList<ArticleProblem>();
        List<ArticleRecord> read;
        long skipped;
        try (ArticleReader reader = ArticleSources.openAll(files, ReadOptions.DEFAULT, problems::add)) {
            read = reader.stream().toList();
            skipped = reader.skippedRecords();
        }

        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly(
                "01-note.md", "02-feed.jsonl.gz", "03-page.html", "04-crawl.warc", "05-empty.txt");
        assertThat(read).extracting(ArticleRecord::sourceFormat, ArticleRecord::text).containsExactly(
                tuple(SourceFormat.TEXT, "A note in Markdown, with a title."),
                tuple(SourceFormat.JSONL, "An article from a newsroom feed."),
                tuple(SourceFormat.HTML, "A scraped page, with navigation around its article body."),
                tuple(SourceFormat.WARC, "A page from a crawl, in a WARC response record."));
        assertThat(read.get(3).url()).isEqualTo("https://crawl.example/p");
        assertThat(skipped).isZero();
        String feed = articles.resolve("02-feed.jsonl.gz").toString();
        assertThat(problems).extracting(ArticleProblem::file, ArticleProblem::location, ArticleProblem::severity).containsExactly(
                tuple(feed, null, ArticleProblem.Severity.WARNING),
                tuple(feed, "line 3", ArticleProblem.Severity.ERROR),
                tuple(articles.resolve("05-empty.txt").toString(), null, ArticleProblem.Severity.ERROR));
        assertThat(problems.get(0).reason()).startsWith("duplicate article feed-2: same text as text-");
        assertThat(problems.get(2).reason()).isEqualTo("the file is empty");
    }
}
