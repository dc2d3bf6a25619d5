package org.quotable.exporter.release;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Extraction quality measured by {@code quotable evaluate} against gold annotations, shown in the dataset card.
 * Immutable.
 *
 * @param goldArticles how many annotated articles the scores come from
 * @param scores       named scores from 0 to 1 in display order, e.g. {@code quote_f1 → 0.91}
 */
public record ExtractionQuality(int goldArticles, Map<String, Double> scores) {
    public ExtractionQuality {
        if (goldArticles < 0) throw new IllegalArgumentException("Gold article count " + goldArticles + " is negative");
        var copy = new LinkedHashMap<String, Double>();
        scores.forEach((name, value) -> {
            if (!(value >= 0 && value <= 1))
                throw new IllegalArgumentException("Score %s = %s is outside [0, 1]".formatted(name, value));
            copy.put(name, value);
        });
        scores = Collections.unmodifiableMap(copy);
    }
}
