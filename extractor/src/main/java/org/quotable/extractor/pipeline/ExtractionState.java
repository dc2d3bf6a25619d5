package org.quotable.extractor.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.quotable.extractor.text.Document;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuoteRecord;

/**
 * What the pipeline knows about one article between two stages. Immutable.
 *
 * @param article    the article being extracted
 * @param document   its text, split into paragraphs and sentences
 * @param candidates the quotations found so far, in text order
 * @param records    the finished records, filled by the last stage
 * @param shared     analyses of the article that several stages use (the cast of people, their roles), each
 *                   computed once on first use and handed on to every later state of the same article
 */
public record ExtractionState(ArticleRecord article, Document document, List<Candidate> candidates,
                              List<QuoteRecord> records, Shared shared) {
    public ExtractionState {
        requireNonNull(article, "article");
        requireNonNull(document, "document");
        requireNonNull(shared, "shared");
        candidates = List.copyOf(candidates);
        records = List.copyOf(records);
    }

    /** A state with nothing shared yet. */
    public ExtractionState(ArticleRecord article, Document document, List<Candidate> candidates, List<QuoteRecord> records) {
        this(article, document, candidates, records, new Shared());
    }

    /**
     * Per-article analyses shared between stages, keyed by their class. One article is extracted by one thread at a
     * time, so this memo is not synchronized; it never outlives the article's run.
     */
    public static final class Shared {
        private final Map<Class<?>, Object> values = new HashMap<>();

        /** The article's analysis of type {@code key}, computed by {@code compute} the first time it is asked for. */
        public <T> T get(Class<T> key, Supplier<? extends T> compute) {
            Object value = values.get(key);
            if (value == null) {
                value = requireNonNull(compute.get(), key.getName());
                values.put(key, value);
            }
            return key.cast(value);
        }

        @Override public String toString() {
            return "Shared" + values.keySet().stream().map(Class::getSimpleName).toList();
        }

        // Two states of one article are equal whatever they have computed so far.
        @Override public boolean equals(Object o) { return o instanceof Shared; }

        @Override public int hashCode() { return 0; }
    }

    /** The state before the first stage. */
    public static ExtractionState start(ArticleRecord article, Document document) {
        return new ExtractionState(article, document, List.of(), List.of(), new Shared());
    }

    /** This state with other candidates. */
    public ExtractionState withCandidates(List<Candidate> newCandidates) {
        return new ExtractionState(article, document, newCandidates, records, shared);
    }

    /** This state with the finished records. */
    public ExtractionState withRecords(List<QuoteRecord> newRecords) {
        return new ExtractionState(article, document, candidates, newRecords, shared);
    }

    /** The article's analysis of type {@code key}, computed once per article: {@code state.shared(Cast.class, ...)}. */
    public <T> T shared(Class<T> key, Supplier<? extends T> compute) {
        return shared.get(key, compute);
    }

    /** The article text. */
    public String text() {
        return document.text();
    }
}
