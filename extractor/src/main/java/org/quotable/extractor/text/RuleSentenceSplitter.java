package org.quotable.extractor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quotable.extractor.internal.WordSet;

/**
 * Splits sentences at {@code . ! ?} (and closing quotation marks after them) followed by a space and an upper-case
 * letter, a digit or an opening mark, except after common abbreviations and initials. Immutable and thread-safe.
 */
final class RuleSentenceSplitter implements TextAnalyzer {
    private static final WordSet ABBREVIATIONS = WordSet.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen",
            "lt", "col", "sgt", "capt", "st", "jr", "sr", "no", "vs", "u.s", "u.k", "u.n", "e.u", "inc", "corp", "co",
            "ltd", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "mt", "ft", "rev", "pres",
            "d.c", "a.m", "p.m", "i.e", "e.g", "etc", "approx", "dept", "adm", "maj", "cmdr", "supt", "atty", "calif",
            "fla", "mass", "penn", "wash", "ariz", "ala", "ga", "ky", "la", "mich", "minn", "nev", "okla", "ore", "tenn",
            "tex", "va", "wis", "conn", "colo", "ill", "ind", "kan", "md", "mo", "neb", "pa");

    @Override public Document analyze(String text) {
        var sentences = new ArrayList<Span>();
        for (Span paragraph : Document.paragraphsOf(text)) split(text, paragraph, sentences);
        return new Document(text, sentences);
    }

    static void split(String text, Span paragraph, List<Span> out) {
        int start = paragraph.start();
        int end = paragraph.end();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') continue;
            int j = i + 1;
            while (j < end && isClosing(text.charAt(j))) j++;
            if (j >= end || text.charAt(j) != ' ') continue;
            int k = j + 1;
            if (k >= end) continue;
            char next = text.charAt(k);
            if (!(Character.isUpperCase(next) || Character.isDigit(next) || isOpening(next))) continue;
            if (c == '.' && isAbbreviation(text, start, i)) continue;
            out.add(new Span(start, j));
            start = k;
            i = k - 1;
        }
        if (start < end) out.add(new Span(start, end));
    }

    private static boolean isAbbreviation(String text, int from, int dot) {
        int w = dot;
        while (w > from && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) w--;
        // an initial: "John F. Kennedy" (U+0130 is no initial here: it lower-cases to two chars, as this rule was written)
        if (dot - w == 1 && Character.isUpperCase(text.charAt(w)) && text.charAt(w) != '\u0130') return true;
        if (text.lastIndexOf('.', dot - 1) >= w) return true; // "U.S.", "G.K."
        return ABBREVIATIONS.contains(text, w, dot);
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '«';
    }
}
