package org.quotable.extractor.identity;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.quotable.extractor.internal.Lexicon;

/**
 * A speaker's name taken apart for merging: the titles in front ("President", "Mr"), the given names, and the
 * surname (with its particles: "von der Leyen"), each also folded for comparison. Immutable.
 *
 * <p>Folding drops case and accents and evens out transliteration endings, so "Zelenskyy", "Zelenskiy" and
 * "Zelensky" share the surname key {@code zelensky}.
 *
 * @param display the name without its leading titles, as written ("Volodymyr Zelenskyy")
 * @param titles  the leading title words as written ("President"), joined by spaces; empty when none
 * @param given   the folded given names and initials, in order ({@code [volodymyr]}); empty for a surname alone
 * @param surname the folded surname key ({@code zelensky}, {@code von der leyen})
 */
record PersonName(String display, String titles, List<String> given, String surname) {
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s$");
    private static final Pattern COMMAS_END = Pattern.compile(",+$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{Nd}-]");
    private static final Pattern TRANSLITERATED_END = Pattern.compile("(?:yy|iy|yi|ii|ij)$");
    private static final Pattern DOUBLED = Pattern.compile("(\\p{L})\\1+");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md", "esq");
    private static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "di", "du", "del",
            "della", "dos", "das", "la", "le", "bin", "ibn", "al", "el", "ter", "ten", "st");
    /** Title words of the lexicon that are also common given names, so never taken off a name's front. */
    private static final Set<String> GIVEN_NAMES_TOO = Set.of("dean");

    PersonName {
        requireNonNull(display, "display");
        requireNonNull(titles, "titles");
        given = List.copyOf(given);
        requireNonNull(surname, "surname");
    }

    /** Takes a name apart; a name that is all titles keeps its last word as the surname. */
    static PersonName parse(String written) {
        String trimmed = POSSESSIVE_END.matcher(written.strip()).replaceAll("");
        var words = new ArrayList<>(List.of(SPACE.split(trimmed)));
        words.removeIf(String::isEmpty);
        while (words.size() > 1 && SUFFIXES.contains(fold(words.get(words.size() - 1)))) words.remove(words.size() - 1);
        if (words.size() > 1 && words.get(words.size() - 1).endsWith(",")) words.set(words.size() - 1, COMMAS_END.matcher(words.get(words.size() - 1)).replaceAll(""));
        int first = 0;
        while (first < words.size() - 1 && isTitle(words.get(first))) first++;
        String titles = String.join(" ", words.subList(0, first));
        List<String> name = words.subList(first, words.size());
        int surnameStart = name.size() - 1;
        while (surnameStart > 0 && PARTICLES.contains(fold(name.get(surnameStart - 1)))) surnameStart--;
        var given = new ArrayList<String>();
        for (String word : name.subList(0, surnameStart)) {
            String folded = fold(word);
            if (!folded.isEmpty()) given.add(folded);
        }
        var surname = new ArrayList<String>();
        for (String word : name.subList(surnameStart, name.size())) surname.add(fold(word));
        String last = surname.remove(surname.size() - 1);
        surname.add(spelling(last));
        return new PersonName(String.join(" ", name), titles, given, String.join(" ", surname));
    }

    private static boolean isTitle(String word) {
        String folded = fold(word);
        if (GIVEN_NAMES_TOO.contains(folded)) return false;
        return Lexicon.isHonorific(word) || Lexicon.isTitleWord(word) || folded.equals("of") || folded.equals("the");
    }

    /** Lower case, no accents, letters, digits and hyphens only. */
    static String fold(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        return NOT_LETTER.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Evens out spellings of one surname: transliteration endings ("-yy", "-iy" → "-y") and doubled letters. */
    static String spelling(String folded) {
        return DOUBLED.matcher(TRANSLITERATED_END.matcher(folded).replaceAll("y")).replaceAll("$1");
    }

    /** Whether the name has given names or initials, not a surname alone. */
    boolean isFull() {
        return !given.isEmpty();
    }

    /** The first given name or initial, folded. */
    String firstGiven() {
        return given.get(0);
    }

    /** Whether a given name is an initial ("V." folds to {@code v}). */
    static boolean isInitial(String folded) {
        return folded.length() == 1;
    }

    /**
     * Whether two first given names can be the same person's: equal, or one an initial of the other. Nicknames
     * ("Joe", "Joseph") are not matched: they would merge too many different people.
     */
    static boolean compatible(String a, String b) {
        if (a.equals(b)) return true;
        if (isInitial(a)) return b.startsWith(a);
        if (isInitial(b)) return a.startsWith(b);
        return false;
    }
}
