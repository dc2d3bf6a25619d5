package org.quotable.extractor.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.List;
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
 */
public record ExtractionState(ArticleRecord article, Document document, List<Candidate> candidates,
                              List<QuoteRecord> records) {
    public ExtractionState {
        requireNonNull(article, "article");
        requireNonNull(document, "document");
        candidates = List.copyOf(candidates);
        records = List.copyOf(records);
    }

    /** The state before the first stage. */
    public static ExtractionState start(ArticleRecord article, Document document) {
        return new ExtractionState(article, document, List.of(), List.of());
    }

    /** This state with other candidates. */
    public ExtractionState withCandidates(List<Candidate> newCandidates) {
        return new ExtractionState(article, document, newCandidates, records);
    }

    /** This state with the finished records. */
    public ExtractionState withRecords(List<QuoteRecord> newRecords) {
        return new ExtractionState(article, document, candidates, newRecords);
    }

    /** The article text. */
    public String text() {
        return document.text();
    }
}
