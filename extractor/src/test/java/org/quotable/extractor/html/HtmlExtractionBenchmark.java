package org.quotable.extractor.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotable.extractor.article.ArticleFormatException;
import org.quotable.extractor.article.ArticleReader;
import org.quotable.extractor.article.ArticleSources;
import org.quotable.schema.ArticleRecord;

/**
 * Measures HTML article extraction ({@link ArticleBodyExtractor}, reached the way users reach it: each page read with
 * {@link ArticleSources#open}, so decoding and text normalization are measured too) on an article-extraction
 * benchmark folder: {@code ground-truth.json}
 * ({@code {"<id>": {"articleBody": "...", "url": "..."}}}) and {@code html/<id>.html.gz}. The metric is the
 * benchmark's own: tokens are {@code \w+} runs, shingles the 4-grams of consecutive tokens counted with
 * multiplicity; per page tp = shared shingles, fp = extracted only, fn = true only; precision and recall are the means
 * over pages (a page with no shingles on either side scores 1), F1 = 2PR/(P+R).
 *
 * <p>Run it with {@code bench/html-extraction.sh <folder> [--pages]}; it reads the folder at run time only.
 */
public final class HtmlExtractionBenchmark {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private HtmlExtractionBenchmark() {}

    /** The scores of one page. */
    record PageScore(String id, double precision, double recall) {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: HtmlExtractionBenchmark <benchmark folder> [--pages]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        boolean pages = args.length > 1 && args[1].equals("--pages");
        JsonNode truth = new ObjectMapper().readTree(folder.resolve("ground-truth.json").toFile());
        var scores = new ArrayList<PageScore>();
        var ids = new ArrayList<String>();
        truth.fieldNames().forEachRemaining(ids::add);
        ids.sort(null);
        for (String id : ids) {
            Path page = folder.resolve("html").resolve(id + ".html.gz");
            String extracted = "";
            try (ArticleReader reader = ArticleSources.open(page, problem -> {})) {
                for (ArticleRecord article : reader) extracted = article.text();
            } catch (ArticleFormatException e) {
                if (pages) System.out.println(e.getMessage());   // e.g. no article body: scores as empty text
            }
            PageScore score = score(id, extracted, truth.get(id).path("articleBody").asText(""));
            scores.add(score);
            if (pages) System.out.printf(Locale.ROOT, "%s  P=%.3f R=%.3f%n", id, score.precision(), score.recall());
        }
        double p = scores.stream().mapToDouble(PageScore::precision).average().orElse(0);
        double r = scores.stream().mapToDouble(PageScore::recall).average().orElse(0);
        System.out.printf(Locale.ROOT, "pages=%d precision=%.4f recall=%.4f f1=%.4f%n", scores.size(), p, r,
                2 * p * r / (p + r));
    }

    static PageScore score(String id, String extracted, String truth) {
        Map<List<String>, Integer> predicted = shingles(extracted), expected = shingles(truth);
        if (predicted.isEmpty() && expected.isEmpty()) return new PageScore(id, 1, 1);
        int tp = 0, fp = 0, fn = 0;
        for (var e : predicted.entrySet()) {
            int other = expected.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), other);
            fp += Math.max(0, e.getValue() - other);
        }
        for (var e : expected.entrySet()) fn += Math.max(0, e.getValue() - predicted.getOrDefault(e.getKey(), 0));
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return new PageScore(id, precision, recall);
    }

    static Map<List<String>, Integer> shingles(String text) {
        var tokens = new ArrayList<String>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) tokens.add(m.group());
        var counts = new HashMap<List<String>, Integer>();
        for (int i = 0; i + 4 <= tokens.size(); i++) counts.merge(List.copyOf(tokens.subList(i, i + 4)), 1, Integer::sum);
        return counts;
    }
}
