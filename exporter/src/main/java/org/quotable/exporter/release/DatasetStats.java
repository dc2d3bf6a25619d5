package org.quotable.exporter.release;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.QuoteType;
import org.quotable.schema.SpeakerRecord;

/**
 * Counts, date ranges and tallies gathered while a release is written, for its dataset card and its charts. Memory
 * grows with the number of distinct days, publishers and speakers, not with the rows.
 */
final class DatasetStats {
    /** How the card and the charts name an article without a publisher. */
    static final String NO_PUBLISHER = "(no publisher)";

    long articles;
    long quotes;
    long attributed;
    long linked;
    long speakers;
    long mergedSpeakers;
    long undated;
    @Nullable LocalDate firstQuoteDate;
    @Nullable LocalDate lastQuoteDate;
    @Nullable LocalDate firstPublished;
    @Nullable LocalDate lastPublished;
    final Map<LocalDate, Long> quotesPerDay = new TreeMap<>();
    final Map<QuoteType, Long> quoteTypes = new EnumMap<>(QuoteType.class);
    final Map<String, Long> articlesPerPublisher = new TreeMap<>();
    private final List<SpeakerRecord> topSpeakers = new ArrayList<>();
    private static final int KEPT_SPEAKERS = 10;

    void add(ArticleRecord article) {
        articles++;
        LocalDate d = article.published();
        if (d != null) {
            if (firstPublished == null || d.isBefore(firstPublished)) firstPublished = d;
            if (lastPublished == null || d.isAfter(lastPublished)) lastPublished = d;
        }
        String publisher = article.publisher();
        articlesPerPublisher.merge(publisher == null || publisher.isBlank() ? NO_PUBLISHER : publisher, 1L, Long::sum);
    }

    void add(QuoteRecord quote) {
        quotes++;
        LocalDate d = quote.date();
        if (d != null) {
            if (firstQuoteDate == null || d.isBefore(firstQuoteDate)) firstQuoteDate = d;
            if (lastQuoteDate == null || d.isAfter(lastQuoteDate)) lastQuoteDate = d;
            quotesPerDay.merge(d, 1L, Long::sum);
        } else {
            undated++;
        }
        quoteTypes.merge(quote.quoteType(), 1L, Long::sum);
        String speaker = quote.speaker();
        if (speaker != null && !speaker.isBlank()) attributed++;
        if (quote.speakerId() != null) linked++;
    }

    /** Keeps the speaker if it is among the most quoted so far. */
    void add(SpeakerRecord speaker) {
        speakers++;
        if (speaker.nameVariants().size() > 1) mergedSpeakers++;
        topSpeakers.add(speaker);
        topSpeakers.sort(TOP);
        if (topSpeakers.size() > KEPT_SPEAKERS) topSpeakers.remove(KEPT_SPEAKERS);
    }

    private static final Comparator<SpeakerRecord> TOP = Comparator.comparingInt(SpeakerRecord::quoteCount).reversed()
            .thenComparing(SpeakerRecord::name).thenComparing(SpeakerRecord::speakerId);

    /** The most quoted speakers of the speakers table, most quotes first, then by name. */
    List<SpeakerRecord> topSpeakers(int limit) {
        return topSpeakers.subList(0, Math.min(limit, topSpeakers.size()));
    }
}
