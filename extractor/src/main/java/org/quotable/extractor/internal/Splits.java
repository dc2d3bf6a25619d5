package org.quotable.extractor.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits that the stages run on every quote's words, written as loops that give exactly what the patterns they
 * replace give. Stateless and thread-safe.
 *
 * <p>{@code Pattern.compile("\\s+").split(s)} was about 3 % of an extraction's CPU: the pattern is no single char, so
 * {@link java.util.regex.Pattern#split} runs a matcher over every phrase, and a phrase of one word (the usual case)
 * still pays for it.
 */
public final class Splits {
    private Splits() {}

    /**
     * {@code Pattern.compile("\\s+").split(s)}: the parts between runs of white space ({@code [ \t\n\x0B\f\r]}), with a
     * leading empty part when {@code s} opens with white space and no trailing empty parts; {@code {s}} when
     * {@code s} has no white space (so {@code ""} gives {@code {""}}, and all white space gives no part).
     */
    public static String[] spaces(String s) {
        int n = s.length(), i = 0;
        while (i < n && !isSpace(s.charAt(i))) i++;
        if (i == n) return new String[] {s};
        var parts = new ArrayList<String>();
        int from = 0;
        while (i < n) {
            parts.add(s.substring(from, i));
            while (i < n && isSpace(s.charAt(i))) i++;
            from = i;
            while (i < n && !isSpace(s.charAt(i))) i++;
        }
        parts.add(s.substring(from));
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) size--;
        return parts.subList(0, size).toArray(new String[0]);
    }

    /** {@code \s} of {@link java.util.regex.Pattern} without {@code UNICODE_CHARACTER_CLASS}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The non-empty parts of {@code Pattern.compile("[^\\p{L}\\-]+").split(s)}: the runs of letters ({@code \p{L}},
     * by code point) and hyphens, in order.
     */
    public static List<String> letterRuns(String s) {
        var out = new ArrayList<String>();
        int n = s.length(), i = 0;
        while (i < n) {
            while (i < n && !isLetterOrHyphen(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
            int from = i;
            while (i < n && isLetterOrHyphen(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
            if (i > from) out.add(s.substring(from, i));
        }
        return out;
    }

    private static boolean isLetterOrHyphen(int c) {
        return c == '-' || Character.isLetter(c);
    }

    /**
     * {@code s} without the code points that are neither letters ({@code \p{L}}) nor one of {@code keep}: what
     * {@code Pattern.compile("[^\\p{L}" + keep + "]").matcher(s).replaceAll("")} gives, for marks {@code keep} of
     * the Basic Multilingual Plane ({@code "-"}, {@code "-."}). A word of letters only comes back as it is.
     */
    public static String lettersAnd(String s, String keep) {
        int n = s.length(), i = 0;
        while (i < n && isLetterOr(s.codePointAt(i), keep)) i += Character.charCount(s.codePointAt(i));
        if (i == n) return s;
        var out = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            int c = s.codePointAt(i);
            if (isLetterOr(c, keep)) out.appendCodePoint(c);
            i += Character.charCount(c);
        }
        return out.toString();
    }

    private static boolean isLetterOr(int c, String keep) {
        return Character.isLetter(c) || c < Character.MIN_SUPPLEMENTARY_CODE_POINT && keep.indexOf(c) >= 0;
    }

    /**
     * {@code s} without the code points that are neither letters ({@code \p{L}}) nor numbers ({@code \p{N}}): what
     * {@code Pattern.compile("[^\\p{L}\\p{N}]+").matcher(s).replaceAll("")} gives.
     */
    public static String lettersAndNumbers(String s) {
        var out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (isLetterOrNumber(c)) out.appendCodePoint(c);
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** {@code [\p{L}\p{N}]}: the general categories the pattern's classes name. */
    public static boolean isLetterOrNumber(int c) {
        if (c < 0x80) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
