package org.quotable.extractor.article;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalizes article text once, in one place, so that every input format gives the same text for the same article
 * and quote offsets index into it reliably. Stateless and thread-safe.
 *
 * <p>The rules: Unicode NFC; line breaks unified; a paragraph ends at a blank line; inside a paragraph every run of
 * whitespace (including single line breaks) becomes one space; paragraphs are trimmed, empty ones dropped, and the
 * rest joined by exactly one blank line ({@code "\n\n"}).
 */
public final class TextNormalizer {
    /** The separator between paragraphs of normalized text. */
    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[\\p{Z}\\s&&[^\\n]]*\\n[\\p{Z}\\s]*");
    // Unicode white space, including no-break spaces; but not zero-width joiners, which are part of words and emoji.
    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\p{Z}\\s\\u0085\\u2028\\u2029\\uFEFF]+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|[\\u2028\\u2029\\u0085]");

    private TextNormalizer() {}

    /** The normalized form of {@code text}; applying it twice changes nothing. */
    public static String normalize(String text) {
        return isNormalized(text) ? text : applyRules(text);
    }

    /** The rules of the class comment, applied one by one. */
    static String applyRules(String text) {
        String unified = LINE_BREAK.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("\n");
        var out = new StringBuilder(unified.length());
        for (String paragraph : BLANK_LINE.split(unified)) {
            String folded = WHITESPACE_RUN.matcher(paragraph).replaceAll(" ").strip();
            if (folded.isEmpty()) continue;
            if (!out.isEmpty()) out.append(PARAGRAPH_SEPARATOR);
            out.append(folded);
        }
        return out.toString();
    }

    /**
     * Whether {@code text} is already in normal form, by one pass over its characters (most article text is, and the
     * rules above then change nothing): paragraphs of characters other than white space and line breaks, words
     * separated by single spaces, no space at either end of a paragraph, paragraphs separated by exactly one blank
     * line ({@code "\n\n"}), and Unicode NFC. When it says no, {@link #normalize} applies the rules.
     */
    static boolean isNormalized(String text) {
        int n = text.length();
        if (n == 0) return true;
        boolean ascii = true;
        char previous = '\n';   // as if a paragraph break came before the text
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (previous == ' ' || previous == '\n') return false;
            } else if (c == '\n') {
                if (previous == ' ') return false;
                if (previous == '\n') return false;  // a line break must be the first of a pair after a word
                if (i + 2 >= n || text.charAt(i + 1) != '\n') return false;
                char next = text.charAt(i + 2);
                if (next == ' ' || next == '\n' || isSpecialSpace(next)) return false;
                i++;   // the pair's second line break; the paragraph goes on at i + 1
                previous = '\n';
                continue;
            } else if (c < 0x20 || c >= 0x7F && (isSpecialSpace(c) || c < 0xA0)) {
                return false;
            } else if (c >= 0x80) {
                ascii = false;
            }
            previous = c;
        }
        if (previous == ' ') return false;
        return ascii || Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    /** Characters other than the ASCII space that the rules treat as white space or a line break. */
    private static boolean isSpecialSpace(char c) {
        if (c < 0x80) return c < 0x20 || c == 0x7F;
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || c == '\u0085' || c == '\uFEFF' || Character.isWhitespace(c);
    }

    /**
     * Joins paragraphs given separately (HTML blocks, JSON arrays) into one normalized text, so that a block
     * boundary is always a paragraph boundary even where a block holds no blank line.
     */
    public static String normalizeParagraphs(Iterable<String> paragraphs) {
        var out = new StringBuilder();
        for (String paragraph : paragraphs) {
            String normalized = normalize(paragraph);
            if (normalized.isEmpty()) continue;
            if (!out.isEmpty()) out.append(PARAGRAPH_SEPARATOR);
            out.append(normalized);
        }
        return out.toString();
    }
}
