package org.quotable.bench;

import java.util.List;
import java.util.Locale;
import org.quotable.extractor.QuoteExtractor;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.Digests;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.SourceFormat;

/**
 * Times the extraction of one pathological article: a single paragraph of N {@code "wordN," said John Smith.}
 * sentences, the shape that once took quadratic time (issue 9). {@code PathologicalArticle 10000 100000 1000000}
 * prints one line per size: quotes found, seconds, and microseconds per quote; linear work keeps the last column flat.
 */
public final class PathologicalArticle {
    private PathologicalArticle() {}

    /** The text: one paragraph of {@code quotes} attributed one-clause quotes. */
    public static String text(int quotes) {
        var text = new StringBuilder(quotes * 30);
        for (int i = 0; i < quotes; i++) {
            if (i > 0) text.append(' ');
            text.append("\"word").append(i).append(",\" said John Smith.");
        }
        return text.toString();
    }

    public static void main(String[] args) {
        QuoteExtractor extractor = QuoteExtractor.standard();
        extractor.extract(article(text(1_000)));   // warm-up: classes loaded, code compiled
        for (String arg : args.length == 0 ? new String[] {"10000", "100000", "1000000"} : args) {
            int n = Integer.parseInt(arg);
            ArticleRecord article = article(text(n));
            long started = System.nanoTime();
            List<QuoteRecord> quotes = extractor.extract(article);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "%,d quotes in one paragraph (%,d chars): %,d found in %.2f s, %.1f µs per quote%n",
                    n, article.text().length(), quotes.size(), seconds, seconds * 1e6 / n);
        }
    }

    private static ArticleRecord article(String text) {
        return new ArticleRecord("pathological", null, "Pathological", null, null, "en", text, Digests.sha256Hex(text),
                "pathological.txt", SourceFormat.TEXT);
    }
}
