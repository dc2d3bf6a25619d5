package org.quotable.extractor.position;

/**
 * Converts Java string indexes of one text to code point offsets. Queries in increasing order cost one pass over
 * the text in total; a query behind the last one restarts from the beginning. Not thread-safe: one per use.
 */
public final class CodePointOffsets {
    private final String text;
    private int charIndex;
    private int codePoints;

    /** Offsets into {@code text}. */
    public CodePointOffsets(String text) {
        this.text = text;
    }

    /** The number of code points before the char at {@code index}. */
    public int codePointIndex(int index) {
        if (index < 0 || index > text.length())
            throw new IndexOutOfBoundsException("Index " + index + " outside a text of " + text.length() + " chars");
        if (index < charIndex) {
            charIndex = 0;
            codePoints = 0;
        }
        codePoints += text.codePointCount(charIndex, index);
        charIndex = index;
        return codePoints;
    }
}
