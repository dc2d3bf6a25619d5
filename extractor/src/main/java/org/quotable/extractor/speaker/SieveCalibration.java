package org.quotable.extractor.speaker;

import java.util.Map;

/**
 * Calibrated confidence per attribution sieve: of the quotes a sieve attributes, the share that get the right
 * speaker, so that {@code confidence} ≈ p means about p of such quotes are right. Stateless and thread-safe.
 *
 * <p>The table holds one pair of counts per sieve family (right, total), aggregate statistics of the development
 * sets measured with {@code bench/sieve-statistics.sh} (news-attribution-dev and polnear-dev pooled; no text of them
 * is kept). A family's confidence is its share of right speakers with the rule's own confidence as a prior worth
 * {@value #PRIOR_WEIGHT} quotes, so that a sieve seen on few quotes stays near its designed value; it is capped at
 * {@value #CAP}, because quotes from unseen outlets are never certain. Families: the base sieve
 * ({@code after}, {@code before}, {@code previous-quote}, …), its pronoun variant ({@code after+pronoun}), and two
 * shared by every sieve: {@code nominal} (a description left unresolved: "the campaign") and {@code role-match} (a
 * description resolved to the person with that role). Fitting and reporting on the same sets is optimistic; see
 * docs/quality.md.
 */
public final class SieveCalibration {
    /** How many quotes the rule's own confidence counts for against the measured ones. */
    public static final double PRIOR_WEIGHT = 4;
    /** The highest confidence given. */
    public static final double CAP = 0.98;

    // family -> {right, total}, measured 2026-12-02 after the issue-13 third pass (bench/sieve-statistics.sh on both
    // dev sets, pooled): sentence-end, sentence-subject and pull-quote are new families.
    private static final Map<String, int[]> COUNTS = Map.ofEntries(
            Map.entry("after", new int[] {275, 275}),
            Map.entry("after+pronoun", new int[] {29, 30}),
            Map.entry("before", new int[] {75, 79}),
            Map.entry("before+pronoun", new int[] {9, 9}),
            Map.entry("nominal", new int[] {9, 23}),
            Map.entry("role-match", new int[] {4, 4}),
            Map.entry("previous-quote", new int[] {154, 156}),
            Map.entry("previous-paragraph", new int[] {8, 9}),
            Map.entry("continued", new int[] {5, 5}),
            Map.entry("colon-subject", new int[] {4, 4}),
            Map.entry("dash", new int[] {17, 17}),
            Map.entry("transcript", new int[] {8, 8}),
            Map.entry("introduced", new int[] {2, 2}),
            Map.entry("sentence-end", new int[] {1, 1}),
            Map.entry("sentence-subject", new int[] {5, 5}),
            Map.entry("pull-quote", new int[] {1, 1}),
            // Reported speech (indirect rows), fitted on polnear-dev's indirect attributions alone
            // (bench/sieve-statistics.sh … indirect, refitted after the session-4 rules and the speaker side's subject reading): a family per reported sieve
            // and variant.
            Map.entry("reported", new int[] {351, 363}),
            Map.entry("reported+description", new int[] {27, 31}),
            Map.entry("reported+pronoun", new int[] {2, 3}),
            Map.entry("reported-according-to", new int[] {8, 8}),
            Map.entry("reported-according-to+description", new int[] {4, 4}),
            Map.entry("reported-according-to-subject", new int[] {9, 9}),
            Map.entry("reported-after", new int[] {54, 54}),
            Map.entry("reported-after+description", new int[] {2, 3}),
            Map.entry("reported-described", new int[] {17, 20}),
            Map.entry("reported-headline", new int[] {7, 8}),
            Map.entry("reported-nominal", new int[] {3, 3}),
            Map.entry("reported-subject", new int[] {78, 79}));

    private SieveCalibration() {}

    /** The family a sieve name belongs to: "before+pronoun", "nominal", "role-match", "after"; a reported sieve is its own ("reported+description"). */
    static String family(String sieve) {
        // Reported speech has its own families, variants included: its subjects are read by other rules than a
        // direct quote's, and a nominal or a pronoun of an indirect row is right as often as its sieve, not as the
        // direct quotes' shared families.
        if (sieve.startsWith("reported")) return sieve;
        if (sieve.contains("+nominal") || sieve.endsWith("nominal")) return "nominal";
        if (sieve.contains("role-match")) return "role-match";
        int plus = sieve.indexOf('+');
        String base = plus < 0 ? sieve : sieve.substring(0, plus);
        return sieve.contains("+pronoun") ? base + "+pronoun" : base;
    }

    /** The calibrated confidence of an attribution by {@code sieve} whose rule gave {@code ruleConfidence}. */
    public static double confidence(String sieve, double ruleConfidence) {
        int[] n = COUNTS.get(family(sieve));
        double right = n == null ? 0 : n[0];
        double total = n == null ? 0 : n[1];
        double p = (right + PRIOR_WEIGHT * ruleConfidence) / (total + PRIOR_WEIGHT);
        return Math.min(CAP, p);
    }
}
