package org.quotable.extractor.pipeline;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.quotable.schema.DateBasis;
import org.quotable.schema.QuoteType;

/**
 * A quotation on its way through the pipeline: found by the quote stage, then filled in by the later stages.
 * Immutable; each stage returns changed copies. Indexes are Java string (UTF-16) indexes into the article text.
 *
 * @param start       index of the quote's first char, after the opening mark
 * @param end         index just past the quote's last char, before the closing mark
 * @param openMark    index of the opening quotation mark (or of the quote itself when it has none)
 * @param closeMark   index just past the closing quotation mark (or {@code end} when the quote is unclosed)
 * @param type        direct or partial
 * @param closed      whether a closing mark ends the quote (an unclosed quote runs to its paragraph's end)
 * @param continues   whether the quote continues one from the previous paragraph (multi-paragraph quotes)
 * @param attribution who said it, or null
 * @param role        the speaker's role as the article states it, or null
 * @param date        when it was said, or null
 * @param dateBasis   where {@code date} comes from
 */
public record Candidate(int start, int end, int openMark, int closeMark, QuoteType type, boolean closed, boolean continues,
                        @Nullable Attribution attribution, @Nullable String role, @Nullable LocalDate date,
                        DateBasis dateBasis) {
    public Candidate {
        requireNonNull(type, "type");
        requireNonNull(dateBasis, "dateBasis");
        if (openMark < 0 || openMark > start || start > end || end > closeMark)
            throw new IllegalArgumentException("Bad quote bounds: marks [%d, %d), text [%d, %d)".formatted(openMark, closeMark, start, end));
    }

    /** A newly found quote, not yet attributed or dated. */
    public static Candidate found(int start, int end, int openMark, int closeMark, QuoteType type, boolean closed,
                                  boolean continues) {
        return new Candidate(start, end, openMark, closeMark, type, closed, continues, null, null, null, DateBasis.UNKNOWN);
    }

    /** This quote with the text {@code [newStart, end)}, for a quote that turned out to begin with a speaker label. */
    public Candidate withStart(int newStart) {
        return new Candidate(newStart, end, openMark, closeMark, type, closed, continues, attribution, role, date, dateBasis);
    }

    /** This quote attributed. */
    public Candidate withAttribution(@Nullable Attribution newAttribution) {
        return new Candidate(start, end, openMark, closeMark, type, closed, continues, newAttribution, role, date, dateBasis);
    }

    /** This quote with its speaker's role. */
    public Candidate withRole(@Nullable String newRole) {
        return new Candidate(start, end, openMark, closeMark, type, closed, continues, attribution, newRole, date, dateBasis);
    }

    /** This quote dated. */
    public Candidate withDate(@Nullable LocalDate newDate, DateBasis newBasis) {
        return new Candidate(start, end, openMark, closeMark, type, closed, continues, attribution, role, newDate, newBasis);
    }

    /** The quote's text in {@code text}. */
    public String quote(String text) {
        return text.substring(start, end);
    }
}
