package org.quotable.extractor.evaluation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.quotable.extractor.QuoteExtractor;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuoteRecord;

/**
 * Scores extracted quotations against gold annotations. Stateless and thread-safe.
 *
 * <p>The convention:
 * <ul>
 *   <li>Gold quotations are the annotations that are not {@code indirect}. A prediction that matches no gold
 *       quotation and whose text lies inside a {@code mixed} indirect annotation (reported speech with quoted words)
 *       is not counted. Containment is by text, so that readers which normalize whitespace cannot skew it.</li>
 *   <li>Predictions and gold quotes are matched one-to-one within an article. <b>Exact</b>: the texts are equal after
 *       trimming whitespace, punctuation and quotation marks at both ends and folding runs of whitespace
 *       (Unicode white space, no-break spaces included, as the article readers fold it).
 *       <b>Overlap</b>: the letter/digit tokens they share are at least half of the longer one's.</li>
 *   <li>Speaker accuracy is over overlap-matched quotes whose gold speaker is a proper name. <b>Surname</b>: the gold
 *       speaker's last name (of the part before any comma, possessive and suffixes dropped) is a word of the
 *       predicted speaker. <b>Full name</b>: the predicted and gold names, honorifics dropped, contain each other.
 *       Both ignore case.</li>
 *   <li>Role and date accuracy are over matched quotes whose gold gives a role or a date. Roles agree when one
 *       contains the other, ignoring case; dates when equal.</li>
 *   <li>That is the {@link Convention#SPANS} convention. Under {@link Convention#ATTRIBUTION} quotes match by exact
 *       text ignoring case, and speaker, role and date are scored over those matches; the speaker counts wherever
 *       the gold gives one, right when the gold name's last word is a word of the predicted speaker.</li>
 *   <li>Non-quotations (titles, nicknames, scare quotes) that a gold set marks are counted when extracted (same
 *       text, or a span inside or around theirs, matching no gold quotation) and when given a speaker.</li>
 *   <li>Calibration: over matched quotes given a speaker (and, under {@link Convention#SPANS}, with a proper-name
 *       gold speaker), confidence against whether the speaker is right, in {@link Calibration#BINS} bins.</li>
 * </ul>
 */
public final class Evaluator {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    // Unicode white space, as the article readers fold it (TextNormalizer): no-break and thin spaces included, which
    // Java's \s alone does not match; otherwise a gold quote keeping a no-break space never equals the same words read.
    private static final String SPACE = "\\p{Z}\\s\\u0085\\u2028\\u2029\\uFEFF";
    private static final Pattern SPACE_RUN = Pattern.compile("[" + SPACE + "]+");
    private static final Pattern EDGE = Pattern.compile("^[" + SPACE + "\\p{P}\\p{S}]+|[" + SPACE + "\\p{P}\\p{S}]+$");
    private static final Pattern HONORIFIC = Pattern.compile("(?i)\\b(mr|mrs|ms|dr|prof|sen|rep|gov|gen)\\.?\\s+");

    private Evaluator() {}

    /**
     * Extracts every article with {@code extractor} and scores its quotations in marks against {@code gold}
     * ({@link QuoteScope#DIRECT}; other scopes: {@link QuoteScope#evaluate}).
     */
    public static EvaluationResult evaluate(QuoteExtractor extractor, Iterable<ArticleRecord> articles, Collection<GoldQuote> gold) {
        return evaluate(extractor, articles, gold, List.of(), Convention.of(gold));
    }

    /**
     * Extracts every article with {@code extractor} and scores its quotations in marks ({@link QuoteScope#DIRECT})
     * against {@code gold} and the gold set's {@code nonQuotes}, by {@code convention}.
     */
    public static EvaluationResult evaluate(QuoteExtractor extractor, Iterable<ArticleRecord> articles,
                                            Collection<GoldQuote> gold, Collection<NonQuote> nonQuotes,
                                            Convention convention) {
        var predicted = new LinkedHashMap<String, List<QuoteRecord>>();
        for (ArticleRecord article : articles) predicted.put(article.articleId(), extractor.extract(article));
        return QuoteScope.DIRECT.evaluate(predicted, gold, nonQuotes, convention);
    }

    /**
     * Scores predictions against gold annotations, by the gold's own convention ({@link Convention#of}). Only the
     * articles in {@code predicted} count; gold for other articles is ignored.
     *
     * @param predicted the records extracted, by article id
     */
    public static EvaluationResult evaluate(Map<String, List<QuoteRecord>> predicted, Collection<GoldQuote> gold) {
        return evaluate(predicted, gold, List.of(), Convention.of(gold));
    }

    /**
     * Scores predictions against gold annotations and non-quotations by {@code convention}. Only the articles in
     * {@code predicted} count.
     *
     * @param predicted the records extracted, by article id
     */
    public static EvaluationResult evaluate(Map<String, List<QuoteRecord>> predicted, Collection<GoldQuote> gold,
                                            Collection<NonQuote> nonQuotes, Convention convention) {
        boolean attribution = convention == Convention.ATTRIBUTION;
        var goldByArticle = new HashMap<String, List<GoldQuote>>();
        for (GoldQuote g : gold) goldByArticle.computeIfAbsent(g.articleId(), k -> new ArrayList<>()).add(g);
        var nonQuotesByArticle = new HashMap<String, List<NonQuote>>();
        for (NonQuote n : nonQuotes) nonQuotesByArticle.computeIfAbsent(n.articleId(), k -> new ArrayList<>()).add(n);
        int exactMatched = 0, overlapMatched = 0, counted = 0, goldCount = 0;
        int surnameRight = 0, fullRight = 0, speakerTotal = 0, roleRight = 0, roleTotal = 0, dateRight = 0, dateTotal = 0;
        int nonQuotesAnnotated = 0, nonQuotesExtracted = 0, nonQuotesWithSpeaker = 0;
        var confidence = new ArrayList<double[]>();
        var misses = new ArrayList<Miss>();
        var spurious = new ArrayList<Miss>();
        var nonQuoteMisses = new ArrayList<Miss>();
        for (var entry : predicted.entrySet()) {
            String articleId = entry.getKey();
            List<QuoteRecord> predictions = entry.getValue();
            List<GoldQuote> all = goldByArticle.getOrDefault(articleId, List.of());
            List<GoldQuote> quotes = all.stream().filter(GoldQuote::isQuotation).toList();
            List<GoldQuote> mixed = all.stream().filter(g -> !g.isQuotation() && g.mixed()).toList();
            goldCount += quotes.size();

            int[] exact = matchExact(quotes, predictions, attribution);
            int[] overlap = matchOverlap(quotes, predictions);
            // The attribution convention scores speaker, role and date over exact matches only.
            int[] scored = attribution ? exact : overlap;
            for (int g = 0; g < quotes.size(); g++) {
                if (exact[g] >= 0) exactMatched++;
                if (overlap[g] >= 0) overlapMatched++;
                if (scored[g] < 0) {
                    misses.add(new Miss(Miss.Kind.MISSED, articleId, quotes.get(g).quote(), quotes.get(g).speaker(), null));
                    continue;
                }
                GoldQuote gq = quotes.get(g);
                QuoteRecord p = predictions.get(scored[g]);
                boolean counts = attribution ? gq.speaker() != null : gq.hasProperSpeaker();
                if (counts) {
                    speakerTotal++;
                    boolean right = attribution ? lastWordMatches(gq.speaker(), p.speaker()) : surnameMatches(gq.speaker(), p.speaker());
                    if (right) surnameRight++;
                    else misses.add(new Miss(Miss.Kind.MISATTRIBUTED, articleId, gq.quote(), gq.speaker(), p.speaker()));
                    if (fullNameMatches(gq.speaker(), p.speaker())) fullRight++;
                }
                if (p.speaker() != null && (counts || attribution))
                    confidence.add(new double[] {p.confidence(), counts && (attribution ? lastWordMatches(gq.speaker(), p.speaker())
                            : surnameMatches(gq.speaker(), p.speaker())) ? 1 : 0});
                if (gq.role() != null) {
                    roleTotal++;
                    if (rolesAgree(gq.role(), p.role())) roleRight++;
                    else misses.add(new Miss(Miss.Kind.WRONG_ROLE, articleId, gq.quote(), gq.role(), p.role()));
                }
                if (gq.date() != null) {
                    dateTotal++;
                    if (gq.date().equals(p.date())) dateRight++;
                    else misses.add(new Miss(Miss.Kind.WRONG_DATE, articleId, gq.quote(), gq.date().toString(),
                            p.date() == null ? null : p.date().toString()));
                }
            }
            boolean[] used = new boolean[predictions.size()];
            for (int e : overlap) if (e >= 0) used[e] = true;
            boolean[] usedExact = new boolean[predictions.size()];
            for (int e : exact) if (e >= 0) usedExact[e] = true;
            for (int i = 0; i < predictions.size(); i++) {
                QuoteRecord p = predictions.get(i);
                boolean ignored = !used[i] && !usedExact[i] && insideAny(p, mixed);
                if (ignored) continue;
                counted++;
                boolean matched = attribution ? usedExact[i] : used[i];
                if (!matched) spurious.add(new Miss(Miss.Kind.SPURIOUS, articleId, p.quote(), null, p.speaker()));
            }
            List<NonQuote> articleNonQuotes = nonQuotesByArticle.getOrDefault(articleId, List.of());
            nonQuotesAnnotated += articleNonQuotes.size();
            boolean[] taken = new boolean[predictions.size()];
            for (NonQuote n : articleNonQuotes) {
                int hit = nonQuoteMatch(n, predictions, taken, usedExact);
                if (hit < 0) continue;
                taken[hit] = true;
                nonQuotesExtracted++;
                QuoteRecord p = predictions.get(hit);
                if (p.speaker() != null) {
                    nonQuotesWithSpeaker++;
                    nonQuoteMisses.add(new Miss(Miss.Kind.NON_QUOTE, articleId, n.quote(), null, p.speaker()));
                }
            }
        }
        misses.addAll(spurious);
        misses.addAll(nonQuoteMisses);
        return new EvaluationResult(predicted.size(), new Score(exactMatched, counted, goldCount),
                new Score(overlapMatched, counted, goldCount), new Accuracy(surnameRight, speakerTotal),
                new Accuracy(fullRight, speakerTotal), new Accuracy(roleRight, roleTotal), new Accuracy(dateRight, dateTotal), misses,
                convention, new EvaluationResult.NonQuotes(nonQuotesAnnotated, nonQuotesExtracted, nonQuotesWithSpeaker),
                Calibration.of(confidence));
    }

    /**
     * The prediction that extracted a non-quotation: one with the same text (normalized, ignoring case), or whose
     * span lies inside it or holds it, and that no gold quotation matched; or -1.
     */
    private static int nonQuoteMatch(NonQuote n, List<QuoteRecord> predictions, boolean[] taken, boolean[] matchedGold) {
        String key = normalize(n.quote()).toLowerCase(Locale.ROOT);
        int best = -1;
        for (int i = 0; i < predictions.size(); i++) {
            if (taken[i] || matchedGold[i]) continue;
            QuoteRecord p = predictions.get(i);
            boolean same = normalize(p.quote()).toLowerCase(Locale.ROOT).equals(key);
            boolean inside = p.start() >= n.start() && p.end() <= n.end() && p.end() > p.start();
            boolean holds = n.start() >= p.start() && n.end() <= p.end() && p.end() - p.start() <= 2 * (n.end() - n.start()) + 4;
            if (same || inside || holds) {
                if (same) return i;
                if (best < 0) best = i;
            }
        }
        return best;
    }

    /** Roles agree when one contains the other, ignoring case, a leading article and punctuation. */
    static boolean rolesAgree(String gold, @Nullable String predicted) {
        if (predicted == null) return false;
        String g = normalizeRole(gold), p = normalizeRole(predicted);
        if (g.isEmpty() || p.isEmpty()) return false;
        return (" " + g + " ").contains(" " + p + " ") || (" " + p + " ").contains(" " + g + " ");
    }

    /**
     * The attribution convention's speaker rule: the gold name's last word, generational suffixes (Jr., Sr., II,
     * III, IV) dropped, is a word of the predicted speaker, ignoring case.
     */
    static boolean lastWordMatches(@Nullable String gold, @Nullable String predicted) {
        if (gold == null || predicted == null) return false;
        List<String> words = words(gold);
        while (words.size() > 1 && words.get(words.size() - 1).matches("(?i)jr|sr|ii|iii|iv")) words.remove(words.size() - 1);
        if (words.isEmpty()) return false;
        String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        Matcher m = TOKEN.matcher(predicted.toLowerCase(Locale.ROOT));
        while (m.find()) if (m.group().equals(last)) return true;
        return false;
    }

    /** For each gold quote, the index of the prediction with the same normalized text, nearest first; or -1. */
    private static int[] matchExact(List<GoldQuote> gold, List<QuoteRecord> predictions, boolean ignoreCase) {
        int[] match = new int[gold.size()];
        Arrays.fill(match, -1);
        boolean[] used = new boolean[predictions.size()];
        var keys = new String[predictions.size()];
        for (int i = 0; i < keys.length; i++) keys[i] = key(predictions.get(i).quote(), ignoreCase);
        for (int g = 0; g < gold.size(); g++) {
            String key = key(gold.get(g).quote(), ignoreCase);
            int best = -1;
            for (int i = 0; i < keys.length; i++) {
                if (used[i] || !keys[i].equals(key)) continue;
                if (best < 0 || distance(gold.get(g), predictions.get(i)) < distance(gold.get(g), predictions.get(best))) best = i;
            }
            if (best >= 0) {
                used[best] = true;
                match[g] = best;
            }
        }
        return match;
    }

    private static String key(String quote, boolean ignoreCase) {
        String n = normalize(quote);
        return ignoreCase ? n.toLowerCase(Locale.ROOT) : n;
    }

    /** For each gold quote, the prediction sharing at least half the tokens of the longer one, best first; or -1. */
    static int[] matchOverlap(List<GoldQuote> gold, List<QuoteRecord> predictions) {
        record Pair(int g, int p, double ratio, int distance) {}
        var pairs = new ArrayList<Pair>();
        var predictedTokens = new ArrayList<Map<String, Integer>>();
        for (QuoteRecord p : predictions) predictedTokens.add(tokens(p.quote()));
        for (int g = 0; g < gold.size(); g++) {
            Map<String, Integer> gt = tokens(gold.get(g).quote());
            int gSize = size(gt);
            for (int i = 0; i < predictions.size(); i++) {
                Map<String, Integer> pt = predictedTokens.get(i);
                int longer = Math.max(gSize, size(pt));
                if (longer == 0) continue;
                int shared = 0;
                for (var e : gt.entrySet()) shared += Math.min(e.getValue(), pt.getOrDefault(e.getKey(), 0));
                double ratio = (double) shared / longer;
                if (ratio >= 0.5) pairs.add(new Pair(g, i, ratio, distance(gold.get(g), predictions.get(i))));
            }
        }
        pairs.sort((a, b) -> a.ratio != b.ratio ? Double.compare(b.ratio, a.ratio) : Integer.compare(a.distance, b.distance));
        int[] match = new int[gold.size()];
        Arrays.fill(match, -1);
        boolean[] used = new boolean[predictions.size()];
        for (Pair pair : pairs) {
            if (match[pair.g] >= 0 || used[pair.p]) continue;
            match[pair.g] = pair.p;
            used[pair.p] = true;
        }
        return match;
    }

    private static int distance(GoldQuote g, QuoteRecord p) {
        return Math.abs(g.start() - p.start());
    }

    /** Whether the prediction's text lies inside one of the spans' text (text, not offsets: readers may normalize). */
    private static boolean insideAny(QuoteRecord p, List<GoldQuote> spans) {
        String quote = normalize(p.quote());
        if (quote.isEmpty()) return false;
        for (GoldQuote g : spans) if (SPACE_RUN.matcher(g.quote().replace('’', '\'').replace('‘', '\'')).replaceAll(" ").contains(quote)) return true;
        return false;
    }

    /** The text with whitespace, punctuation and quotation marks trimmed at both ends and inner whitespace folded. */
    public static String normalize(String quote) {
        String folded = SPACE_RUN.matcher(quote.replace('’', '\'').replace('‘', '\'')).replaceAll(" ");
        return EDGE.matcher(folded).replaceAll("");
    }

    private static Map<String, Integer> tokens(String text) {
        var counts = new HashMap<String, Integer>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) counts.merge(m.group(), 1, Integer::sum);
        return counts;
    }

    private static int size(Map<String, Integer> tokens) {
        int n = 0;
        for (int v : tokens.values()) n += v;
        return n;
    }

    /**
     * The last name of an annotated speaker: the last word of its first comma-separated part that names someone.
     * "Ann Lund, a fellow at …" gives "lund"; "Another critic, Peter J. Vance" gives "vance"; "Rep. A.B.
     * Carver (D-Ohio)" gives "carver"; "Mr. Hale of the river trust" gives "hale"; "the campaign" gives
     * "campaign".
     */
    static String surname(String speaker) {
        String cleaned = speaker.replaceAll("\\([^)]*\\)", " ").replaceAll("['’]s\\b", "");
        String chosen = null;
        for (String segment : cleaned.split(",|--|—")) {
            // "Representative Paul D. Ames of Ohio": the name ends before "of", "from", "at".
            String part = segment.split("\\s(of|from|at|in|who|for)\\s")[0];
            List<String> words = words(part);
            if (words.isEmpty()) continue;
            String first = words.get(0);
            String last = words.get(words.size() - 1);
            boolean nominal = first.matches("(?i)the|a|an|his|her|their|its|another|one|other")
                    && (words.size() < 2 || Character.isLowerCase(words.get(1).charAt(0)));
            if (!nominal && Character.isUpperCase(last.charAt(0))) {
                chosen = part;
                break;
            }
        }
        List<String> words = words(chosen != null ? chosen : cleaned.split(",")[0].split("\\s(of|from|at|in|who|for)\\s")[0]);
        while (words.size() > 1 && words.get(words.size() - 1).matches("(?i)jr|sr|ii|iii|iv")) words.remove(words.size() - 1);
        return words.isEmpty() ? "" : words.get(words.size() - 1).toLowerCase(Locale.ROOT);
    }

    private static List<String> words(String text) {
        var words = new ArrayList<String>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) words.add(m.group());
        return words;
    }

    static boolean surnameMatches(@Nullable String gold, @Nullable String predicted) {
        if (gold == null || predicted == null) return false;
        String last = surname(gold);
        if (last.isEmpty()) return false;
        Matcher m = TOKEN.matcher(predicted.toLowerCase(Locale.ROOT));
        while (m.find()) if (m.group().equals(last)) return true;
        return false;
    }

    static boolean fullNameMatches(@Nullable String gold, @Nullable String predicted) {
        if (gold == null || predicted == null) return false;
        String g = fold(gold.split(",")[0]);
        String p = fold(predicted);
        if (g.isEmpty() || p.isEmpty()) return false;
        return (" " + p + " ").contains(" " + g + " ") || (" " + g + " ").contains(" " + p + " ");
    }

    private static String fold(String name) {
        String s = HONORIFIC.matcher(name).replaceAll("").replaceAll("['’]s\\b", "").toLowerCase(Locale.ROOT);
        return String.join(" ", TOKEN.matcher(s).results().map(java.util.regex.MatchResult::group).toList());
    }

    /** A role's words, lower case, without a leading article (titles such as "Rep." are kept: they are the role). */
    private static String normalizeRole(String role) {
        String s = role.strip().replaceFirst("(?i)^(the|a|an)\\s+", "").replaceAll("['’]s\\b", "").toLowerCase(Locale.ROOT);
        return String.join(" ", TOKEN.matcher(s).results().map(java.util.regex.MatchResult::group).toList());
    }

    /** Gold quotes grouped by article, in file order. */
    public static Map<String, List<GoldQuote>> byArticle(Collection<GoldQuote> gold) {
        var out = new LinkedHashMap<String, List<GoldQuote>>();
        for (GoldQuote g : requireNonNull(gold, "gold")) out.computeIfAbsent(g.articleId(), k -> new ArrayList<>()).add(g);
        return out;
    }
}
