package org.quotable.extractor.evaluation;

/**
 * Which scoring convention an evaluation follows: gold sets annotate speakers differently, and each set's README
 * says how it is scored.
 */
public enum Convention {
    /**
     * Quote-span gold without coreference (PolNeAR style): the gold speaker is the attributing words as written
     * ("he", "Mr. Hale of the council"). Quotes match by exact text or by token overlap; speaker accuracy counts
     * overlap-matched quotes whose gold speaker is a proper name, right when its surname is a word of the predicted
     * speaker.
     */
    SPANS,
    /**
     * Attribution gold (news-attribution style): the gold speaker is the person's or organisation's fullest name in
     * the article, whatever words attribute the quote. Quotes match by exact text ignoring case; speaker accuracy
     * counts exact-matched quotes with any gold speaker, right when the gold name's last word (generational suffixes
     * such as Jr. dropped) is a word of the predicted speaker.
     */
    ATTRIBUTION;

    /** The convention of a gold set: {@link #ATTRIBUTION} when its records say what kind of speaker each one is. */
    public static Convention of(Iterable<GoldQuote> gold) {
        for (GoldQuote g : gold) if (g.speakerType() != null) return ATTRIBUTION;
        return SPANS;
    }
}
