package org.quotable.exporter.release;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuoteRecord;

/** Counts, date ranges and speaker tallies gathered while a release is written, for its dataset card. */
final class DatasetStats {
    long articles;
    long quotes;
    long attributed;
    @Nullable LocalDate firstQuoteDate;
    @Nullable LocalDate lastQuoteDate;
    @Nullable LocalDate firstPublished;
    @Nullable LocalDate lastPublished;
    private final Map<String, Long> speakers = new HashMap<>();

    void add(ArticleRecord article) {
        articles++;
        LocalDate d = article.published();
        if (d != null) {
            if (firstPublished == null || d.isBefore(firstPublished)) firstPublished = d;
            if (lastPublished == null || d.isAfter(lastPublished)) lastPublished = d;
        }
    }

    void add(QuoteRecord quote) {
        quotes++;
        LocalDate d = quote.date();
        if (d != null) {
            if (firstQuoteDate == null || d.isBefore(firstQuoteDate)) firstQuoteDate = d;
            if (lastQuoteDate == null || d.isAfter(lastQuoteDate)) lastQuoteDate = d;
        }
        String speaker = quote.speaker();
        if (speaker != null && !speaker.isBlank()) {
            attributed++;
            speakers.merge(speaker, 1L, Long::sum);
        }
    }

    /** The most quoted speakers, most quotes first, then by name. */
    List<Map.Entry<String, Long>> topSpeakers(int limit) {
        return speakers.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).toList();
    }
}
