package org.quotable.extractor.evaluation;

/**
 * The share of right answers among the cases that count. Immutable.
 *
 * @param correct right answers
 * @param total   cases that count
 */
public record Accuracy(int correct, int total) {
    public Accuracy {
        if (correct < 0 || correct > total)
            throw new IllegalArgumentException("Bad accuracy: %d correct of %d".formatted(correct, total));
    }

    /** Correct over total; 0 when nothing counts. */
    public double value() { return total == 0 ? 0 : (double) correct / total; }
}
