package org.quotable.extractor.reported;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A word or a punctuation mark of a sentence, with its place in the article text. Immutable.
 *
 * @param text  the characters as written
 * @param start index of its first char in the article text (a Java string index)
 * @param end   index just past its last char
 * @param word  whether it is a word (letters or digits) rather than a punctuation mark
 */
record Word(String text, int start, int end, boolean word) {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen",
            "lt", "col", "sgt", "capt", "jr", "sr", "st", "rev", "adm", "maj", "cmdr", "atty", "supt", "fr", "pres",
            "messrs", "hon", "no", "vs", "mt", "ft", "sec", "inc", "corp", "co", "ltd", "jan", "feb", "aug", "sept",
            "oct", "nov", "dec", "u.s", "u.n", "u.k", "d.c", "e.u");

    /** The word in lower case. */
    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Whether this is exactly {@code s}. */
    boolean is(String s) {
        return text.equals(s);
    }

    /** Whether this is a word starting with a capital letter. */
    boolean capitalized() {
        return word && Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether this is an opening or closing quotation mark. */
    boolean quoteMark() {
        return !word && ("\"“”‘’«»'".contains(text) || text.equals("''"));
    }

    /** Splits {@code [from, to)} of {@code text} into words and marks; a dot stays on abbreviations and initials. */
    static List<Word> split(String text, int from, int to) {
        var out = new ArrayList<Word>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) { i++; continue; }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < to && (Character.isLetterOrDigit(text.charAt(j)) || Character.getType(text.charAt(j)) == Character.NON_SPACING_MARK
                        || "'’-.&/,".indexOf(text.charAt(j)) >= 0 && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))
                        && (text.charAt(j) != ',' || Character.isDigit(text.charAt(j - 1)) && Character.isDigit(text.charAt(j + 1)))))
                    j++;
                if (j < to && text.charAt(j) == '.') {
                    String w = text.substring(i, j).toLowerCase(Locale.ROOT);
                    if (ABBREVIATIONS.contains(w) || w.length() == 1 && Character.isUpperCase(c) || w.contains(".")) j++;
                }
                out.add(new Word(text.substring(i, j), i, j, true));
                i = j;
            } else {
                int j = i + 1;
                if (c == '-' && j < to && text.charAt(j) == '-') j++; // "--" as a dash
                if (c == '\'' && j < to && text.charAt(j) == '\'') j++; // '' as a double quotation mark
                out.add(new Word(text.substring(i, j), i, j, false));
                i = j;
            }
        }
        return out;
    }
}
