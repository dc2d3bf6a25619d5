package org.quotable.extractor.position;

import java.util.ArrayList;
import org.quotable.extractor.pipeline.Attribution;
import org.quotable.extractor.pipeline.Candidate;
import org.quotable.extractor.pipeline.ExtractionStage;
import org.quotable.extractor.pipeline.ExtractionState;
import org.quotable.extractor.speaker.SieveCalibration;
import org.quotable.schema.QuoteRecord;

/**
 * The last stage: turns each quote into a {@link QuoteRecord} with its paragraph index and code point offsets, so
 * that Python's {@code text[start:end]} is the quote even when the text holds characters outside the BMP (emoji).
 * One pass over the text for all quotes. The confidence of an attributed quote is its sieve's calibrated one
 * ({@link SieveCalibration}). Immutable and thread-safe.
 */
public final class Locator implements ExtractionStage {
    /** The confidence of a direct quote that no sieve could attribute. */
    public static final double UNATTRIBUTED_CONFIDENCE = 0.2;

    @Override public String name() { return "positions"; }

    @Override public ExtractionState apply(ExtractionState state) {
        String text = state.text();
        String articleId = state.article().articleId();
        var records = new ArrayList<QuoteRecord>(state.candidates().size());
        var offsets = new CodePointOffsets(text);
        for (Candidate c : state.candidates()) {
            int start = offsets.codePointIndex(c.start());
            int end = offsets.codePointIndex(c.end());
            Attribution a = c.attribution();
            records.add(new QuoteRecord(QuoteRecord.idOf(articleId, start, end), articleId, c.quote(text), c.type(),
                    a == null ? null : a.speaker(), a == null ? null : a.mention(), a == null ? null : a.speakerType(),
                    c.role(), a == null ? null : a.cue(), c.date(), c.dateBasis(),
                    state.document().paragraphIndex(c.start()), start, end,
                    a == null ? UNATTRIBUTED_CONFIDENCE : SieveCalibration.confidence(a.sieve(), a.confidence())));
        }
        return state.withRecords(records);
    }
}
