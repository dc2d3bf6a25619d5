package org.quotable.extractor.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotable.extractor.internal.Lexicon;
import org.quotable.extractor.pipeline.Candidate;
import org.quotable.extractor.pipeline.ExtractionStage;
import org.quotable.extractor.pipeline.ExtractionState;
import org.quotable.extractor.text.Document;
import org.quotable.extractor.text.Span;
import org.quotable.schema.QuoteType;

/**
 * The first stage: finds the quotations of an article and tells direct quotes from partial ones. Immutable and
 * thread-safe; one pass over each paragraph.
 *
 * <ul>
 *   <li>Double marks: straight {@code "…"}, curly {@code “…”}, {@code „…“}, guillemets and the doubled apostrophe
 *       {@code ''…''} of some wire copy; single marks {@code ‘…’} and {@code '…'} outside double quotes (British
 *       style and headlines), never mistaking apostrophes ({@code don't}, {@code Kyiv's}, {@code '90s}).</li>
 *   <li>Single quotes inside double quotes are nested quotes and stay part of the outer quote.</li>
 *   <li>A quote never crosses a paragraph boundary. A paragraph that opens a quote and does not close it is
 *       continued when the next paragraph opens with a mark: each paragraph's part becomes its own quote, the later
 *       ones marked as continuing. An unclosed quote with no continuation ends at its paragraph's end.</li>
 *   <li>Quoted titles ({@code the book "The Art of the Deal"}, {@code the so-called "deal"}) are left out.</li>
 * </ul>
 */
public final class QuoteFinder implements ExtractionStage {
    private static final Set<String> TITLE_CUES = Set.of("titled", "entitled", "dubbed", "so-called", "nicknamed",
            "headlined", "book", "film", "movie", "song", "show", "album", "slogan", "hashtag", "phrase", "word",
            "term", "motto", "banner", "operation", "headline", "series",
            "program", "programme", "magazine", "newspaper", "article", "essay", "column", "op-ed", "novel", "poem",
            "commentary", "editorial", "documentary", "podcast", "memoir", "musical", "sitcom", "competition", "contest",
            "campaign", "tagline", "chant", "anthem", "lyric", "lyrics", "formula", "doctrine", "policy");
    // Compiled once, not per call: these run for every quotation mark.
    private static final java.util.regex.Pattern CLIPPED_WORD = java.util.regex.Pattern.compile("\\d0s|\\d\\ds|\\d\\d|em|til|tis|twas|cause|n|bout|round");
    private static final java.util.regex.Pattern TRAILING_STOPS = java.util.regex.Pattern.compile("[.,!?]+$");
    private static final java.util.regex.Pattern ENDS_SENTENCE = java.util.regex.Pattern.compile(".*[.!?]\\W*$");
    private static final java.util.regex.Pattern HAS_LY_ADVERB = java.util.regex.Pattern.compile("(?s).*\\p{L}{2,}ly\\b.*");
    private static final java.util.regex.Pattern TRAILING_PUNCTUATION = java.util.regex.Pattern.compile("[.,!?:;\"“”'‘’]+$");
    private static final java.util.regex.Pattern INNER_SENTENCE_END = java.util.regex.Pattern.compile(".*[.!?;]\\s.*");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern PRONOUN_OR_NEGATION = java.util.regex.Pattern.compile("(?i)(i|we|you|he|she|they|it)(['’](re|m|s|ll|ve|d))?|\\p{L}+n['’]t");
    private static final java.util.regex.Pattern LEADING_OPENERS = java.util.regex.Pattern.compile("^[(\"“‘']+");
    private static final Set<String> TERM_DETERMINERS = Set.of("the", "a", "an");
    // Words that may follow a quoted term without making it a modifier of a noun: "a “deal” that …", "the “plan” he …".
    private static final Set<String> NOT_HEAD_NOUNS = Set.of("and", "or", "but", "nor", "that", "which", "who", "whom",
            "whose", "he", "she", "it", "they", "we", "i", "you", "is", "was", "are", "were", "be", "been", "has", "have",
            "had", "will", "would", "could", "should", "can", "may", "might", "must", "do", "does", "did", "not", "said",
            "says", "told", "in", "on", "at", "to", "for", "of", "with", "by", "from", "as", "than", "about", "into",
            "after", "before", "over", "under", "if", "when", "while", "because", "so", "then", "now", "also", "only",
            "even", "just", "yet", "still", "there", "here", "this", "these", "those", "again", "too", "ago", "since");

    @Override public String name() { return "quotes"; }

    @Override public ExtractionState apply(ExtractionState state) {
        return state.withCandidates(find(state.document()));
    }

    /** The quotes of a document, in text order. */
    public List<Candidate> find(Document document) {
        String text = document.text();
        var out = new ArrayList<Candidate>();
        boolean carried = false;
        List<Span> paragraphs = document.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            Span paragraph = paragraphs.get(p);
            var raw = new ArrayList<Raw>();
            boolean unclosed = doubleQuotes(text, paragraph, raw);
            singleQuotes(text, paragraph, raw);
            raw.sort((a, b) -> Integer.compare(a.openMark, b.openMark));
            for (int i = 0; i < raw.size(); i++) {
                Raw r = raw.get(i);
                boolean continues = carried && i == 0 && r.openMark == paragraph.start();
                Candidate c = classify(document, r, continues);
                if (c != null) out.add(c);
            }
            carried = unclosed && p + 1 < paragraphs.size() && isOpeningMarkAt(text, paragraphs.get(p + 1).start());
        }
        return out;
    }

    /** A quoted stretch before classification: marks and trimmed content. */
    private record Raw(int openMark, int start, int end, int closeMark, boolean closed) {}

    /** Adds the double-quoted stretches of a paragraph; returns whether the paragraph leaves a quote open. */
    private static boolean doubleQuotes(String text, Span paragraph, List<Raw> out) {
        int open = -1, openLength = 0;
        int end = paragraph.end();
        for (int i = paragraph.start(); i < end; i++) {
            char c = text.charAt(i);
            int length = 1;
            boolean straight;
            if (c == '“' || c == '„' || c == '«') {
                straight = false;
                if (open >= 0) add(text, open, openLength, i, 0, false, out); // the earlier quote was never closed
                open = i;
                openLength = 1;
                continue;
            } else if (c == '”' || c == '»') {
                straight = false;
            } else if (c == '"') {
                if (i > 0 && text.charAt(i - 1) == '=') continue; // markup: tweet-date="…"
                straight = true;
            } else if (c == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') {
                straight = true;
                length = 2;
            } else {
                continue;
            }
            if (open < 0) {
                boolean opens = straight && i + length < end && !Character.isWhitespace(text.charAt(i + length));
                // " We are ready, " said…: a space inside the marks, the mark itself after a space or opening the paragraph.
                if (!opens && straight && i + length + 1 < end && text.charAt(i + length) == ' '
                        && Character.isLetterOrDigit(text.charAt(i + length + 1))
                        && (i == paragraph.start() || Character.isWhitespace(text.charAt(i - 1)))) opens = true;
                if (opens) {
                    open = i;
                    openLength = length;
                }
            } else {
                boolean precededBySpace = i > 0 && Character.isWhitespace(text.charAt(i - 1));
                boolean followedByWord = i + length < end && Character.isLetterOrDigit(text.charAt(i + length));
                if (straight && precededBySpace && followedByWord) {
                    // "…" "…": a new quote opens; the previous one was never closed.
                    add(text, open, openLength, i, 0, false, out);
                    open = i;
                    openLength = length;
                } else {
                    add(text, open, openLength, i, length, true, out);
                    open = -1;
                }
            }
            i += length - 1;
        }
        if (open >= 0) {
            add(text, open, openLength, end, 0, false, out);
            return true;
        }
        return false;
    }

    private static void add(String text, int open, int openLength, int close, int closeLength, boolean closed, List<Raw> out) {
        int start = open + openLength;
        int end = close;
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (!hasWord(text, start, end)) return;
        out.add(new Raw(open, start, end, close + closeLength, closed));
    }

    /** Adds single-quoted stretches that lie outside every double-quoted one. */
    private static void singleQuotes(String text, Span paragraph, List<Raw> out) {
        // The double-quoted stretches are disjoint and in text order (doubleQuotes adds them as it scans), so one
        // cursor that moves forward with i tells whether i is inside one: linear in the paragraph, where asking
        // every stretch for every character was quadratic (issue 9: 100,000 quotes in one paragraph took minutes).
        var doubles = List.copyOf(out);
        int inside = 0;
        int end = paragraph.end();
        int open = -1;
        for (int i = paragraph.start(); i < end; i++) {
            while (inside < doubles.size() && doubles.get(inside).closeMark <= i) inside++;
            if (inside < doubles.size() && doubles.get(inside).openMark <= i) {
                open = -1;
                continue;
            }
            char c = text.charAt(i);
            if (c != '‘' && c != '’' && c != '\'') continue;
            if (c == '\'' && ((i + 1 < end && text.charAt(i + 1) == '\'') || (i > 0 && text.charAt(i - 1) == '\''))) continue;
            boolean before = i == paragraph.start() || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '.' && text.charAt(i - 1) != ',';
            boolean after = i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1));
            if (open < 0) {
                if (c != '’' && before && after && !isElision(text, i + 1, end)) open = i;
            } else {
                boolean closes = !before && (i + 1 >= end || !Character.isLetterOrDigit(text.charAt(i + 1)));
                if (closes) {
                    add(text, open, 1, i, 1, true, out);
                    open = -1;
                } else if (c == '‘' && before && after) {
                    open = i;
                }
            }
        }
    }

    private static boolean isElision(String text, int from, int end) {
        int to = from;
        while (to < end && Character.isLetterOrDigit(text.charAt(to))) to++;
        String word = text.substring(from, to).toLowerCase(Locale.ROOT);
        return CLIPPED_WORD.matcher(word).matches();
    }

    private static boolean hasWord(String text, int start, int end) {
        for (int i = start; i < end; i++) if (Character.isLetterOrDigit(text.charAt(i))) return true;
        return false;
    }

    private static boolean isOpeningMarkAt(String text, int index) {
        char c = text.charAt(index);
        return c == '“' || c == '"' || c == '„' || c == '«' || c == '‘' || (c == '\'' && index + 1 < text.length() && text.charAt(index + 1) == '\'');
    }

    /** Decides direct or partial, and drops quoted titles; null when the stretch is not a quotation. */
    private static Candidate classify(Document document, Raw r, boolean continues) {
        String text = document.text();
        Span sentence = document.sentenceAt(r.openMark);
        int from = Math.max(Math.min(sentence.start(), r.openMark), document.paragraphAt(r.openMark).start());
        String before = text.substring(from, r.openMark).stripTrailing();
        String content = text.substring(r.start, r.end);
        String lastWord = lastWord(before);
        if (TITLE_CUES.contains(lastWord) || lastWord.equals("the") && isTitleCase(content)) return null;
        if (isTitleCase(content) && !isHeadline(text, sentence, r)) return null;
        // "the set of "Fargo,"", "said on "Tonight."": a name or two after a preposition is a title, not words said.
        if (wordCount(content) <= 2 && isCapitalized(content) && TITLE_PREPOSITIONS.contains(lastWord)) return null;
        if (content.startsWith("(") && TRAILING_STOPS.matcher(content).replaceAll("").endsWith(")")) return null; // "(CROSSTALK.)"
        if (isTermModifier(text, r, lastWord, content)) return null; // the "one market, one rule" approach
        int words = wordCount(content);
        if (words == 1 && isNickname(text, r)) return null; // Robert "Bob" Hale
        boolean upper = startsUpper(content);
        char last = content.charAt(content.length() - 1);
        QuoteType type;
        if (continues || before.isEmpty() || endsClause(before)) type = upper || words >= 4 ? QuoteType.DIRECT : QuoteType.PARTIAL;
        else if ((lastWord.equals("that") || Lexicon.isReportingVerb(lastWord)) && words >= 4) type = QuoteType.DIRECT;
        else if (upper && (last == '.' || last == '?' || last == '!') && words >= 2) type = QuoteType.DIRECT;
        else type = QuoteType.PARTIAL;
        return Candidate.found(r.start, r.end, r.openMark, r.closeMark, type, r.closed, continues);
    }

    /**
     * A short quoted term between a determiner and the noun it modifies ({@code the “open skies” policy}, {@code a
     * “zero tolerance” approach}) names an idea, not words someone said there: nothing but a noun can follow it. A
     * single quoted word there, an evaluation ({@code an “extremely constructive” meeting}) or a possessive before it
     * ({@code their “historic” deal}) is someone's epithet and stays.
     */
    private static boolean isTermModifier(String text, Raw r, String lastWord, String content) {
        if (!TERM_DETERMINERS.contains(lastWord) || wordCount(content) < 2 || wordCount(content) > 5 || ENDS_SENTENCE.matcher(content).matches()) return false;
        // "their “extremely constructive” efforts", "a “deeply worrying” trend": an evaluation is someone's words.
        if (HAS_LY_ADVERB.matcher(content).matches()) return false;
        if (r.closeMark >= text.length() || text.charAt(r.closeMark) != ' ') return false;
        int from = r.closeMark + 1;
        int to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to))) to++;
        if (to == from || to < text.length() && text.charAt(to) == '\'') return false;
        String next = text.substring(from, to);
        return Character.isLowerCase(next.charAt(0)) && !next.endsWith("ly") && !next.endsWith("ed")
                && !NOT_HEAD_NOUNS.contains(next);
    }

    /** A one-word quote between two capitalised words is a nickname, not a quotation. */
    private static boolean isNickname(String text, Raw r) {
        int b = r.openMark - 1;
        while (b >= 0 && text.charAt(b) == ' ') b--;
        int a = r.closeMark;
        while (a < text.length() && text.charAt(a) == ' ') a++;
        return b >= 0 && a < text.length() && b < r.openMark - 1 && a > r.closeMark
                && Character.isUpperCase(text.charAt(a)) && (Character.isLetter(text.charAt(b)) || text.charAt(b) == '.')
                && upperWordEndingAt(text, b);
    }

    private static boolean upperWordEndingAt(String text, int end) {
        int i = end;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) i--;
        return Character.isUpperCase(text.charAt(i));
    }

    private static boolean endsClause(String before) {
        char last = before.charAt(before.length() - 1);
        return last == ':' || last == ',' || last == ';' || last == '—' || last == '–' || last == '-' || last == '('
                || last == '.' || last == '?' || last == '!' || last == '"' || last == '”' || last == '\'' || last == '…';
    }

    private static String lastWord(String before) {
        int end = before.length();
        while (end > 0 && (before.charAt(end - 1) == ',' || before.charAt(end - 1) == ' ')) end--;
        int start = end;
        while (start > 0 && (Character.isLetter(before.charAt(start - 1)) || before.charAt(start - 1) == '-')) start--;
        return before.substring(start, end).toLowerCase(Locale.ROOT);
    }

    static int wordCount(String content) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < content.length(); i++) {
            boolean letter = Character.isLetterOrDigit(content.charAt(i));
            if (letter && !in) words++;
            in = letter;
        }
        return words;
    }

    private static boolean startsUpper(String content) {
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (Character.isLetterOrDigit(c)) return Character.isUpperCase(c) || Character.isDigit(c);
        }
        return false;
    }

    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "in",
            "on", "at", "to", "for", "with", "by", "from", "as", "vs", "via", "into", "per");

    /** "The Art of the Deal": every word capitalised but the small ones, at least two words, no sentence inside. */
    static boolean isTitleCase(String content) {
        if (lowercaseWordInside(content)) return false;
        String trimmed = TRAILING_PUNCTUATION.matcher(content).replaceAll("");
        if (trimmed.isEmpty() || INNER_SENTENCE_END.matcher(trimmed).matches()) return false;
        String[] words = SPACES.split(trimmed);
        if (words.length < 2 || words.length > 12) return false;
        // "We're America.", "I Am Ready": a short sentence opening with a pronoun is words said; a song title such
        // as "It Keeps You Running" has more words than such a cry.
        if (words.length <= 3 && PRONOUN_OR_NEGATION.matcher(words[0]).matches()) return false;
        if (isAllCaps(trimmed)) return false; // shouting is words said: "WE WILL NOT GO"
        for (int i = 0; i < words.length; i++) {
            String w = LEADING_OPENERS.matcher(words[i]).replaceAll("");
            if (w.isEmpty()) continue;
            char first = w.charAt(0);
            boolean capital = Character.isUpperCase(first) || Character.isDigit(first);
            if (!capital && (i == 0 || !TITLE_SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT)))) return false;
        }
        return true;
    }

    /**
     * A quick no for most quotes, without the patterns below: whether one of the first words that is not the last
     * (trimming the end changes only the last) starts with a small letter and is no small word, which rules out
     * title case. Words are what {@code SPACES.split} gives, counted the same way (a leading space makes an empty one).
     */
    private static boolean lowercaseWordInside(String content) {
        int n = content.length(), i = 0;
        int index = n > 0 && isSpace(content.charAt(0)) ? 1 : 0;
        while (i < n && isSpace(content.charAt(i))) i++;
        for (; index < 4 && i < n; index++) {
            int start = i;
            while (i < n && !isSpace(content.charAt(i))) i++;
            int end = i;
            while (i < n && isSpace(content.charAt(i))) i++;
            if (i >= n) return false;
            if (index == 0) continue;
            while (start < end && "(\"“‘'".indexOf(content.charAt(start)) >= 0) start++;
            if (start == end) continue;
            char first = content.charAt(start);
            if (Character.isUpperCase(first) || Character.isDigit(first)) continue;
            if (!TITLE_SMALL_WORDS.contains(content.substring(start, end).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** What {@code \\s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static final Set<String> TITLE_PREPOSITIONS = Set.of("of", "on", "in", "from", "at", "for", "with");

    /** Whether every word starts with a capital letter or a digit. */
    private static boolean isCapitalized(String content) {
        String trimmed = TRAILING_PUNCTUATION.matcher(content).replaceAll("").strip();
        if (trimmed.isEmpty()) return false;
        for (String w : SPACES.split(trimmed)) {
            if (w.isEmpty()) continue;
            char first = w.charAt(0);
            if (!Character.isUpperCase(first) && !Character.isDigit(first)) return false;
        }
        return true;
    }

    /** Whether the letters are all capitals (at least three of them). */
    static boolean isAllCaps(String content) {
        int upper = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isUpperCase(c)) upper++;
        }
        return upper >= 3;
    }

    /** Whether the quote sits in a headline: its sentence has title-case words of its own outside the quote. */
    private static boolean isHeadline(String text, Span sentence, Raw r) {
        int from = Math.min(sentence.start(), r.openMark);
        int to = Math.max(sentence.end(), r.closeMark);
        String outside = (text.substring(from, r.openMark) + " " + text.substring(r.closeMark, to)).strip();
        return wordCount(outside) >= 2 && isTitleCase(outside);
    }
}
