package org.quotable.extractor.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * How well confidence predicts a right speaker: matched quotes that were given a speaker, binned by confidence.
 * Immutable.
 *
 * @param bins the non-empty bins, lowest confidence first
 */
public record Calibration(List<Bin> bins) {
    /** The number of bins of equal width over [0, 1]. */
    public static final int BINS = 10;

    /**
     * One confidence bin.
     *
     * @param from           lowest confidence in the bin
     * @param to             upper bound of the bin (exclusive, except for the last bin)
     * @param count          quotes in the bin
     * @param right          of them, those with the right speaker
     * @param meanConfidence the mean confidence of the bin's quotes
     */
    public record Bin(double from, double to, int count, int right, double meanConfidence) {
        /** The share of quotes in the bin with the right speaker. */
        public double accuracy() { return count == 0 ? 0 : (double) right / count; }
    }

    public Calibration {
        bins = List.copyOf(bins);
    }

    /** The quotes counted. */
    public int count() {
        return bins.stream().mapToInt(Bin::count).sum();
    }

    /** Expected calibration error: the count-weighted mean of |accuracy - mean confidence| over the bins. */
    public double expectedError() {
        int n = count();
        if (n == 0) return 0;
        double sum = 0;
        for (Bin b : bins) sum += b.count() * Math.abs(b.accuracy() - b.meanConfidence());
        return sum / n;
    }

    /** Builds the table from pairs of confidence and whether the speaker was right. */
    static Calibration of(List<double[]> confidenceAndRight) {
        int[] count = new int[BINS], right = new int[BINS];
        double[] sum = new double[BINS];
        for (double[] pair : confidenceAndRight) {
            int bin = Math.min(BINS - 1, (int) Math.floor(pair[0] * BINS));
            count[bin]++;
            sum[bin] += pair[0];
            if (pair[1] > 0) right[bin]++;
        }
        var bins = new ArrayList<Bin>();
        for (int i = 0; i < BINS; i++)
            if (count[i] > 0) bins.add(new Bin((double) i / BINS, (double) (i + 1) / BINS, count[i], right[i], sum[i] / count[i]));
        return new Calibration(bins);
    }
}
