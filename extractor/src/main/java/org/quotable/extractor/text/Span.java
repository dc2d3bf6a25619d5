package org.quotable.extractor.text;

/**
 * A stretch {@code [start, end)} of an article's text, in UTF-16 char indexes (Java string indexes). Immutable.
 *
 * @param start index of the first char
 * @param end   index just past the last char
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start)
            throw new IllegalArgumentException("Bad span [%d, %d)".formatted(start, end));
    }

    /** Whether {@code index} lies inside this span. */
    public boolean contains(int index) {
        return index >= start && index < end;
    }

    /** The number of chars in the span. */
    public int length() {
        return end - start;
    }
}
