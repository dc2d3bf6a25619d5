package org.quotable.extractor.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.quotable.extractor.ExtractorOptions;
import org.quotable.extractor.QuoteExtractor;
import org.quotable.extractor.article.ArticleReader;
import org.quotable.extractor.article.ArticleSources;
import org.quotable.extractor.pipeline.Candidate;
import org.quotable.extractor.pipeline.ExtractionState;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.QuoteType;

/**
 * Aggregate statistics for calibrating confidence: for each sieve that attributed a matched quote, how many of its
 * speakers were right, on a gold set scored by its own convention. Prints one line per sieve
 * ({@code sieve right total}); only these counts leave the run. Run with {@code bench/sieve-statistics.sh}.
 *
 * <p>With a third argument {@code indirect}, the reported-speech rows instead: indirect rows against the gold's
 * indirect annotations, matched by token overlap one-to-one as {@code evaluate --type indirect} matches them, the
 * speaker counted on proper-name gold by surname; the statistics the indirect families of the table are fitted on.
 */
public final class SieveStatistics {
    private SieveStatistics() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2 && !(args.length == 3 && args[2].equals("indirect"))) {
            System.err.println("usage: SieveStatistics <gold.jsonl> <articles.jsonl> [indirect]");
            System.exit(2);
        }
        List<GoldQuote> gold = GoldReader.read(Path.of(args[0]));
        if (args.length == 3) {
            print(indirect(gold, Path.of(args[1])));
            return;
        }
        Convention convention = Convention.of(gold);
        Map<String, List<GoldQuote>> byArticle = Evaluator.byArticle(gold);
        QuoteExtractor extractor = QuoteExtractor.standard();
        var counts = new TreeMap<String, int[]>();
        try (ArticleReader reader = ArticleSources.open(Path.of(args[1]), System.err::println)) {
            for (ArticleRecord article : reader) {
                ExtractionState state = extractor.run(article);
                List<GoldQuote> quotes = new ArrayList<>(byArticle.getOrDefault(article.articleId(), List.of()));
                quotes.removeIf(g -> !g.isQuotation());
                for (int i = 0; i < state.records().size(); i++) {
                    QuoteRecord r = state.records().get(i);
                    Candidate c = state.candidates().get(i);
                    if (r.speaker() == null || c.attribution() == null) continue;
                    String key = Evaluator.normalize(r.quote()).toLowerCase(Locale.ROOT);
                    GoldQuote match = null;
                    for (GoldQuote g : quotes)
                        if (Evaluator.normalize(g.quote()).toLowerCase(Locale.ROOT).equals(key)) { match = g; break; }
                    if (match == null) continue;
                    quotes.remove(match);
                    boolean counts1 = convention == Convention.ATTRIBUTION || match.hasProperSpeaker();
                    if (!counts1) continue;
                    boolean right = convention == Convention.ATTRIBUTION ? Evaluator.lastWordMatches(match.speaker(), r.speaker())
                            : Evaluator.surnameMatches(match.speaker(), r.speaker());
                    int[] n = counts.computeIfAbsent(c.attribution().sieve(), k -> new int[2]);
                    if (right) n[0]++;
                    n[1]++;
                }
            }
        }
        print(counts);
    }

    private static void print(Map<String, int[]> counts) {
        for (var e : counts.entrySet()) System.out.printf(Locale.ROOT, "%s %d %d%n", e.getKey(), e.getValue()[0], e.getValue()[1]);
    }

    /** Per sieve, right and total speakers of the indirect rows matched to proper-name indirect gold. */
    private static Map<String, int[]> indirect(List<GoldQuote> gold, Path articles) throws IOException {
        Map<String, List<GoldQuote>> byArticle = Evaluator.byArticle(QuoteScope.INDIRECT.gold(gold));
        QuoteExtractor extractor = QuoteExtractor.create(ExtractorOptions.DEFAULT.toBuilder()
                .types(EnumSet.allOf(QuoteType.class)).get());
        var counts = new TreeMap<String, int[]>();
        try (ArticleReader reader = ArticleSources.open(articles, System.err::println)) {
            for (ArticleRecord article : reader) {
                ExtractionState state = extractor.run(article);
                var records = new ArrayList<QuoteRecord>();
                var candidates = new ArrayList<Candidate>();
                for (int i = 0; i < state.records().size(); i++) {
                    if (state.records().get(i).quoteType() != QuoteType.INDIRECT) continue;
                    records.add(state.records().get(i));
                    candidates.add(state.candidates().get(i));
                }
                List<GoldQuote> quotes = byArticle.getOrDefault(article.articleId(), List.of()).stream()
                        .filter(GoldQuote::isQuotation).toList();
                int[] match = Evaluator.matchOverlap(quotes, records);
                for (int g = 0; g < quotes.size(); g++) {
                    if (match[g] < 0 || !quotes.get(g).hasProperSpeaker()) continue;
                    QuoteRecord r = records.get(match[g]);
                    Candidate c = candidates.get(match[g]);
                    if (r.speaker() == null || c.attribution() == null) continue;
                    int[] n = counts.computeIfAbsent(c.attribution().sieve(), k -> new int[2]);
                    if (Evaluator.surnameMatches(quotes.get(g).speaker(), r.speaker())) n[0]++;
                    n[1]++;
                }
            }
        }
        return counts;
    }
}
