package org.quotable.extractor.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.quotable.extractor.internal.Splits;
import org.quotable.extractor.internal.Lexicon;
import org.quotable.extractor.pipeline.Candidate;
import org.quotable.extractor.pipeline.ExtractionStage;
import org.quotable.extractor.pipeline.ExtractionState;
import org.quotable.extractor.text.Document;
import org.quotable.extractor.text.Span;
import org.quotable.schema.QuoteType;
import org.quotable.extractor.internal.WordSet;

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
 *   <li>Quoted titles ({@code the book "The Art of the Deal"}, {@code the so-called "deal"}, {@code the "Harbour"
 *       actress}) and slogans (a short quote repeated three times or more, {@code The motto? "…"}) are left out.</li>
 *   <li>In an interview or transcript laid out as labelled lines ({@code HALE: …}, {@code Dana Hale: …}), each
 *       speaker's line without marks is a quote, its label left for the speaker stage; questions are not.</li>
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
    private static final java.util.regex.Pattern PRONOUN_OR_NEGATION = java.util.regex.Pattern.compile("(?i)(i|we|you|he|she|they|it)(['’](re|m|s|ll|ve|d))?|\\p{L}+n['’]t");
    private static final java.util.regex.Pattern LEADING_OPENERS = java.util.regex.Pattern.compile("^[(\"“‘']+");
    private static final Set<String> TERM_DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> DESCRIPTION_DETERMINERS = Set.of("the", "a", "an", "former", "his", "her", "their");
    // Words that may follow a quoted term without making it a modifier of a noun: "a “deal” that …", "the “plan” he …".
    private static final Set<String> NOT_HEAD_NOUNS = Set.of("and", "or", "but", "nor", "that", "which", "who", "whom",
            "whose", "he", "she", "it", "they", "we", "i", "you", "is", "was", "are", "were", "be", "been", "has", "have",
            "had", "will", "would", "could", "should", "can", "may", "might", "must", "do", "does", "did", "not", "said",
            "says", "told", "in", "on", "at", "to", "for", "of", "with", "by", "from", "as", "than", "about", "into",
            "after", "before", "over", "under", "if", "when", "while", "because", "so", "then", "now", "also", "only",
            "even", "just", "yet", "still", "there", "here", "this", "these", "those", "again", "too", "ago", "since");

    // "The tagline? “…”", "Its motto: “…”": a question or a colon naming a slogan introduces its words, not a statement.
    private static final Pattern SLOGAN_NAMED_BEFORE = Pattern.compile(
            "(?i)\\b(?:slogan|tagline|motto|catchphrase|hashtag|jingle|strapline)\\s*[?:]\\s*$");
    // A short quote the article repeats this often is a slogan or a catchphrase, not one statement.
    private static final int SLOGAN_REPEATS = 3;
    private static final int SLOGAN_MAX_WORDS = 6;

    // Interviews and transcripts: a paragraph opening with its speaker's label, "HALE: …" or "Dana Hale: …".
    private static final Pattern SPEAKER_LABEL = Pattern.compile(
            "^(?<m>\\p{Lu}[\\p{L}.'’\\-]*(?: \\p{Lu}[\\p{L}.'’\\-]*){0,3})\\s*:\\s+(?=\\S)");
    // Labels that are not a speaker's: the interviewer's questions, notes and captions.
    private static final WordSet NOT_SPEAKER_LABELS = WordSet.of("q", "question", "interviewer", "a", "answer", "note",
            "update", "photo", "photos", "source", "sources", "read", "watch", "related", "more", "editor", "caption",
            "credit", "video", "listen", "see", "also", "correction", "disclosure", "warning", "advertisement");
    // A layout is a transcript when this many paragraphs open with a label, one of them used twice.
    private static final int TRANSCRIPT_MIN_LABELS = 3;

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
        boolean transcript = isTranscript(text, paragraphs);
        for (int p = 0; p < paragraphs.size(); p++) {
            Span paragraph = paragraphs.get(p);
            if (transcript && !carried && isAnswerLine(text, paragraph)) {
                // "HALE: We will rebuild." in an interview: the line is the speaker's words, label and all; the speaker
                // stage reads the label and leaves it out of the quote.
                int end = paragraph.end();
                while (end > paragraph.start() && Character.isWhitespace(text.charAt(end - 1))) end--;
                out.add(Candidate.found(paragraph.start(), end, paragraph.start(), end, QuoteType.DIRECT, true, false));
                continue;
            }
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
        return withoutSlogans(text, out);
    }

    /**
     * The quotes without the short ones the article quotes {@value #SLOGAN_REPEATS} times or more: a campaign's
     * slogan, a catchphrase or a chant is repeated as a name is, where a statement is quoted once (a pull quote
     * twice at most).
     */
    private static List<Candidate> withoutSlogans(String text, List<Candidate> found) {
        var counts = new HashMap<String, Integer>();
        var keys = new ArrayList<String>(found.size());
        for (Candidate c : found) {
            String quote = c.quote(text);
            // The letters and numbers of the quote in lower case (a loop: the pattern's replaceAll ran per quote).
            String key = wordCount(quote) <= SLOGAN_MAX_WORDS ? Splits.lettersAndNumbers(quote.toLowerCase(Locale.ROOT)) : "";
            keys.add(key);
            if (!key.isEmpty()) counts.merge(key, 1, Integer::sum);
        }
        var out = new ArrayList<Candidate>(found.size());
        for (int i = 0; i < found.size(); i++)
            if (keys.get(i).isEmpty() || counts.get(keys.get(i)) < SLOGAN_REPEATS) out.add(found.get(i));
        return out;
    }

    /**
     * Whether the article is laid out as an interview or a transcript: at least {@value #TRANSCRIPT_MIN_LABELS}
     * paragraphs open with a label ({@code Q:}, {@code HALE:}), and one speaker's label opens two of them (by the
     * last word: {@code Dana Hale:} then {@code Hale:}).
     */
    private static boolean isTranscript(String text, List<Span> paragraphs) {
        var counts = new HashMap<String, Integer>();
        int labels = 0;
        boolean repeated = false;
        for (Span paragraph : paragraphs) {
            String label = labelOf(text, paragraph);
            if (label == null) continue;
            labels++;
            String surname = label.substring(label.lastIndexOf(' ') + 1); // "Dana Hale:", later "Hale:"
            if (!NOT_SPEAKER_LABELS.contains(label) && counts.merge(surname, 1, Integer::sum) >= 2) repeated = true;
        }
        return labels >= TRANSCRIPT_MIN_LABELS && repeated;
    }

    /**
     * SLOGAN_NAMED_BEFORE.find(), after a quick no: the pattern ends with {@code [?:]\s*$}, so the text must end in
     * '?' or ':' but for white space and a final line break. (The pattern tried every start of 80 chars per quote.)
     */
    private static boolean namesSlogan(String before) {
        int i = before.length() - 1;
        if (i >= 0 && (before.charAt(i) == '\u0085' || before.charAt(i) == '\u2028' || before.charAt(i) == '\u2029')) i--;
        while (i >= 0 && " \t\n\u000B\f\r".indexOf(before.charAt(i)) >= 0) i--;
        if (i < 0 || before.charAt(i) != '?' && before.charAt(i) != ':') return false;
        return SLOGAN_NAMED_BEFORE.matcher(before).find();
    }

    /**
     * A quick no before SPEAKER_LABEL, run on every paragraph: everything before the label's colon is a letter,
     * {@code . ' ’ -}, a space or white space, so the first char that is none of these must be that colon. A char
     * from U+0080 up (but ’) is left to the pattern.
     */
    private static boolean mayOpenWithLabel(String text, Span paragraph) {
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c != '’') return true;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '’' || ".'- \t\n\u000B\f\r".indexOf(c) >= 0) continue;
            return c == ':';
        }
        return false;
    }

    /** The label opening a paragraph ({@code "HALE"}, {@code "Q"}), or null. */
    private static String labelOf(String text, Span paragraph) {
        if (!mayOpenWithLabel(text, paragraph)) return null;
        var m = SPEAKER_LABEL.matcher(text).region(paragraph.start(), paragraph.end());
        if (!m.lookingAt()) return null;
        String label = m.group("m");
        return label.endsWith(".") ? label.substring(0, label.length() - 1) : label;
    }

    /**
     * A paragraph of a transcript that gives someone's words: it opens with a speaker's label (not a question's or a
     * note's) and has no quotation marks of its own. Questions, labelled or not, are the interviewer's and no quotation.
     */
    private static boolean isAnswerLine(String text, Span paragraph) {
        String label = labelOf(text, paragraph);
        if (label == null || NOT_SPEAKER_LABELS.contains(label)) return false;
        for (String w : label.split(" ")) if (Lexicon.isNotName(w)) return false;
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '«' || c == '„') return false;
        }
        return true;
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
                // Every later char of the stretch would land here too: go on from its end.
                i = doubles.get(inside).closeMark - 1;
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
        if (before.isEmpty() && namesSlogan(text.substring(Math.max(0, r.openMark - 80), r.openMark))) return null;
        if (isTitleCase(content) && !isHeadline(text, sentence, r)) return null;
        // "the set of "Fargo,"", "said on "Tonight."": a name or two after a preposition is a title, not words said.
        int words = wordCount(content);   // once: a quote's words are counted over all its text
        if (words <= 2 && isCapitalized(content) && TITLE_PREPOSITIONS.contains(lastWord)) return null;
        if (content.startsWith("(") && TRAILING_STOPS.matcher(content).replaceAll("").endsWith(")")) return null; // "(CROSSTALK.)"
        if (isTermModifier(text, r, lastWord, content)) return null; // the "one market, one rule" approach
        if (isTitleInDescription(text, r, lastWord)) return null; // the "Harbour" actress
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

    /**
     * A quote between a determiner and the noun of a person's role or occupation ({@code the "Harbour" actress}, {@code
     * the former "Late Talk" host}) is the title of the work the person is known for.
     */
    private static boolean isTitleInDescription(String text, Raw r, String lastWord) {
        if (!DESCRIPTION_DETERMINERS.contains(lastWord) || r.closeMark >= text.length() || text.charAt(r.closeMark) != ' ') return false;
        int from = r.closeMark + 1;
        int to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to))) to++;
        if (to == from || !Character.isLowerCase(text.charAt(from))) return false;
        String next = text.substring(from, to);
        return Lexicon.isPersonNoun(next);
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
            char c = content.charAt(i);
            boolean letter = c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    : Character.isLetterOrDigit(c);
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

    private static final WordSet TITLE_SMALL_WORDS = WordSet.of("a", "an", "the", "and", "or", "but", "nor", "of", "in",
            "on", "at", "to", "for", "with", "by", "from", "as", "vs", "via", "into", "per");

    /** "The Art of the Deal": every word capitalised but the small ones, at least two words, no sentence inside. */
    static boolean isTitleCase(String content) {
        if (lowercaseWordInside(content)) return false;
        String trimmed = TRAILING_PUNCTUATION.matcher(content).replaceAll("");
        if (trimmed.isEmpty() || INNER_SENTENCE_END.matcher(trimmed).matches()) return false;
        String[] words = Splits.spaces(trimmed);
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
            if (!capital && (i == 0 || !TITLE_SMALL_WORDS.contains(w))) return false;
        }
        return true;
    }

    /**
     * A quick no for most quotes, without the patterns below: whether one of the first words that is not the last
     * (trimming the end changes only the last) starts with a small letter and is no small word, which rules out
     * title case. Words are what {@code Splits.spaces} gives, counted the same way (a leading space makes an empty one).
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
            if (!TITLE_SMALL_WORDS.contains(content, start, end)) return true;
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
        for (String w : Splits.spaces(trimmed)) {
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
