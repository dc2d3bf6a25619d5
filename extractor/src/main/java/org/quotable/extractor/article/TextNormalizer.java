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
