package org.quotable.extractor.speaker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.quotable.extractor.internal.Splits;
import org.quotable.extractor.internal.Lexicon;
import org.quotable.extractor.internal.WordSet;

/**
 * The people and organisations named in one article, so that a later surname ("Merz") or possessive
 * ("Zelensky's") resolves to the full name the article introduced ("Friedrich Merz"). Immutable once built (but for
 * a thread-safe memo of what {@link #namedAtEnd} read); built in one pass over the text.
 */
public final class Cast {
    // Compiled once, not per call.
    private static final java.util.regex.Pattern SPACES_OR_DOTS = java.util.regex.Pattern.compile("[\\s.]+");
    private static final java.util.regex.Pattern SUFFIX = java.util.regex.Pattern.compile("(?i)jr\\.?|sr\\.?|ii|iii|iv");
    private static final WordSet SUBJECT_OPENERS = WordSet.of("and", "but", "that", "while", "as", "when", "because",
            "although", "though", "after", "before", "since", "if", "so", "where", "whereas", "meanwhile", "then",
            "also", "yet", "said", "says");

    private final String text;
    private final List<NameMention> mentions;
    private final Map<String, String> fullNameBySurname;
    private final Map<String, String> fullNameByFirst = new HashMap<>();
    private final Map<String, Lexicon.Gender> genderByName = new HashMap<>();
    // Who each mention names (resolve(mentions.get(i))), worked out once: the pronoun, body and role look-ups walk
    // back over the same mentions for every quote, and resolving one splits and lower-cases its name.
    private final Person[] people;
    private final Set<String> knownNames;   // the values of fullNameBySurname, for knows()
    // What namedAtEnd read, by the words as written; NO_ONE for none. The stages of one article may run on other
    // threads than the one that built the cast, hence a concurrent map; the readings are the same whoever makes them.
    private final Map<String, Person> namedAtEnd = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Person NO_ONE = new Person("(no one)", false);   // told apart by identity

    private Cast(String text, List<NameMention> mentions, Map<String, String> fullNameBySurname) {
        this.text = text;
        this.mentions = mentions;
        this.fullNameBySurname = fullNameBySurname;
        var ambiguous = new HashSet<String>();
        for (String full : fullNameBySurname.values()) {
            String first = full.substring(0, full.indexOf(' ') < 0 ? full.length() : full.indexOf(' ')).toLowerCase(Locale.ROOT);
            if (fullNameByFirst.putIfAbsent(first, full) != null) ambiguous.add(first);
        }
        for (String first : ambiguous) fullNameByFirst.remove(first);
        fullNameByFirst.keySet().removeIf(fullNameBySurname::containsKey);
        knownNames = new HashSet<>(fullNameBySurname.values());
        people = new Person[mentions.size()];
        // Who a mention names depends on its words alone, and an article names the same people again and again.
        var byWords = new HashMap<List<String>, Person>();
        for (int i = 0; i < people.length; i++) {
            NameMention m = mentions.get(i);
            people[i] = byWords.computeIfAbsent(m.tokens(), words -> resolve(m));
        }
        // Gender evidence, per person: honorifics and gendered titles in any mention ("Mrs. Lund", "Congresswoman
        // Lund"), a gendered noun right before it ("his niece Ann Lund"), the first name, and pronoun history (the
        // next sentence opens with "She"). Conflicting evidence leaves the gender unknown.
        var conflicting = new HashSet<String>();
        var history = new HashMap<String, Integer>(); // pronoun history per person: +1 for "she", -1 for "he"
        for (int i = 0; i < people.length; i++) {
            NameMention m = mentions.get(i);
            if (people[i].organization()) continue;
            String person = people[i].name();
            // The words before the name proper (titles, honorifics); most mentions have none, and need no split.
            var evidence = m.start() == m.nameStart() ? new ArrayList<String>(2)
                    : new ArrayList<String>(List.of(SPACES_OR_DOTS.split(text.substring(m.start(), m.nameStart()))));
            evidence.add(wordBefore(m.start()));
            if (m.tokens().size() >= 2) evidence.add(m.tokens().get(0));
            for (String word : evidence) {
                Lexicon.Gender g = word.isEmpty() ? null : Lexicon.genderOf(word);
                if (g == null) continue;
                Lexicon.Gender known = genderByName.putIfAbsent(person, g);
                if (known != null && known != g) conflicting.add(person);
            }
            if (isSubjectLike(m)) {
                Lexicon.Gender g = Lexicon.genderOfPronoun(nextSentencePronoun(m.end()));
                if (g != null) history.merge(person, g == Lexicon.Gender.FEMALE ? 1 : -1, Integer::sum);
            }
        }
        for (String person : conflicting) genderByName.remove(person);
        // Pronoun history is weaker evidence than words: it only fills in a gender the words leave open.
        for (var e : history.entrySet())
            if (!genderByName.containsKey(e.getKey()) && !conflicting.contains(e.getKey()) && e.getValue() != 0)
                genderByName.put(e.getKey(), e.getValue() > 0 ? Lexicon.Gender.FEMALE : Lexicon.Gender.MALE);
    }

    /**
     * Pronoun history: "Lund spoke first. She said …" — the subject pronoun opening the sentence after a subject
     * mention, or "" when the next sentence (within reach) opens otherwise.
     */
    private String nextSentencePronoun(int from) {
        int limit = Math.min(text.length() - 4, from + 300);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n') return "";
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ') {
                if (i > 0 && Character.isUpperCase(text.charAt(i - 1)) && (i < 2 || !Character.isLetter(text.charAt(i - 2))))
                    continue; // an initial: "John F. Kennedy"
                if (text.startsWith("He ", i + 2)) return "he";
                if (text.startsWith("She ", i + 2)) return "she";
                return "";
            }
        }
        return "";
    }

    private String wordBefore(int index) {
        int j = index;
        while (j > 0 && text.charAt(j - 1) == ' ') j--;
        int w = j;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '-')) w--;
        return text.substring(w, j);
    }

    /** The gender the article gives evidence of for a person's full name, or null when it gives none or both. */
    public Lexicon.@Nullable Gender genderOf(String fullName) {
        return genderByName.get(fullName);
    }

    /** The cast of the article being extracted, built once per article and shared by every stage that asks. */
    public static Cast of(org.quotable.extractor.pipeline.ExtractionState state) {
        return state.shared(Cast.class, () -> of(state.text()));
    }

    /** The cast of an article's text. */
    public static Cast of(String text) {
        List<NameMention> mentions = Names.find(text);
        var counts = new LinkedHashMap<String, Integer>();
        for (NameMention m : mentions)
            if (isFullPersonName(m)) counts.merge(m.name(), 1, Integer::sum);
        for (NameMention m : mentions)
            if (m.tokens().size() == 1)
                for (String full : counts.keySet())
                    if (surname(full).equalsIgnoreCase(m.last())) counts.merge(full, 1, Integer::sum);
        // "Van Der Beek" after "James Van Der Beek": a shorter full name ending a longer one is the same person.
        for (String shorter : List.copyOf(counts.keySet())) {
            for (String longer : counts.keySet()) {
                if (longer.length() > shorter.length() && longer.endsWith(" " + shorter)) {
                    counts.merge(longer, counts.get(shorter), Integer::sum);
                    counts.put(shorter, 0);
                    break;
                }
            }
        }
        var bySurname = new HashMap<String, String>();
        var best = new HashMap<String, Integer>();
        for (var e : counts.entrySet()) {
            String key = surname(e.getKey()).toLowerCase(Locale.ROOT);
            if (e.getValue() > best.getOrDefault(key, 0)) {
                best.put(key, e.getValue());
                bySurname.put(key, e.getKey());
            }
        }
        return new Cast(text, List.copyOf(mentions), bySurname);
    }

    private static boolean isFullPersonName(NameMention m) {
        if (m.tokens().size() < 2 || m.tokens().size() > 5 || Names.isOrganization(m.tokens())) return false;
        for (int i = 0; i < m.tokens().size(); i++) {
            String t = m.tokens().get(i);
            if (!Names.isNameWord(m.tokens(), i) || Lexicon.isTitleWord(t) && !m.honorific()) return false;
        }
        return true;
    }

    private static String surname(String fullName) {
        // Names are words joined by single spaces: the last word without splitting the whole name, as split(" ")
        // would give it. Anything else (an empty word, a space at either end) takes the split.
        int lastSpace = fullName.lastIndexOf(' ');
        if (lastSpace < 0) return fullName;
        if (fullName.isEmpty() || fullName.charAt(0) == ' ' || lastSpace == fullName.length() - 1
                || fullName.contains("  ")) return surnameBySplit(fullName);
        String last = fullName.substring(lastSpace + 1);
        int previousSpace = fullName.lastIndexOf(' ', lastSpace - 1);
        if (previousSpace >= 0 && isSuffix(last)) last = fullName.substring(previousSpace + 1, lastSpace);
        return last;
    }

    private static String surnameBySplit(String fullName) {
        String[] words = fullName.split(" ");
        String last = words[words.length - 1];
        if (words.length > 2 && SUFFIX.matcher(last).matches()) last = words[words.length - 2];
        return last;
    }

    /** {@code (?i)jr\.?|sr\.?|ii|iii|iv}, matched whole (ASCII case-insensitive, as the pattern is). */
    private static boolean isSuffix(String w) {
        int n = w.length();
        if (n < 2 || n > 3) return false;
        char a = asciiLower(w.charAt(0));
        char b = asciiLower(w.charAt(1));
        if ((a == 'j' || a == 's') && b == 'r') return n == 2 || w.charAt(2) == '.';
        if (a == 'i' && b == 'i') return n == 2 || asciiLower(w.charAt(2)) == 'i';
        return a == 'i' && b == 'v' && n == 2;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** Every name mention of the article, in text order. */
    public List<NameMention> mentions() {
        return mentions;
    }

    /** Who a name mention names: a person's full name, or an organisation. */
    public Person resolve(NameMention m) {
        if (Names.isOrganization(m.tokens())) return new Person(m.name(), true);
        String full = fullNameBySurname.get(surname(m.name()).toLowerCase(Locale.ROOT));
        if (m.tokens().size() == 1) {
            if (full != null) return new Person(full, false);
            // "Liu" after "Liu Xiaming": a family name written first, or a first name, of one introduced person.
            String byFirst = fullNameByFirst.get(m.name().toLowerCase(Locale.ROOT));
            if (byFirst != null) return new Person(byFirst, false);
            return new Person(m.name(), false);
        }
        if (full != null && full.endsWith(m.name()) && full.length() > m.name().length()) return new Person(full, false);
        return new Person(m.name(), false);
    }

    /** Who a name as written in an attribution names ("Mr. Obama", "Zelensky's"), or null if it names no one. */
    public @Nullable Person resolve(String written) {
        NameMention m = Names.parse(written);
        if (m == null) return null;
        for (int i = 0; i < m.tokens().size(); i++) if (!Names.isNameWord(m.tokens(), i)) return null;
        return resolve(m);
    }

    /**
     * Who the name ending an attribution's words names ({@code "the chancellor Friedrich Merz"}), by the words as
     * written, read by {@code read} the first time and remembered: it depends on the words and this cast alone, and
     * an article's quotes name the same few people again and again. Null when they name no one.
     */
    @Nullable Person namedAtEnd(String mention, java.util.function.Supplier<@Nullable Person> read) {
        Person p = namedAtEnd.get(mention);
        if (p == null) {
            p = read.get();
            namedAtEnd.put(mention, p == null ? NO_ONE : p);
        }
        return p == NO_ONE ? null : p;
    }

    /** Whether a full name was introduced in the article. */
    public boolean knows(String fullName) {
        return knownNames.contains(fullName);
    }

    /** Who the {@code i}-th of {@link #mentions()} names: {@code resolve(mentions().get(i))}, worked out once. */
    public Person personAt(int i) {
        return people[i];
    }

    /**
     * The person most recently mentioned as the subject of a clause before {@code index}, for resolving a pronoun;
     * null when there is none in reach.
     */
    public @Nullable Mentioned recentSubject(int index) {
        return recentSubject(index, null);
    }

    /**
     * The person most recently mentioned as the subject of a clause before {@code index} who can be referred to by a
     * pronoun of {@code gender}: a person known to be of the other gender is passed over ("she" is not "Mr. Hale").
     */
    public @Nullable Mentioned recentSubject(int index, Lexicon.@Nullable Gender gender) {
        return recentSubject(index, gender, Map.of());
    }

    /**
     * As {@link #recentSubject(int, Lexicon.Gender)}, with genders learned while reading ({@code learned}, by full
     * name: a person a "he" or "she" already referred to) where the words give none.
     */
    public @Nullable Mentioned recentSubject(int index, Lexicon.@Nullable Gender gender, Map<String, Lexicon.Gender> learned) {
        int i = lastBefore(index);
        for (int seen = 0; i >= 0 && seen < 40; i--, seen++) {
            NameMention m = mentions.get(i);
            Person p = people[i];
            if (p.organization()) continue;
            Lexicon.Gender known = genderOf(p.name()) != null ? genderOf(p.name()) : learned.get(p.name());
            if (gender != null && known != null && known != gender) continue;
            if (m.tokens().size() == 1 && !knows(p.name()) && !m.honorific() && m.titleWords().isEmpty()) continue;
            if (isSubjectLike(m)) return new Mentioned(p, m.start());
        }
        return null;
    }

    /**
     * The organisation most recently mentioned as the subject of a clause before {@code index}, for "they said" or
     * "it says" after a body's words; null when none is within {@code reach} chars.
     */
    public @Nullable Mentioned recentOrganization(int index, int reach) {
        int i = lastBefore(index);
        for (int seen = 0; i >= 0 && seen < 20; i--, seen++) {
            NameMention m = mentions.get(i);
            if (m.start() < index - reach) return null;
            Person p = people[i];
            if (!p.organization() && !pluralSubject(m)) continue;
            if (isSubjectLike(m) || appositiveAfterDescription(m)) return new Mentioned(new Person(p.name(), true), m.start());
        }
        return null;
    }

    /** "Big Harbour have denied it": a name with a plural verb, as British writing treats a body, is no person. */
    private boolean pluralSubject(NameMention m) {
        if (m.honorific() || m.possessive()) return false;
        int i = m.end();
        while (i < text.length() && text.charAt(i) == ' ') i++;
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) j++;
        String next = text.substring(i, j);
        if (!next.equals("have") && !next.equals("are") && !next.equals("were")) return false;
        return !wordBefore(m.start()).equalsIgnoreCase("and");
    }

    /** "The company that runs the show, Acme Productions, denies": a name set off after its description. */
    private boolean appositiveAfterDescription(NameMention m) {
        return m.start() >= 2 && text.charAt(m.start() - 2) == ',' && m.end() < text.length() && text.charAt(m.end()) == ',';
    }

    /** A person and where the article mentioned them. */
    public record Mentioned(Person person, int index) {}

    private int lastBefore(int index) {
        int lo = 0, hi = mentions.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).end() <= index) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Whether a mention opens a clause (and so is likely its subject) rather than following a verb or preposition. */
    boolean isSubjectLike(NameMention m) {
        if (m.possessive()) return false;
        int i = m.start();
        while (true) {
            int j = i;
            while (j > 0 && text.charAt(j - 1) == ' ') j--;
            if (j == 0) return true;
            char c = text.charAt(j - 1);
            // A name in quotation marks or opening a parenthesis is a title or an aside ("the film “Wild Rose”").
            if (!Character.isLetter(c)) return c != '\'' && c != '’' && c != '“' && c != '"' && c != '‘' && c != '(';
            int w = j;
            while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '-')) w--;
            String word = text.substring(w, j);
            if (SUBJECT_OPENERS.contains(word)) return true;
            if (Lexicon.isNotName(word)) return false; // "Regarding Putin", "According to"
            if (Lexicon.isTitleWord(word) || Lexicon.isRoleNoun(word) || Lexicon.isOccupation(word) || Character.isUpperCase(word.charAt(0))) {
                i = w;
                continue;
            }
            return false;
        }
    }

    /**
     * Whether the article, before {@code index}, introduces a person with {@code noun}: right before the name
     * ({@code the actress Dana Holt}) or as the head of the appositive after it ({@code Dana Holt, a retired drummer,}).
     */
    public boolean introducedAs(String noun, int index) {
        for (NameMention m : mentions) {
            if (m.start() >= index) break;
            if (Names.isOrganization(m.tokens())) continue;
            if (wordBefore(m.start()).equalsIgnoreCase(noun)) return true;
            int from = m.end();
            if (from < text.length() && text.charAt(from) == ',') {
                int to = text.indexOf(',', from + 1);
                if (to < 0 || to - from > 80) continue;
                for (String w : Splits.spaces(text.substring(from + 1, to)))
                    if (w.equalsIgnoreCase(noun)) return true;
            }
        }
        return false;
    }
}
