package org.quotable.cli.launcher;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Article files of every input format, each with one attributed quote by a different, made-up minister. */
final class Fixtures {
    private Fixtures() {}

    /** The sentence of article {@code n}: {@code "We will keep talking N," Minister Anna KellerN said.} */
    static String sentence(String speaker) {
        return "\"We will keep talking about " + speaker + "'s plan,\" Foreign Minister " + speaker + " said on Monday.";
    }

    static String text(String id, String speaker) {
        return "---\nid: " + id + "\ntitle: Talks go on\npublished: 2025-12-15\n---\n\n" + sentence(speaker)
                + "\n\nThe meeting ended late in the evening.\n";
    }

    static String json(String id, String speaker) {
        return "{\"id\": \"" + id + "\", \"title\": \"Talks\", \"published\": \"2025-12-15\", \"text\": \""
                + sentence(speaker).replace("\"", "\\\"") + "\"}";
    }

    static String html(String speaker) {
        return "<!doctype html><html lang=\"en\"><head><title>Talks go on</title>"
                + "<meta property=\"article:published_time\" content=\"2025-12-15T09:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Talks go on</h1>"
                + "<p>" + sentence(speaker).replace("\"", "&quot;") + "</p>"
                + "<p>The meeting in the capital ended late in the evening, after hours of talks between the delegations.</p>"
                + "<p>Both sides said that they would meet again next week to go on with the talks about the plan.</p>"
                + "</article><footer>Copyright News Example</footer></body></html>";
    }

    static byte[] warc(String speaker, boolean gzip) throws IOException {
        Path file = Files.createTempFile("quotable-it", ".warc");
        try {
            try (var warc = new WarcWriter(FileChannel.open(file, StandardOpenOption.WRITE),
                    gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), html(speaker).getBytes(UTF_8)).build();
                warc.write(new WarcResponse.Builder(URI.create("https://news.example/" + speaker.replace(' ', '-')))
                        .date(Instant.parse("2025-12-15T06:00:00Z")).body(http).build());
            }
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static byte[] gzip(String text) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(UTF_8));
        }
        return bytes.toByteArray();
    }

    /**
     * A dataset folder with ten articles: every format, plain and gzip-compressed; returns the speakers in
     * file-name order.
     */
    static void dataset(Path dataset) throws IOException {
        Path articles = Files.createDirectories(dataset.resolve("articles"));
        Files.writeString(dataset.resolve("dataset.yaml"), "name: smoke\ntitle: Smoke test\ndescription: Every format.\n"
                + "license: CC0-1.0\ninputs: [\"articles/**\"]\n");
        Files.writeString(articles.resolve("a.txt"), text("a-txt", "Anna Keller"));
        Files.write(articles.resolve("b.txt.gz"), gzip(text("b-txt", "Berta Lang")));
        Files.writeString(articles.resolve("c.json"), json("c-json", "Clara Moser"));
        Files.write(articles.resolve("d.json.gz"), gzip(json("d-json", "Dora Novak")));
        Files.writeString(articles.resolve("e.jsonl"), json("e-jsonl", "Emil Ortner") + "\n" + json("e2-jsonl", "Egon Pauli") + "\n");
        Files.write(articles.resolve("f.jsonl.gz"), gzip(json("f-jsonl", "Fritz Quast") + "\n"));
        Files.writeString(articles.resolve("g.html"), html("Greta Roth"));
        Files.write(articles.resolve("h.html.gz"), gzip(html("Hanna Sauer")));
        Files.write(articles.resolve("i.warc"), warc("Ida Thaler", false));
        Files.write(articles.resolve("j.warc.gz"), warc("Jonas Ulrich", true));
    }

    /** The speakers of {@link #dataset}, one per article, in file order. */
    static final java.util.List<String> SPEAKERS = java.util.List.of("Anna Keller", "Berta Lang", "Clara Moser",
            "Dora Novak", "Emil Ortner", "Egon Pauli", "Fritz Quast", "Greta Roth", "Hanna Sauer", "Ida Thaler",
            "Jonas Ulrich");
}
