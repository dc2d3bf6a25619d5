package org.quotable.extractor.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.quotable.extractor.internal.Lexicon;
import org.quotable.extractor.internal.WordSet;

/**
 * Finds the attribution clause next to a quote ({@code Merz said}, {@code said Rep. Dana Holt (R-Ohio)},
 * {@code Rustem Umerov, Zelensky's senior security official, noted}) by scanning the words once for a reporting verb
 * and taking the noun phrase on the right side of it. Stateless and thread-safe.
 */
final class Clause {
    private Clause() {}

    /** The words that name the speaker, an appositive beside them, and the reporting verb phrase. */
    record Found(String mention, @Nullable String appositive, String cue, boolean inverted, int verbDistance) {}

    /** A word or a punctuation mark of a context. */
    record Token(String text, boolean word) {
        boolean is(String s) { return text.equals(s); }
        boolean stop() { return !word && ".;:!?\"“”‘’«»…[]".contains(text); }
    }

    private static final Set<String> AUX = Set.of("has", "had", "have", "would", "will", "was", "is", "also", "later",
            "then", "again", "once", "further", "previously", "earlier", "recently", "simply", "just", "only", "repeatedly",
            "reportedly", "already", "never", "often", "still", "even", "told", "did", "does", "may", "might",
            "could", "should", "can", "not", "first", "last", "twice");
    private static final WordSet OPENERS = WordSet.of("that", "and", "but", "which", "who", "when", "while", "as",
            "because", "if", "after", "before", "since", "where", "although", "though", "so", "whom", "whose", "what",
            "how", "why", "until", "unless", "whether", "despite", "than", "or", "nor", "yet");
    private static final WordSet ABBREVIATIONS = WordSet.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen",
            "lt", "col", "sgt", "capt", "jr", "sr", "st", "rev", "del", "adm", "maj", "cmdr", "atty", "supt", "fr", "pres",
            "messrs", "hon", "no", "vs", "mt", "ft", "sec",
            // months as news style abbreviates them: "told reporters on Nov. 4 that"
            "jan", "feb", "aug", "sept", "oct", "nov", "dec");

    /** An auxiliary or an adverb between the speaker and the verb: "has", "later", "tearfully". */
    private static boolean isAux(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return AUX.contains(w) || w.length() > 5 && w.endsWith("ly") && Character.isLowerCase(word.charAt(0));
    }

    /**
     * Where the word starting at {@code start} ends: letters and digits, and the marks that join two of them
     * ("don't", "U.S", "AT&T", "left-leaning"); whether a final dot belongs to it is each tokenizer's own rule.
     */
    static int wordEnd(String text, int start) {
        int j = start + 1, n = text.length();
        while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || "'’-.&/".indexOf(text.charAt(j)) >= 0
                && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1)))) j++;
        return j;
    }

    // The one-char strings of ASCII, made once: tokenize makes a token of every mark of every quote's context.
    private static final String[] ONE_CHAR = new String[128];
    static {
        for (char c = 0; c < ONE_CHAR.length; c++) ONE_CHAR[c] = String.valueOf(c);
    }

    /** Splits a context into words and punctuation; a dot stays on abbreviations and initials ("Rep.", "G.K."). */
    static List<Token> tokenize(String text) {
        var out = new ArrayList<Token>();
        int i = 0, n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            if (Character.isLetterOrDigit(c)) {
                int j = wordEnd(text, i);
                if (j < n && text.charAt(j) == '.') {
                    String w = text.substring(i, j);
                    char after = j + 1 < n ? text.charAt(j + 1) : ' ';
                    if (ABBREVIATIONS.contains(w) || w.length() == 1 && Character.isUpperCase(c)
                            || w.contains(".") || after == ',' || after == ')' || after == ';') j++;
                }
                if (j > i + 1 && (text.charAt(j - 1) == '\'' || text.charAt(j - 1) == '’')) j--;
                out.add(new Token(text.substring(i, j), true));
                i = j;
            } else {
                out.add(new Token(c < ONE_CHAR.length ? ONE_CHAR[c] : String.valueOf(c), false));
                i++;
            }
        }
        return out;
    }

    private static final Set<String> NOT_SUBJECT_START = Set.of("to", "in", "on", "at", "for", "with", "from", "by", "of",
            "and", "or", "but", "as", "into", "onto", "than", "then", "about", "over", "under", "across", "through",
            "during", "since", "until", "without", "against", "between", "among", "around", "is", "was", "are", "were",
            "be", "been", "has", "have", "had", "it", "its", "this", "that", "these", "those", "there", "here", "not");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "his", "her", "their", "its",
            "our", "my", "your", "no", "any", "every", "each", "some", "another");

    private static boolean isVerb(Token t) {
        return t.word() && Character.isLowerCase(t.text().charAt(0)) && Lexicon.isReportingVerb(t.text());
    }

    /** A reporting verb in use: not a noun after a determiner ("a call", "his remarks"); "put it" counts. */
    private static boolean isVerb(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.is("put") && i + 1 < tokens.size() && tokens.get(i + 1).is("it")) return true;
        if (!isVerb(t)) return false;
        if (i == 0) return true;
        Token previous = tokens.get(i - 1);
        String p = previous.text().toLowerCase(Locale.ROOT);
        return !(previous.word() && (DETERMINERS.contains(p) || p.endsWith("'s") || p.endsWith("’s")));
    }

    /** {@code "…," X said} or {@code "…," said X}: the clause right after a quote. */
    static @Nullable Found after(String context) {
        List<Token> tokens = tokenize(context);
        int i = 0;
        while (i < tokens.size() && !tokens.get(i).word() && !tokens.get(i).is("(")) i++;
        if (i < tokens.size() && isOpener(tokens.get(i))) return null;
        // The subject of an attribution starts right after the quote: a name, a pronoun, a determiner or the verb.
        if (i < tokens.size()) {
            Token first = tokens.get(i);
            String lower = first.text().toLowerCase(Locale.ROOT);
            // "“…,” it says": a body (or its statement) speaking; "it" before anything but a reporting verb is no subject.
            boolean fits = !first.word() || !NOT_SUBJECT_START.contains(lower)
                    || lower.equals("it") && i + 1 < tokens.size() && isVerb(tokens, i + 1);
            if (!fits) {
                // "''…'' of the new proposals, Mr. Hale said": skip a phrase that finishes the sentence.
                int comma = i;
                while (comma < tokens.size() && comma < i + 10 && !tokens.get(comma).is(",") && !tokens.get(comma).stop()) comma++;
                if (comma >= tokens.size() || !tokens.get(comma).is(",") || !FINISHING_PREPOSITIONS.contains(lower))
                    return null;
                i = comma + 1;
            }
        }
        int words = 0;
        int depth = 0;
        for (int j = i; j < tokens.size() && words < 36; j++) {
            Token t = tokens.get(j);
            if (t.is("(")) depth++;
            if (t.is(")")) depth = Math.max(0, depth - 1);
            if (depth > 0) continue;
            if (t.stop()) return null;
            if (!t.word()) continue;
            words++;
            if (!isVerb(tokens, j)) continue;
            String cue = cue(tokens, j);
            if (j == i) {
                String mention = phrase(tokens, j + 1 + cueLength(tokens, j), true);
                if (mention.isEmpty()) return null;
                String appositive = appositiveAfter(tokens, j + 1 + cueLength(tokens, j));
                return new Found(mention, appositive, cue, true, 0);
            }
            // The subject: everything between the quote and the verb, minus auxiliaries; commas set off an appositive.
            int end = j;
            while (end > i && tokens.get(end - 1).word() && isAux(tokens.get(end - 1).text())) end--;
            List<List<Token>> segments = segments(tokens, i, end);
            if (segments.isEmpty()) return null;
            String head = join(segments.get(0));
            String appositive = segments.size() > 1 ? join(segments.get(1)) : null;
            if (head.isEmpty()) return null;
            return new Found(head, appositive, cue, false, 0);
        }
        return null;
    }

    /** The marks that end the clauses {@link #before} reads: it walks back from the end and stops at the last one. */
    private static final String BREAKS = ".!?;\"“”";

    /**
     * The tokens of {@code context} that {@link #before} can read: those from the white space before its last
     * {@link #BREAKS} mark on, when that mark is a token there; else all of them. The words before that mark are
     * never read, and tokenizing them was most of the work: a quote's context is up to 400 chars, its last clause
     * a few words. The tail's tokens are the whole context's from there on: no token holds white space, and the
     * tokenizer looks only forward.
     */
    static List<Token> tokensFromLastBreak(String context) {
        int mark = -1;
        for (int i = context.length() - 1; i >= 0 && mark < 0; i--) if (BREAKS.indexOf(context.charAt(i)) >= 0) mark = i;
        int space = mark;
        while (space >= 0 && !Character.isWhitespace(context.charAt(space))) space--;
        if (space < 0) return tokenize(context);
        List<Token> tail = tokenize(context.substring(space + 1));
        for (Token t : tail) if (!t.word() && BREAKS.contains(t.text())) return tail;
        return tokenize(context);   // the mark was part of a word ("U.S", "Rep."): no break in the tail
    }

    /** {@code X said: "…"}, {@code X told Reuters "…"}, {@code X described it as "…"}: the candidate clauses, nearest first. */
    static List<Found> before(String context) {
        List<Token> tokens = tokensFromLastBreak(context);
        var found = new ArrayList<Found>();
        for (int j = tokens.size() - 1; j >= 0; j--) {
            Token at = tokens.get(j);
            // A clause in an earlier sentence does not introduce this quote.
            if (!at.word() && BREAKS.contains(at.text())) break;
            if (!isVerb(tokens, j)) continue;
            int end = j;
            while (end > 0 && tokens.get(end - 1).word() && isAux(tokens.get(end - 1).text())) end--;
            int start = end;
            while (start > 0) {
                Token t = tokens.get(start - 1);
                if (t.stop() || isVerb(t)) break;
                // ", who runs the campaign," is part of an appositive: walk over it.
                boolean relative = isOpener(t) && start >= 2 && tokens.get(start - 2).is(",")
                        && RELATIVES.contains(t.text());
                // "Karl Osei, a law professor and senior fellow at the institute, said": a conjunction followed by
                // the comma that closes an appositive joins two nouns of the appositive; it does not open a clause.
                boolean coordinated = (t.is("and") || t.is("or")) && hasComma(tokens, start, end);
                if (isOpener(t) && !relative && !coordinated) break;
                start--;
            }
            String cue = cue(tokens, j);
            int distance = tokens.size() - j;
            boolean participle = tokens.get(j).text().endsWith("ing");
            boolean afterComma = end > 0 && tokens.get(end - 1).is(",");
            if (participle && !afterComma && end > start) {
                // "footage of Trump saying": the subject is the noun phrase right before the participle.
                int k = end;
                while (k > start && !isPreposition(tokens.get(k - 1))) k--;
                found.add(new Found(join(tokens.subList(k, end)), null, cue, false, distance));
                continue;
            }
            List<List<Token>> segments = segments(tokens, start, end);
            if (segments.isEmpty()) continue;
            if (participle && afterComma) {
                // "Varga stepped onto the podium, shouting": the subject of the sentence, the first clause opening
                // with a name or a pronoun.
                int sentence = j;
                while (sentence > 0 && !tokens.get(sentence - 1).stop()) sentence--;
                for (List<Token> segment : segments(tokens, sentence, end)) {
                    int k = 0;
                    while (k < segment.size() && segment.get(k).word() && (Character.isUpperCase(segment.get(k).text().charAt(0))
                            && !Lexicon.isNotName(segment.get(k).text()) || k == 0 && Lexicon.isPronoun(segment.get(k).text()))) k++;
                    if (k > 0) {
                        found.add(new Found(join(segment.subList(0, k)), null, cue, false, distance + 5));
                        break;
                    }
                }
                continue;
            }
            List<Token> last = segments.get(segments.size() - 1);
            if (!last.isEmpty()) found.add(new Found(join(last), null, cue, false, distance));
            // "A, B, said" or "A, said": A is the subject and B its appositive; the sentence's first part first.
            for (int k = 0; k <= segments.size() - 2; k++) {
                List<Token> next = segments.get(k + 1);
                found.add(new Found(join(segments.get(k)), next.isEmpty() ? null : join(next), cue, false, distance));
            }
        }
        return found;
    }

    /**
     * {@code Schiff said. "…"}: the sentence before the quote ends with its attribution clause; the nearest such
     * clause, or null.
     */
    static @Nullable Found previousSentence(String context) {
        List<Token> tokens = tokenize(context);
        int k = tokens.size() - 1;
        if (k < 1 || !tokens.get(k).is(".")) return null;
        int verb = k - 1;
        // "said on Tuesday.", "said Friday."
        while (verb > 0 && verb > k - 4 && !isVerb(tokens, verb) && tokens.get(verb).word()) verb--;
        if (!isVerb(tokens, verb)) return null;
        List<Found> found = before(join(tokens.subList(0, verb + 1)));
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * {@code X called the plan reckless. "…"}: the sentence before the quote reports what someone said or
     * thought of something, with its reporting verb anywhere; the subject of its first reporting verb, or null.
     */
    static @Nullable Found previousStatement(String context) {
        List<Token> tokens = tokenize(context);
        int k = tokens.size() - 1;
        if (k < 1 || !tokens.get(k).is(".")) return null;
        int start = k;
        while (start > 0 && !tokens.get(start - 1).stop()) start--;
        for (int verb = start + 1; verb < k; verb++) {
            if (!isVerb(tokens, verb) || tokens.get(verb).text().endsWith("ing")) continue;
            List<Found> found = before(join(tokens.subList(start, verb + 1)));
            return found.isEmpty() ? null : found.get(0);
        }
        return null;
    }

    /** The subject of the sentence ending {@code context}: its first part that opens with a name; or null. */
    static @Nullable Found subject(String context) {
        List<Token> tokens = tokenize(context);
        int end = tokens.size();
        int sentence = end;
        while (sentence > 0 && !(tokens.get(sentence - 1).stop() && !tokens.get(sentence - 1).is(":"))) sentence--;
        for (List<Token> segment : segments(tokens, sentence, end - 1)) {
            int k = 0;
            while (k < segment.size() && segment.get(k).word() && Character.isUpperCase(segment.get(k).text().charAt(0))
                    && !Lexicon.isNotName(segment.get(k).text())) k++;
            if (k > 0 && (k == segment.size() || Character.isLowerCase(segment.get(k).text().charAt(0))))
                return new Found(join(segment.subList(0, k)), null, "", false, 0);
        }
        return null;
    }

    private static boolean hasComma(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) if (tokens.get(k).is(",")) return true;
        return false;
    }

    // Made once: a Set.of(...) in a method is built again on every call, and these run per token of every context.
    private static final Set<String> FINISHING_PREPOSITIONS = Set.of("of", "about", "on", "for", "to");
    private static final Set<String> RELATIVES = Set.of("who", "which", "whose");
    private static final Set<String> PREPOSITIONS = Set.of("of", "with", "in", "at", "for", "from", "by", "on", "to",
            "about", "showing", "shows");

    private static boolean isPreposition(Token t) {
        return t.word() && PREPOSITIONS.contains(t.text());
    }

    private static boolean isOpener(Token t) {
        return t.word() && OPENERS.contains(t.text()) && Character.isLowerCase(t.text().charAt(0));
    }

    private static boolean isAppositive(List<Token> segment) {
        if (segment.isEmpty()) return false;
        String first = segment.get(0).text().toLowerCase(Locale.ROOT);
        return first.equals("the") || first.equals("a") || first.equals("an") || first.endsWith("'s") || first.endsWith("’s")
                || first.equals("his") || first.equals("her") || first.equals("their") || Lexicon.isRoleNoun(first);
    }

    /** Comma-separated segments of {@code [from, to)}, parenthesised words dropped. */
    private static List<List<Token>> segments(List<Token> tokens, int from, int to) {
        var out = new ArrayList<List<Token>>();
        var current = new ArrayList<Token>();
        int depth = 0;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.is("(")) { depth++; continue; }
            if (t.is(")")) { depth = Math.max(0, depth - 1); continue; }
            if (depth > 0) continue;
            if (t.is(",") || t.is("―") || t.is("—") || t.is("–") || t.is("-") && current.isEmpty()) {
                out.add(current);
                current = new ArrayList<>();
                continue;
            }
            if (t.stop()) return List.of();
            current.add(t);
        }
        out.add(current);
        while (out.size() > 1 && out.get(0).isEmpty()) out.remove(0);
        for (List<Token> s : out) if (s.size() > 25) return List.of();
        if (!out.isEmpty() && out.get(out.size() - 1).size() > 12 && out.size() == 1) return List.of();
        return out;
    }

    /** The noun phrase after {@code from}, up to the first comma or stop, parentheses dropped. */
    private static String phrase(List<Token> tokens, int from, boolean first) {
        var words = new ArrayList<Token>();
        int depth = 0;
        for (int k = from; k < tokens.size() && words.size() < 14; k++) {
            Token t = tokens.get(k);
            if (t.is("(")) { depth++; continue; }
            if (t.is(")")) { depth = Math.max(0, depth - 1); continue; }
            if (depth > 0) continue;
            if (t.is(",") || t.stop()) break;
            words.add(t);
        }
        return join(words);
    }

    private static @Nullable String appositiveAfter(List<Token> tokens, int from) {
        int k = from;
        int depth = 0;
        while (k < tokens.size()) {
            Token t = tokens.get(k);
            if (t.is("(")) depth++;
            else if (t.is(")")) depth = Math.max(0, depth - 1);
            else if (depth == 0 && (t.is(",") || t.stop())) break;
            k++;
        }
        if (k >= tokens.size() || !tokens.get(k).is(",")) return null;
        String app = phrase(tokens, k + 1, false);
        return app.isEmpty() ? null : app;
    }

    private static int cueLength(List<Token> tokens, int verb) {
        String v = tokens.get(verb).text().toLowerCase(Locale.ROOT);
        if (!v.equals("told") && !v.startsWith("tell")) return 0;
        if (verb + 1 < tokens.size() && tokens.get(verb + 1).word()) {
            String next = tokens.get(verb + 1).text().toLowerCase(Locale.ROOT);
            if (next.equals("reporters") || next.equals("journalists") || next.equals("me") || next.equals("us")) return 1;
        }
        return 0;
    }

    private static String cue(List<Token> tokens, int verb) {
        String v = tokens.get(verb).text();
        String lower = v.toLowerCase(Locale.ROOT);
        if ((lower.equals("told") || lower.startsWith("tell")) && verb + 1 < tokens.size() && tokens.get(verb + 1).word()) {
            // The hearer: "told reporters", "told CNN", "told the BBC", "told the committee", "told The New York Times".
            var cue = new StringBuilder(v);
            boolean afterThe = false;
            for (int k = verb + 1; k < tokens.size() && k <= verb + 4; k++) {
                Token t = tokens.get(k);
                if (!t.word()) break;
                boolean upper = Character.isUpperCase(t.text().charAt(0));
                if (k > verb + 1 && !upper && !afterThe) break;
                cue.append(' ').append(t.text());
                afterThe = t.text().equalsIgnoreCase("the") && !afterThe;
                if (!upper && !afterThe) break;
            }
            return cue.toString();
        }
        if (verb + 2 < tokens.size() && tokens.get(verb + 1).is("in") && tokens.get(verb + 2).is("a")
                && verb + 3 < tokens.size() && tokens.get(verb + 3).is("statement")) return v + " in a statement";
        return v;
    }

    static String join(List<Token> tokens) {
        var out = new StringBuilder();
        for (Token t : tokens) {
            if (!out.isEmpty() && t.word()) out.append(' ');
            out.append(t.text());
        }
        return out.toString().strip();
    }
}
