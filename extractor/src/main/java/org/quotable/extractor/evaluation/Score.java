package org.quotable.extractor.evaluation;

/**
 * Precision, recall and F1 of one matching. Immutable.
 *
 * @param matched   predictions matched to a gold quote
 * @param predicted predictions counted (those inside mixed indirect spans are not)
 * @param gold      gold quotes
 */
public record Score(int matched, int predicted, int gold) {
    public Score {
        if (matched < 0 || matched > predicted || matched > gold)
            throw new IllegalArgumentException("Bad score: %d matched of %d predicted and %d gold".formatted(matched, predicted, gold));
    }

    /** Matched over predicted; 0 when nothing was predicted. */
    public double precision() { return predicted == 0 ? 0 : (double) matched / predicted; }

    /** Matched over gold; 0 when there is no gold. */
    public double recall() { return gold == 0 ? 0 : (double) matched / gold; }

    /** The harmonic mean of precision and recall. */
    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
