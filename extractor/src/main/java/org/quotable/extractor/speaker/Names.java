package org.quotable.extractor.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.quotable.extractor.internal.Lexicon;
import org.quotable.extractor.internal.WordSet;

/**
 * Reads names: splits a run of capitalised words into title words and the name, strips honorifics and possessives,
 * and tells organisations and places from people. Stateless and thread-safe.
 */
public final class Names {
    private Names() {}

    // A word is [\p{L}\p{M}\p{Nd}][\p{L}\p{M}\p{Nd}'’\-.&]*, found by a loop over the text (see nextWord): this runs
    // over every article's whole text, and the loop is several times faster than the pattern.
    // Initials (\p{L}\.)+ and digits \d+ are read by loops too (isInitials, isDigits).
    private static final WordSet CONNECTORS = WordSet.of("von", "van", "der", "den", "de", "da", "di", "du", "del",
            "la", "le", "bin", "al", "ibn", "el", "dos", "das", "y");
    // A longer word is no connector (lower-casing never shortens one): most words need no lower-cased copy.
    private static final int LONGEST_CONNECTOR = CONNECTORS.words().stream().mapToInt(String::length).max().orElse(0);
    private static final WordSet ABBREVIATED = WordSet.of("sen.", "rep.", "gov.", "gen.", "lt.", "col.", "sgt.",
            "capt.", "jr.", "sr.", "st.", "mr.", "mrs.", "ms.", "dr.", "prof.", "rev.", "adm.", "u.s.", "u.n.", "u.k.",
            "d.c.", "e.u.", "gop.", "pres.", "atty.", "supt.", "maj.", "cmdr.", "fr.", "mt.", "ft.");

    /** Every name mention in {@code text}, in order. */
    public static List<NameMention> find(String text) {
        var out = new ArrayList<NameMention>();
        var run = new ArrayList<int[]>();
        int lastEnd = -1;
        for (int s = nextWord(text, 0), wordEnd; s < text.length(); s = nextWord(text, wordEnd)) {
            wordEnd = wordEnd(text, s);
            int e = wordEnd;
            // The word is text[s, e), read in place: no copy of each word of the article. (Words start and end on
            // code point boundaries, so reading a code point at s sees what the copy's first code point was.)
            // Trim a sentence-final dot unless the word is an abbreviation or an initial ("U.S.", "J.").
            if (text.charAt(e - 1) == '.' && !ABBREVIATED.contains(text, s, e) && !isInitials(text, s, e)) {
                while (e > s && text.charAt(e - 1) == '.') e--;
            }
            int first = text.codePointAt(s);
            boolean capital = Character.isUpperCase(first) || Character.isDigit(first) && !run.isEmpty() && isDigits(text, s, e);
            boolean connector = !run.isEmpty() && e - s <= LONGEST_CONNECTOR && CONNECTORS.contains(text, s, e);
            boolean adjacent = lastEnd >= 0 && s - lastEnd == 1 && text.charAt(lastEnd) == ' ';
            if (!run.isEmpty() && (!adjacent || !(capital || connector))) {
                read(text, run, out);
                run.clear();
            }
            if (capital || (connector && adjacent && !run.isEmpty())) {
                run.add(new int[] {s, e});
                boolean possessive = endsWith(text, s, e, "'s") || endsWith(text, s, e, "’s")
                        || endsWith(text, s, e, "s'") || endsWith(text, s, e, "s’");
                boolean sentenceEnd = e < wordEnd || e < text.length() && ",;:!?)\"”".indexOf(text.charAt(e)) >= 0;
                if (possessive || sentenceEnd) {
                    read(text, run, out);
                    run.clear();
                }
            }
            lastEnd = e;
        }
        read(text, run, out);
        return out;
    }

    /** Whether text[s, e) is (\p{L}\.)+: initials ("J.", "U.S."), letters each followed by a dot. */
    private static boolean isInitials(String text, int s, int e) {
        int i = s;
        while (i < e) {
            int c = text.codePointAt(i);
            int n = Character.charCount(c);
            if (!Character.isLetter(c) || i + n >= e || text.charAt(i + n) != '.') return false;
            i += n + 1;
        }
        return i > s;
    }

    /** Whether text[s, e) is \d+ (ASCII digits, as the pattern class is). */
    private static boolean isDigits(String text, int s, int e) {
        for (int i = s; i < e; i++) if (text.charAt(i) < '0' || text.charAt(i) > '9') return false;
        return e > s;
    }

    private static boolean endsWith(String text, int s, int e, String suffix) {
        return e - s >= suffix.length() && text.startsWith(suffix, e - suffix.length());
    }

    /** Where the first word at or after {@code from} starts, or the text's length when there is none. */
    private static int nextWord(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch < 0x80) { // one char, one code point: the usual case, without codePointAt
                if (ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9') return i;
                i++;
                continue;
            }
            int c = text.codePointAt(i);
            if (isWordChar(c)) return i;
            i += Character.charCount(c);
        }
        return text.length();
    }

    /** Where the word starting at {@code start} ends. */
    private static int wordEnd(String text, int start) {
        int i = start + Character.charCount(text.codePointAt(start));
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch < 0x80) {
                if (!(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9') && ch != '\''
                        && ch != '-' && ch != '.' && ch != '&') return i;
                i++;
                continue;
            }
            int c = text.codePointAt(i);
            if (!isWordChar(c) && c != '\'' && c != '’' && c != '-' && c != '.' && c != '&') return i;
            i += Character.charCount(c);
        }
        return i;
    }

    /** \p{L}, \p{M} or \p{Nd}. */
    private static boolean isWordChar(int c) {
        if (c < 0x80) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER -> true;
            default -> false;
        };
    }

    // What each run of words reads as, by the run's text: a run is its words joined by single spaces (find joins a
    // word to a run only right after one space), so the text alone fixes its words and their offsets from its start.
    // The same runs come back in every article and in every mention read again ("The", "But", "Merz", "Mr. Hale"),
    // and reading one takes a dozen lexicon look-ups and copies. Shared by all threads; a reading is the same whoever
    // made it, so the cache only saves work. Emptied when full, so a long run over many names stays bounded.
    private static final int MEMO_LIMIT = 50_000;
    private static final ConcurrentHashMap<String, NameMention> MEMO = new ConcurrentHashMap<>();
    // The reading of a run that names no one (its offsets never read).
    private static final NameMention NONE = new NameMention(0, 0, 0, List.of(), false, List.of("-"), false);

    /** Reads a run (see {@link #flush}) through {@link #MEMO}: the run's mention, its offsets moved to where it is. */
    private static void read(String text, List<int[]> run, List<NameMention> out) {
        if (run.isEmpty()) return;
        int from = run.get(0)[0];
        String key = text.substring(from, run.get(run.size() - 1)[1]);
        NameMention read = MEMO.get(key);
        if (read == null) {
            var found = new ArrayList<NameMention>(1);
            flush(key, runIn(run, from), found);
            read = found.isEmpty() ? NONE : found.get(0);
            if (MEMO.size() >= MEMO_LIMIT) MEMO.clear();
            MEMO.put(key, read);
        }
        if (read == NONE) return;
        out.add(from == 0 ? read : new NameMention(read.start() + from, read.nameStart() + from, read.end() + from,
                read.titleWords(), read.honorific(), read.tokens(), read.possessive()));
    }

    /** The run's word offsets counted from {@code from}. */
    private static List<int[]> runIn(List<int[]> run, int from) {
        var moved = new ArrayList<int[]>(run.size());
        for (int[] r : run) moved.add(new int[] {r[0] - from, r[1] - from});
        return moved;
    }

    /** Reads a run of capitalised words into at most one name mention, added to {@code out}. */
    private static void flush(String text, List<int[]> run, List<NameMention> out) {
        while (!run.isEmpty() && CONNECTORS.contains(text, run.get(run.size() - 1)[0], run.get(run.size() - 1)[1]))
            run.remove(run.size() - 1);
        if (run.isEmpty()) return;
        // Each word of the run copied once: the rules below read most of them several times.
        var words = new String[run.size()];
        for (int k = 0; k < words.length; k++) words[k] = word(text, run.get(k));
        int i = 0;
        int first = 0;
        boolean honorific = false;
        var titles = new ArrayList<String>();
        // Leading function words ("But", "On Sunday") are not part of the name; honorifics and titles are set apart.
        while (i < run.size()) {
            String w = words[i];
            if (Lexicon.isHonorific(w)) honorific = true;
            else if (Lexicon.isTitleWord(w) && i < run.size() - 1) titles.add(w);
            else if (Lexicon.isNotName(w) && i < run.size() - 1) {
                titles.clear();
                first = i + 1;
            }
            else break;
            i++;
        }
        // Titles can follow each other ("Secretary General"); the name starts after the last title word.
        // An organisation's name ("White House", "Foreign Ministry") keeps its words.
        String lastWord = stripPossessive(words[run.size() - 1]);
        boolean organization = isOrganization(List.of(lastWord));
        if (organization) {
            i = 0;
            while (i < run.size() - 1 && (Lexicon.isNotName(words[i]) || Lexicon.isHonorific(words[i]))) i++;
            titles.clear();
        }
        // "Songwriters Kate Yorn and …", "Filmmaker Kim Adler": an occupation opening a sentence is a title.
        while (run.size() - i >= 3 && isRoleWord(words[i])) {
            titles.add(words[i]);
            i++;
        }
        // "ambassador to Britain Lars Eklund": a place or body opening a run of three or more words before a person's
        // name belongs to the title, not to the name.
        while (!organization && run.size() - i >= 3 && isOrganization(List.of(stripPossessive(words[i])))
                && !isOrganization(List.of(words[i + 1]))) {
            titles.add(words[i]);
            i++;
        }
        for (int j = run.size() - 2; j >= i && !organization; j--) {
            String w = words[j];
            if (Lexicon.isTitleWord(w)) {
                for (int k = i; k <= j; k++) titles.add(words[k]);
                i = j + 1;
                break;
            }
        }
        if (i >= run.size()) return;
        var tokens = new ArrayList<String>();
        for (int k = i; k < run.size(); k++) tokens.add(words[k]);
        String last = tokens.get(tokens.size() - 1);
        boolean possessive = false;
        int end = run.get(run.size() - 1)[1];
        String stripped = stripPossessive(last);
        if (!stripped.equals(last)) {
            possessive = true;
            end -= last.length() - stripped.length();
            tokens.set(tokens.size() - 1, stripped);
        }
        if (tokens.size() == 1 && Lexicon.isNotName(tokens.get(0))) return;
        if (!Character.isLetter(tokens.get(0).codePointAt(0))) return; // "July 6": a number names no one
        out.add(new NameMention(run.get(Math.min(first, i))[0], run.get(i)[0], end, titles, honorific, tokens, possessive));
    }

    private static boolean isRoleWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        return Lexicon.isOccupation(w) || Lexicon.isOccupation(singular) || Lexicon.isRoleNoun(singular) && !w.equals(singular);
    }

    private static String word(String text, int[] r) {
        return text.substring(r[0], r[1]);
    }

    /** Months and modals that are surnames too ("Theresa May", "Anna June"), after a first name. */
    private static final Set<String> SURNAMES_TOO = Set.of("may", "june", "april", "august", "march", "will");

    /**
     * Whether the {@code i}-th word of a name is a word of a name: not a function or date word, unless it is a month
     * or modal that ends the name right after a common first name ({@code Theresa May}).
     */
    public static boolean isNameWord(List<String> tokens, int i) {
        String t = tokens.get(i);
        if (!Lexicon.isNotName(t)) return true;
        return i > 0 && i == tokens.size() - 1 && SURNAMES_TOO.contains(t.toLowerCase(Locale.ROOT))
                && Lexicon.genderOf(tokens.get(i - 1)) != null;
    }

    /** {@code Zelensky's} → {@code Zelensky}; {@code leaders'} → {@code leaders}. */
    public static String stripPossessive(String word) {
        if (word.endsWith("'s") || word.endsWith("’s")) return word.substring(0, word.length() - 2);
        if (word.endsWith("s'") || word.endsWith("s’")) return word.substring(0, word.length() - 1);
        return word;
    }

    /** Whether a name is an organisation, government or place rather than a person. */
    public static boolean isOrganization(List<String> tokens) {
        for (String t : tokens) {
            if (Lexicon.isOrganizationWord(t)) return true;
            if (t.length() >= 2 && isAcronym(t)) return true; // an acronym: NATO, MI6, CNN
        }
        return false;
    }

    /**
     * Whether a word is all capitals with a letter and no dot. An ASCII word is read char by char: upper-casing
     * changes only its a to z, and this runs for every word of every name; other words take the upper-cased copy.
     */
    private static boolean isAcronym(String t) {
        boolean letter = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 0x80) return t.equals(t.toUpperCase(Locale.ROOT)) && t.chars().anyMatch(Character::isLetter) && !t.contains(".");
            if (c >= 'a' && c <= 'z' || c == '.') return false;
            if (c >= 'A' && c <= 'Z') letter = true;
        }
        return letter;
    }

    /**
     * Cleans a name as written in an attribution ("Mr. Obama", "German Chancellor Friedrich Merz", "Zelensky's"):
     * the words of the name proper, or null when nothing in it is a name.
     */
    public static @Nullable NameMention parse(String written) {
        List<NameMention> found = find(written);
        if (found.isEmpty()) return null;
        return found.get(found.size() - 1);
    }
}
