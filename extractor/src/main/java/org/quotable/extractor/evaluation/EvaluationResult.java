package org.quotable.extractor.evaluation;

import java.util.List;

/**
 * The scores of one evaluation run, ready to print or to serialize as a JSON summary. Immutable.
 *
 * @param articles        articles evaluated
 * @param exact           quote matching on equal text (after trimming whitespace, punctuation and marks)
 * @param overlap         quote matching on shared letter/digit tokens, at least half of the longer quote's
 * @param speakerSurname  matched quotes with a proper-name gold speaker whose last name is in the predicted speaker
 * @param speakerFullName the same quotes where the predicted and gold names contain each other
 * @param role            matched quotes whose gold has a role, with one of the gold and predicted roles containing
 *                        the other (ignoring case and a leading article)
 * @param date            matched quotes whose gold has a date, with the same predicted date
 * @param misses          every disagreement, gold order first
 * @param convention      the scoring convention followed
 * @param nonQuotes       the gold set's non-quotations, and how many were extracted and given a speaker
 * @param calibration     confidence against speaker correctness over matched quotes given a speaker
 */
public record EvaluationResult(int articles, Score exact, Score overlap, Accuracy speakerSurname,
                               Accuracy speakerFullName, Accuracy role, Accuracy date, List<Miss> misses,
                               Convention convention, NonQuotes nonQuotes, Calibration calibration) {
    /**
     * Quoted stretches that are not quotations.
     *
     * @param annotated   how many the gold set marks (0 when it marks none)
     * @param extracted   of them, those extracted as quotes
     * @param withSpeaker of those, the ones given a speaker
     */
    public record NonQuotes(int annotated, int extracted, int withSpeaker) {}

    public EvaluationResult {
        misses = List.copyOf(misses);
    }

    /** The disagreements of one kind. */
    public List<Miss> misses(Miss.Kind kind) {
        return misses.stream().filter(m -> m.kind() == kind).toList();
    }
}
