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
 * the given size. {@code GenerateWarcCorpus <folder> <megabytes> [archives]}.
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
                            .body(MediaType.HTTP_RESPONSE, http(page(article, pages))).build());
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

    private static byte[] http(String html) throws IOException {
        byte[] body = html.getBytes(UTF_8);
        var out = new ByteArrayOutputStream(body.length + 128);
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(UTF_8));
        out.write(body);
        return out.toByteArray();
    }
}
