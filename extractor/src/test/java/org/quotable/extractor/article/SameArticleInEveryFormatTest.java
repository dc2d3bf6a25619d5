package org.quotable.extractor.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcWriter;
import org.quotable.extractor.QuoteExtractor;
import org.quotable.schema.ArticleRecord;

/**
 * Issue 4's equivalence test: the sample article read as .txt, .json, .jsonl.gz, .html and inside a .warc.gz gives
 * the identical text, and so the identical quotes (same words, offsets and paragraphs).
 */
class SameArticleInEveryFormatTest {
    static final Path SAMPLE = Path.of("../datasets/ukraine-peace-talks/articles/000_cc0ee6b833456252.txt");

    @TempDir static Path dir;
    static ArticleRecord fromText;
    static final List<ArticleProblem> problems = new ArrayList<>();

    @BeforeAll static void readTheSample() throws IOException {
        fromText = read(SAMPLE);
    }

    static ArticleRecord read(Path file) throws IOException {
        try (ArticleReader reader = ArticleSources.open(file, problems::add)) {
            List<ArticleRecord> articles = reader.stream().toList();
            assertThat(articles).hasSize(1);
            return articles.get(0);
        }
    }

    /** The sample as a news page: navigation, JSON-LD, a headline and byline, a caption, related links, a footer. */
    static String samplePage() {
        var body = new StringBuilder();
        for (String paragraph : fromText.text().split("\n\n"))
            body.append("      <p>").append(Entities.escape(paragraph)).append("</p>\n");
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>%1$s | World News</title>
                  <link rel="canonical" href="%2$s">
                  <script type="application/ld+json">
                  {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "%1$s",
                   "datePublished": "2025-12-16T08:15:00+05:30", "author": {"@type": "Person", "name": "NDTV World Desk"},
                   "publisher": {"@type": "Organization", "name": "NDTV"}}
                  </script>
                </head>
                <body>
                  <nav class="top-nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/india">India</a></nav>
                  <div id="main-container">
                  <article>
                    <h1>%1$s</h1>
                    <div class="byline">World News Desk | Updated: December 16, 2025</div>
                    <figure><img src="talks.jpg"><figcaption>Leaders met in Berlin on Monday. (File photo)</figcaption></figure>
                    <div class="story-content">
                %3$s    </div>
                    <div class="related-stories"><h3>Also read</h3><ul>
                      <li><a href="/x">Zelensky meets European leaders in Berlin</a></li>
                      <li><a href="/y">What an Article 5-like guarantee would mean</a></li></ul></div>
                  </article>
                  </div>
                  <footer><p>Copyright NDTV Convergence Limited 2025. All rights reserved.</p></footer>
                </body>
                </html>
                """.formatted(Entities.escape(fromText.title()), fromText.url(), body);
    }

    @Test void theSampleHasTheMetadataOfItsFrontMatter() {
        assertThat(fromText.articleId()).isEqualTo("000_cc0ee6b833456252");
        assertThat(fromText.text()).startsWith("US Offers NATO-like Security Guarantees to Ukraine While Territory "
                + "Remains Central Dispute in Peace Talks\n\nThe United States has proposed");
        assertThat(fromText.text().split("\n\n")).hasSize(20);
    }

    @Test void json() throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", fromText.articleId());
        fields.put("url", fromText.url());
        fields.put("title", fromText.title());
        fields.put("published", fromText.published().toString());
        fields.put("publisher", fromText.publisher());
        fields.put("text", Files.readString(SAMPLE).replaceFirst("(?s)\\A---.*?\n---\n", ""));
        Path file = dir.resolve("sample.json");
        new ObjectMapper().writeValue(file.toFile(), fields);
        assertSameArticle(read(file));
    }

    @Test void html() throws IOException {
        Path file = dir.resolve("sample.html");
        Files.writeString(file, samplePage());
        ArticleRecord page = read(file);
        assertSameArticle(page);
        assertThat(page.title()).isEqualTo(fromText.title());
        assertThat(page.url()).isEqualTo(fromText.url());
        assertThat(page.published()).isEqualTo(fromText.published());
        assertThat(page.publisher()).isEqualTo(fromText.publisher());
    }

    @Test void warc() throws IOException {
        Path file = dir.resolve("sample.warc.gz");
        try (WarcWriter warc = TestWarcs.writer(file)) {
            warc.write(TestWarcs.request(fromText.url()));
            warc.write(TestWarcs.htmlResponse(fromText.url(), samplePage()));
        }
        ArticleRecord record = read(file);
        assertSameArticle(record);
        assertThat(record.url()).isEqualTo(fromText.url());
        assertThat(record.published()).isEqualTo(fromText.published());
    }

    private static void assertSameArticle(ArticleRecord other) {
        assertThat(other.text()).isEqualTo(fromText.text());
        assertThat(other.textSha256()).isEqualTo(fromText.textSha256());
        assertThat(quotes(other)).isEqualTo(quotes(fromText)).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    /** The quotes without the article id, which differs when a format carries none (HTML, WARC). */
    private static List<String> quotes(ArticleRecord article) {
        return QuoteExtractor.standard().extract(article).stream()
                .map(q -> q.quote() + " @" + q.start() + "-" + q.end() + " p" + q.paragraph()).toList();
    }
}
