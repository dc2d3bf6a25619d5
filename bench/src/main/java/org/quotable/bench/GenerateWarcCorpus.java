package org.quotable.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.quotable.schema.ArticleRecord;

/**
 * Writes a CC-NEWS-like corpus for the Spark scaling benchmark: a dataset folder whose {@code articles/} holds gzipped
 * WARC archives of HTML news pages made from {@link SyntheticNews} articles (a request and a response record per
 * page, as Common Crawl writes them, with navigation and footer around the article body), until the archives reach
 * the given size. {@code GenerateWarcCorpus <folder> <megabytes> [archives] [small|full]}.
 *
 * <p>Pages are {@code full} by default: weighted like real news pages (about 33 KB of HTML, 13 KB gzipped), with a
 * head of meta tags, inline style, an inline script of configuration and JSON-LD, and a body of navigation, a
 * ticker, share buttons, a figure, related stories, a newsletter form, comments and a footer of links around the
 * article, so that a gigabyte of archives holds a CC-NEWS-like number of pages, not ten times as many. {@code small}
 * pages (about 1.3 KB gzipped: the article and a little navigation) were this benchmark's first corpus.
 */
public final class GenerateWarcCorpus {
    private GenerateWarcCorpus() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GenerateWarcCorpus <folder> <megabytes of .warc.gz> [archives, default 4]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        long bytes = Long.parseLong(args[1]) << 20;
        int archives = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        boolean full = args.length <= 3 || !args[3].equals("small");
        Files.createDirectories(folder.resolve("articles"));
        Files.writeString(folder.resolve("dataset.yaml"),
                "name: warc-bench\ntitle: Synthetic WARC corpus\ndescription: Generated CC-NEWS-like pages for benchmarks.\nlicense: CC0-1.0\ninputs: [\"articles/**\"]\n");
        long pages = 0;
        for (int a = 0; a < archives; a++) {
            Path file = folder.resolve("articles").resolve("CC-NEWS-BENCH-%05d.warc.gz".formatted(a));
            try (var channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 var writer = new WarcWriter(channel, WarcCompression.GZIP)) {
                while (channel.size() < bytes / archives) {
                    ArticleRecord article = SyntheticNews.article(8 + (int) (pages % 9), pages);
                    URI url = URI.create("https://news.example.org/%d/%d/story-%d.html".formatted(2025, pages % 12 + 1, pages));
                    Instant date = Instant.parse("2025-11-01T00:00:00Z").plusSeconds(pages * 37);
                    writer.write(new WarcRequest.Builder(url).date(date)
                            .body(MediaType.HTTP_REQUEST, ("GET " + url.getPath() + " HTTP/1.1\r\nHost: news.example.org\r\n\r\n").getBytes(UTF_8)).build());
                    writer.write(new WarcResponse.Builder(url).date(date)
                            .body(MediaType.HTTP_RESPONSE, http(full ? fullPage(article, pages) : page(article, pages))).build());
                    pages++;
                }
            }
        }
        System.out.printf("%d pages in %d archives under %s%n", pages, archives, folder.resolve("articles"));
    }

    private static String page(ArticleRecord article, long n) {
        var body = new StringBuilder();
        for (String paragraph : article.text().split("\n\n"))
            body.append("<p>").append(paragraph.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        String title = "Story " + n + ": talks continue";
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>
                <meta property="og:title" content="%s"><meta property="article:published_time" content="2025-11-%02dT08:00:00Z">
                </head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
                <main><article><h1>%s</h1>
                %s</article></main>
                <footer><p>Copyright Example News. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
                </body></html>
                """.formatted(title, title, n % 28 + 1, title, body);
    }

    private static final String[] SECTIONS = {"World", "Politics", "Business", "Markets", "Technology", "Science",
            "Health", "Climate", "Sport", "Culture", "Opinion", "Travel", "Education", "Cities", "Video", "Podcasts"};

    /** A page of about the weight of a real news page: the article inside the furniture of a news site. */
    static String fullPage(ArticleRecord article, long n) {
        var random = new java.util.Random(n);
        String title = "Story " + n + ": talks continue";
        var html = new StringBuilder(70_000);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(title)
                .append(" | Example News</title>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta property=\"og:title\" content=\"").append(title).append("\">\n")
                .append("<meta property=\"og:site_name\" content=\"Example News\">\n")
                .append("<meta property=\"article:published_time\" content=\"2025-11-%02dT08:00:00Z\">\n".formatted(n % 28 + 1))
                .append("<link rel=\"canonical\" href=\"https://news.example.org/story-").append(n).append(".html\">\n");
        for (int i = 0; i < 24; i++)
            html.append("<link rel=\"preload\" as=\"script\" href=\"/assets/").append(token(random, 20)).append(".js\">\n");
        html.append("<style>\n");
        for (int i = 0; i < 160; i++)
            html.append(".c-").append(token(random, 6)).append("{margin:").append(random.nextInt(40)).append("px ")
                    .append(random.nextInt(40)).append("px;color:#").append(token(random, 6)).append(";font-size:")
                    .append(12 + random.nextInt(12)).append("px}\n");
        html.append("</style>\n<script>window.__CONFIG__={");
        for (int i = 0; i < 220; i++)
            html.append("\"k").append(token(random, 8)).append("\":\"").append(token(random, 24)).append("\",");
        html.append("\"page\":").append(n).append("};</script>\n")
                .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
                .append("\"headline\":\"").append(title).append("\",\"datePublished\":\"2025-11-%02dT08:00:00Z\",".formatted(n % 28 + 1))
                .append("\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example News\"}}</script>\n</head><body>\n");
        html.append("<header class=\"site-header\"><nav class=\"main-nav\"><ul>");
        for (String section : SECTIONS)
            for (int i = 0; i < 4; i++)
                html.append("<li><a href=\"/").append(section.toLowerCase(java.util.Locale.ROOT)).append('/').append(token(random, 8))
                        .append("\">").append(section).append(' ').append(i + 1).append("</a></li>");
        html.append("</ul></nav><div class=\"ticker\">");
        for (int i = 0; i < 5; i++) html.append("<a href=\"/live/").append(token(random, 10)).append("\">").append(headline(random)).append("</a> ");
        html.append("</div></header>\n<main><article><h1>").append(title).append("</h1>\n")
                .append("<div class=\"share-buttons\"><a href=\"#\">Share</a> <a href=\"#\">Post</a> <a href=\"#\">Email</a></div>\n")
                .append("<figure><img src=\"/img/").append(token(random, 16)).append(".jpg\" alt=\"\"><figcaption>")
                .append(headline(random)).append(" Photo: Example News</figcaption></figure>\n");
        for (String paragraph : article.text().split("\n\n"))
            html.append("<p>").append(paragraph.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        html.append("</article>\n<aside class=\"related-stories\"><h2>Related</h2><ul>");
        for (int i = 0; i < 14; i++)
            html.append("<li><a href=\"/story-").append(random.nextInt(1_000_000)).append(".html\">").append(headline(random))
                    .append("</a><p>").append(headline(random)).append(' ').append(headline(random)).append("</p></li>");
        html.append("</ul></aside>\n<form class=\"newsletter-signup\"><label>Get the morning briefing</label>")
                .append("<input type=\"email\"><button>Sign up</button></form>\n<div id=\"comments\" class=\"comments\">");
        for (int i = 0; i < 6; i++) html.append("<div class=\"comment\"><p>").append(headline(random)).append("</p></div>");
        html.append("</div></main>\n<footer class=\"site-footer\"><ul>");
        for (int i = 0; i < 48; i++)
            html.append("<li><a href=\"/about/").append(token(random, 8)).append("\">").append(SECTIONS[i % SECTIONS.length])
                    .append(" desk</a></li>");
        html.append("</ul><p>Copyright Example News. All rights reserved.</p></footer>\n");
        for (int i = 0; i < 12; i++)
            html.append("<script src=\"/assets/").append(token(random, 20)).append(".js\" async></script>\n");
        return html.append("</body></html>\n").toString();
    }

    private static final String[] WORDS = {"council", "vote", "minister", "markets", "storm", "league", "court",
            "budget", "rail", "school", "hospital", "election", "harbour", "talks", "strike", "bridge", "energy", "trade"};

    /** A headline-like line of words, for the furniture around the article. */
    private static String headline(java.util.Random random) {
        var line = new StringBuilder();
        for (int i = 0, words = 6 + random.nextInt(6); i < words; i++)
            line.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        return Character.toUpperCase(line.charAt(0)) + line.substring(1) + " after " + (1 + random.nextInt(30)) + " days";
    }

    /** Letters and digits as hashed asset names and ids are: they compress as poorly as the real ones. */
    private static String token(java.util.Random random, int length) {
        var token = new StringBuilder(length);
        for (int i = 0; i < length; i++) token.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(random.nextInt(36)));
        return token.toString();
    }

    private static byte[] http(String html) throws IOException {
        byte[] body = html.getBytes(UTF_8);
        var out = new ByteArrayOutputStream(body.length + 128);
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(UTF_8));
        out.write(body);
        return out.toByteArray();
    }
}
