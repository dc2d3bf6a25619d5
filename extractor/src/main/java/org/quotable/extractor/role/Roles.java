package org.quotable.extractor.role;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.quotable.extractor.internal.Splits;
import org.quotable.extractor.internal.Lexicon;
import org.quotable.extractor.speaker.Cast;
import org.quotable.extractor.speaker.NameMention;
import org.quotable.extractor.speaker.Person;
import org.quotable.extractor.internal.WordSet;

/**
 * The role of every person in one article, taken from where the article introduces them: a title before the name
 * ({@code German Chancellor Friedrich Merz}, {@code Kremlin foreign policy aide Yuri Ushakov}) or an appositive
 * after it ({@code Rustem Umerov, Zelensky's senior security official,}). The first stated role follows the person
 * through the article. Immutable; built in one pass over the names.
 */
public final class Roles {
    private static final Set<String> STOP_APPOSITIVE = Set.of("who", "which", "whose", "said", "says", "told",
            "where", "when", "while", "has", "had", "is", "was", "will", "would");

    private final Map<String, String> roleByName;
    private final Map<String, Integer> lastMention;

    private Roles(Map<String, String> roleByName, Map<String, Integer> lastMention) {
        this.roleByName = roleByName;
        this.lastMention = lastMention;
    }

    /** The roles of the people in the article being extracted, built once per article from its shared cast. */
    public static Roles of(org.quotable.extractor.pipeline.ExtractionState state) {
        return state.shared(Roles.class, () -> of(state.text(), Cast.of(state)));
    }

    /** The roles of the people in {@code cast}, read from {@code text}. */
    public static Roles of(String text, Cast cast) {
        var roles = new HashMap<String, String>();
        var last = new HashMap<String, Integer>();
        NameMention previous = null;
        String previousPlural = null;
        List<NameMention> mentions = cast.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            NameMention m = mentions.get(i);
            Person p = cast.personAt(i);
            if (p.organization()) {
                previous = null;
                continue;
            }
            last.put(p.name(), m.start());
            String before = titleBefore(text, m);
            String plural = null;
            if (before != null && isPlural(before)) {
                // "founding members Ann Lund, Tomas Brel and Eva Holm": every name of the list has the title.
                plural = before;
                before = singular(before);
            } else if (before == null && previous != null && previousPlural != null && continuesList(text, previous, m)) {
                plural = previousPlural;
                before = singular(previousPlural);
            }
            if (before != null) before = before + placeAfter(text, m);
            String appositive = appositive(text, m);
            for (String role : new String[] {before, appositive}) {
                if (role == null) continue;
                String known = roles.get(p.name());
                if (known == null || specificity(role) > specificity(known)) roles.put(p.name(), role);
            }
            previous = m;
            previousPlural = plural;
        }
        return new Roles(roles, last);
    }

    /**
     * How much a role says, to keep the most specific one the article gives anywhere: its words, a bare abbreviated
     * title ("Rep.", "Gov.") counting least.
     */
    static int specificity(String role) {
        String r = role.strip();
        if (!r.contains(" ") && r.endsWith(".")) return 0;
        return words(r).size();
    }

    private static boolean isPlural(String title) {
        String head = title.substring(title.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return head.length() > 3 && head.endsWith("s") && !head.endsWith("ss")
                && isTitleNoun(head.substring(0, head.length() - 1)) && !isTitleNoun(head);
    }

    private static String singular(String title) {
        return title.substring(0, title.length() - 1);
    }

    /** Whether {@code m} is the next name of a list after {@code previous}: "A, B and C". */
    private static boolean continuesList(String text, NameMention previous, NameMention m) {
        if (previous.end() > m.start()) return false;
        String between = text.substring(previous.end(), m.start());
        return between.equals(", ") || between.equals(" and ") || between.equals(", and ");
    }

    /** ", of the Harbour Authority" after "planetary geologist Ann Lund": the body a title before a name belongs to. */
    private static String placeAfter(String text, NameMention m) {
        int i = m.end();
        for (String prep : new String[] {" of ", " at ", " from ", " with "}) {
            if (!text.startsWith(prep, i)) continue;
            int j = i + prep.length();
            int end = j;
            while (end < text.length()) {
                int w = end;
                while (w < text.length() && isWordChar(text.charAt(w))) w++;
                if (w == end) break;
                String word = text.substring(end, w);
                boolean capital = Character.isUpperCase(word.charAt(0));
                if (!capital && !((end > j || word.equals("the")) && TITLE_JOINERS.contains(word))) break;
                end = w;
                if (end < text.length() && text.charAt(end) == ' ') end++;
                else break;
            }
            String place = text.substring(j, end).strip();
            while (place.endsWith(".")) place = place.substring(0, place.length() - 1);
            for (String tail : new String[] {" of", " for", " and", " the", " de"})
                if (place.endsWith(tail)) place = place.substring(0, place.length() - tail.length());
            String named = place.startsWith("the ") ? place.substring(4) : place;
            if (named.isEmpty() || !Character.isUpperCase(named.charAt(0))) return "";
            return prep.stripTrailing() + " " + place;
        }
        return "";
    }

    /** The role of a person by full name. */
    public @Nullable String roleOf(String fullName) {
        return roleByName.get(fullName);
    }

    /** Every person with a known role, by full name. */
    public Map<String, String> all() {
        return Map.copyOf(roleByName);
    }

    /**
     * The person a nominal mention ("the Ukrainian leader", "the chancellor") most likely means: the one whose role
     * shares the most words with it, heads counted with their near-synonyms; null when no role matches.
     */
    public @Nullable String personFor(String nominal, int before) {
        var words = words(nominal);
        if (words.isEmpty()) return null;
        String head = words.get(words.size() - 1);
        String best = null;
        int bestScore = 0, bestAt = -1;
        for (var e : roleByName.entrySet()) {
            var roleWords = words(e.getValue());
            int score = 0;
            for (String w : words) {
                if (roleWords.contains(w)) score += w.equals(head) ? 3 : 1;
                else if (w.equals(head) && roleWords.stream().anyMatch(r -> synonyms(head, r))) score += 2;
            }
            if (score < 2) continue;
            int at = lastMention.getOrDefault(e.getKey(), -1);
            if (score > bestScore || score == bestScore && at < before && at > bestAt) {
                best = e.getKey();
                bestScore = score;
                bestAt = at;
            }
        }
        return best;
    }

    private static boolean synonyms(String head, String roleWord) {
        if (LEADERS.contains(head) && LEADERS.contains(roleWord)) return true;
        if (SPOKES.contains(head) && SPOKES.contains(roleWord)) return true;
        return CANDIDATES.contains(head) && CANDIDATES.contains(roleWord);
    }

    private static List<String> words(String phrase) {
        var out = new ArrayList<String>();
        for (String w : Splits.letterRuns(phrase.toLowerCase(Locale.ROOT))) {
            if (w.equals("the") || w.equals("a") || w.equals("an") || w.equals("of")) continue;
            out.add(w);
        }
        return out;
    }

    // Participles that are adjectives in titles: "founding member", "managing director", "acting chief".
    private static final Set<String> TITLE_PARTICIPLES = Set.of("founding", "managing", "acting", "ruling", "leading",
            "visiting", "outgoing", "incoming", "reigning", "presiding", "governing", "sitting", "serving",
            "supervising", "consulting", "contributing", "ranking", "retiring", "defending", "commanding", "starting",
            "longtime", "longstanding", "former", "retired", "elected", "appointed");

    /**
     * The title before a name: "German Chancellor" before "Friedrich Merz", "Kremlin foreign policy aide" before
     * "Yuri Ushakov", "Oscar-winning actress", "the company's chief executive", "Acme founder and co-CEO". The word
     * next to the name (honorifics aside) must name a role; the title runs back over modifiers, capitalised names of
     * bodies and places, possessives and "and" between two titles, and stops at a determiner, a verb, a preposition
     * or punctuation.
     */
    static @Nullable String titleBefore(String text, NameMention m) {
        int start = m.nameStart();
        int i = start;
        int roleEnd = start;
        int roleStart = start;
        int words = 0;
        boolean hasRoleWord = false;
        boolean capitalTitle = false;
        boolean withPlace = false;
        while (words < 9) {
            int j = i;
            while (j > 0 && text.charAt(j - 1) == ' ') j--;
            if (j == 0 || j == i || i - j > 1) break;
            int w = j;
            while (w > 0 && isWordChar(text.charAt(w - 1))) w--;
            if (w == j) break;
            String word = text.substring(w, j);
            String lower = word.toLowerCase(Locale.ROOT);
            if (words == 0 && roleEnd == start && Lexicon.isHonorific(word)) {
                // "Senior author Dr. Ann Lund": the honorific is not part of the role.
                roleEnd = w;
                roleStart = w;
                i = w;
                continue;
            }
            boolean accepted;
            // "spoke. Kremlin aide": a sentence ends at a dot after a lower-case word.
            if (word.endsWith(".") && (Character.isLowerCase(word.charAt(0)) || word.length() > 5 && !Lexicon.isTitleWord(word))) break;
            if (words == 0) {
                accepted = isTitleNoun(clean(word)) || Lexicon.isTitleWord(word) || isPlural(clean(word));
                if (!accepted && Character.isUpperCase(word.charAt(0))) {
                    // "ambassador to Britain Liu Xiaming", "Secretary of State Ann Lund": a title with its place.
                    java.util.regex.Matcher of = TITLE_OF.matcher(text.substring(Math.max(0, w - 40), w));
                    if (of.find() && (isTitleNoun(clean(of.group(1))) || Lexicon.isTitleWord(of.group(1)))) {
                        hasRoleWord = true;
                        withPlace = true;
                        capitalTitle = Character.isUpperCase(of.group(1).charAt(0));
                        roleStart = w - (of.end() - of.start(1));
                        i = roleStart;
                        words += 3;
                        continue;
                    }
                }
                capitalTitle = Character.isUpperCase(word.charAt(0));
            }
            // "Acme founder and co-CEO": "and" joins two titles, never a name to a title.
            else if (lower.equals("and") || lower.equals("&")) accepted = isTitleNoun(clean(wordBefore(text, w)));
            else if (Lexicon.isNotName(word) && !Lexicon.isTitleWord(word)) accepted = false;
            else if (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0))) accepted = true;
            // "to kill Rep. Ann Lund": before a capitalised title only a few adjectives belong to it ("former Sen.").
            else if (capitalTitle) accepted = TITLE_PARTICIPLES.contains(lower) || lower.endsWith("'s") || lower.endsWith("’s")
                    || isTitleNoun(clean(lower));
            else accepted = isModifier(lower);
            if (!accepted) break;
            if (isTitleNoun(clean(word)) || isPlural(clean(word)) || Lexicon.isTitleWord(word) && words == 0) hasRoleWord = true;
            roleStart = w;
            i = w;
            words++;
        }
        if (!hasRoleWord || roleStart >= roleEnd) return null;
        String role = text.substring(roleStart, roleEnd).strip();
        // A title never starts with "and": "Ann Lund and deputy Tomas Brel".
        while (role.toLowerCase(Locale.ROOT).startsWith("and ") || role.startsWith("& ")) role = role.substring(role.indexOf(' ') + 1);
        String lower = role.toLowerCase(Locale.ROOT);
        if (lower.equals("former") || lower.equals("first") || role.isEmpty()) return null;
        String head = clean(lastWord(role));
        if (!withPlace && !isTitleNoun(head) && !isPlural(head) && !Lexicon.isTitleWord(lastWord(role))) return null;
        return role;
    }

    private static final java.util.regex.Pattern TITLE_OF =
            java.util.regex.Pattern.compile("(\\p{L}[\\p{L}\\-.]*) (?:of|to|for) (?:the )?$");

    private static String wordBefore(String text, int index) {
        int j = index;
        while (j > 0 && text.charAt(j - 1) == ' ') j--;
        int w = j;
        while (w > 0 && isWordChar(text.charAt(w - 1))) w--;
        return text.substring(w, j);
    }

    private static String lastWord(String phrase) {
        return phrase.substring(phrase.lastIndexOf(' ') + 1);
    }

    /** A lower-case word that can modify a title: an adjective or noun, not a verb, a preposition or a determiner. */
    private static boolean isModifier(String lower) {
        if (lower.length() < 2 || Lexicon.isReportingVerb(lower)) return false;
        if (lower.endsWith("'s") || lower.endsWith("’s")) return true; // "the company's chief executive"
        if (lower.contains("-")) return true; // "Oscar-winning", "Texas-based", "co-founder"
        if (TITLE_PARTICIPLES.contains(lower)) return true;
        if (lower.endsWith("ing") || lower.endsWith("ed") || lower.endsWith("ly")) return false;
        // "the film stars Oscar-winning actress": a word in -s is more often a verb than part of a title.
        if (lower.endsWith("s") && !PLURAL_MODIFIERS.contains(lower)) return false;
        return !STOP_MODIFIERS.contains(lower);
    }

    private static final Set<String> PLURAL_MODIFIERS = Set.of("news", "sports", "sales", "games", "affairs", "operations",
            "communications", "relations", "services", "arts", "politics", "economics", "analytics", "systems",
            "logistics", "markets", "networks", "programs", "programmes", "partnerships", "products", "rights",
            "wines", "graphics", "events", "investments", "securities", "resources", "studies", "sciences");

    private static final Set<String> STOP_MODIFIERS = Set.of("is", "was", "are", "were", "be", "been", "has", "have",
            "had", "will", "would", "can", "could", "may", "might", "to", "with", "by", "from", "of", "at", "in", "on",
            "for", "as", "than", "what", "who", "whom", "that", "this", "his", "her", "their", "its", "our", "my",
            "your", "the", "a", "an", "said", "says", "told", "asked", "met", "like", "including", "against", "between",
            "among", "about", "over", "under", "into", "onto", "upon", "via", "per", "thanked", "praised", "called",
            "named", "hired", "fired", "replaced", "succeeded", "became", "becomes", "become", "joined", "joins",
            "whether", "where", "when", "while", "and", "or", "but", "not", "no", "also", "then", "now", "so", "if",
            "once", "after", "before", "since", "until", "because", "both", "either", "neither", "all", "some");

    // The word sets of these rules, made once: a Set.of(...) in a method is built again on every call, and these
    // run for every name mention of every article.
    private static final Set<String> TITLE_JOINERS = Set.of("of", "for", "and", "the", "de");
    private static final Set<String> LEADERS = Set.of("leader", "president", "chancellor", "premier", "minister", "king",
            "queen", "head", "chief", "governor", "mayor", "chairman", "chairwoman", "chair");
    private static final Set<String> SPOKES = Set.of("spokesman", "spokeswoman", "spokesperson");
    private static final Set<String> CANDIDATES = Set.of("candidate", "nominee", "contender");
    private static final Set<String> TRAILING_JOINERS = Set.of("and", "&", "the", "a", "an");
    private static final Set<String> TITLE_NOUNS = Set.of("sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "adm",
            "secretary", "president", "chancellor", "minister", "senator", "governor", "cmdr", "maj", "atty", "supt");
    private static final Set<String> TITLE_PREFIXES = Set.of("co", "vice", "ex", "deputy", "assistant");

    static boolean isTitleNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        if (w.isEmpty()) return false;
        if (Lexicon.isRoleNoun(w) || Lexicon.isOccupation(w) || TITLE_NOUNS.contains(w)) return true;
        // "co-author", "vice-chair", "ex-minister": a role noun with a prefix.
        int dash = w.indexOf('-');
        return dash > 0 && dash < w.length() - 1 && TITLE_PREFIXES.contains(w.substring(0, dash))
                && isTitleNoun(w.substring(dash + 1));
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '\'' || c == '’';
    }

    /**
     * The appositive after a name, set off by a comma or a dash: ", the new chief of British foreign intelligence
     * service MI6,", ", a senior analyst at the Harbour Institute,", " — a young British filmmaker —". It must name a
     * role; it ends at the next comma or dash, at a relative clause, and after its last role noun unless a
     * prepositional phrase follows ("director for games at Acme"); a phrase that refers by a description rather
     * than a name ("at the tech giant") is left out.
     */
    static @Nullable String appositive(String text, NameMention m) {
        int i = m.end();
        if (m.possessive() || i + 2 >= text.length()) return null;
        int start;
        if (text.charAt(i) == ',' && text.charAt(i + 1) == ' ') start = i + 2;
        else if (text.startsWith(" — ", i) || text.startsWith(" – ", i)) start = i + 3;
        else return null;
        int end = start;
        while (end < text.length() && ",.;:()\"“”\n—–".indexOf(text.charAt(end)) < 0) end++;
        // A dot inside an abbreviation ("U.S.", "Inc.") does not end the appositive.
        while (end < text.length() && text.charAt(end) == '.' && end + 1 < text.length()
                && (Character.isLetter(text.charAt(end + 1)) || end > 0 && Character.isUpperCase(text.charAt(end - 1))
                && end + 2 < text.length() && text.charAt(end + 1) == ' ' && Character.isLowerCase(text.charAt(end + 2)))) {
            end++;
            while (end < text.length() && ",.;:()\"“”\n—–".indexOf(text.charAt(end)) < 0) end++;
        }
        String phrase = text.substring(start, end).strip();
        if (phrase.isEmpty()) return null;
        String[] words = phrase.split(" ");
        String first = words[0].toLowerCase(Locale.ROOT);
        if (Character.isDigit(first.charAt(0)) || STOP_APPOSITIVE.contains(first) || Lexicon.isReportingVerb(first)) return null;
        boolean determiner = first.equals("the") || first.equals("a") || first.equals("an");
        // ", with NATO's chief" or ", and then": a preposition or a conjunction opens no appositive.
        if (!determiner && (PREPOSITIONS.contains(first) || Lexicon.isNotName(first) && !first.equals("his")
                && !first.equals("her") && !first.equals("their"))) return null;
        // "Ann Lund, Tomas Brel and Eva Holm": a capitalised appositive must be a title ("Head of Research").
        if (!determiner && Character.isUpperCase(words[0].charAt(0)) && !isTitleNoun(clean(words[0]))
                && !Lexicon.isTitleWord(words[0]) && !words[0].endsWith("'s") && !words[0].endsWith("’s")) {
            boolean titleSoon = false;
            for (int k = 0; k < Math.min(words.length, 4) && !titleSoon; k++)
                titleSoon = isTitleNoun(clean(words[k])) && Character.isLowerCase(words[k].charAt(0));
            if (!titleSoon) return null;
        }
        var kept = new ArrayList<String>();
        int lastRole = -1;
        boolean inPhrase = false;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!kept.isEmpty() && (STOP_APPOSITIVE.contains(lower) || Lexicon.isReportingVerb(lower) && !isTitleNoun(lower))) break;
            if (lastRole >= 0 && !inPhrase) {
                boolean goesOn = PREPOSITIONS.contains(lower) || lower.equals("and") || lower.equals("&")
                        || isTitleNoun(clean(w)) || Character.isUpperCase(w.charAt(0)) && lastRole == kept.size() - 1
                        || compoundGoesOn(words, kept.size());
                if (!goesOn) break;
                if (PREPOSITIONS.contains(lower)) inPhrase = true;
            } else if (inPhrase && lower.equals("and")) {
                inPhrase = false; // "professor at X and co-editor of the survey"
            }
            kept.add(w);
            if (isTitleNoun(clean(w))) {
                lastRole = kept.size() - 1;
                inPhrase = false;
            }
        }
        while (!kept.isEmpty() && (PREPOSITIONS.contains(kept.get(kept.size() - 1))
                || TRAILING_JOINERS.contains(kept.get(kept.size() - 1).toLowerCase(Locale.ROOT))))
            kept.remove(kept.size() - 1);
        if (lastRole < 0 || kept.size() > 18 || kept.isEmpty()) return null;
        if (determiner) kept.remove(0);
        String role = descriptionCut(String.join(" ", kept).strip());
        return role.isEmpty() ? null : role;
    }

    /** "consultant chest physician": another role noun follows within a few modifiers, before any preposition. */
    private static boolean compoundGoesOn(String[] words, int from) {
        for (int k = from; k < Math.min(words.length, from + 3); k++) {
            String lower = words[k].toLowerCase(Locale.ROOT);
            if (PREPOSITIONS.contains(lower) || STOP_APPOSITIVE.contains(lower) || Lexicon.isReportingVerb(lower)) return false;
            if (isTitleNoun(clean(words[k]))) return true;
        }
        return false;
    }

    // Compiled once, not per call.
    private static final WordSet PREPOSITIONS = WordSet.of("of", "at", "for", "with", "in", "from", "on", "to");
    private static final java.util.regex.Pattern DESCRIPTION = java.util.regex.Pattern.compile(
            "\\s+(?:at|of|for|with|from|in)\\s+(?:the|a|an|its|his|her|their|this|that)\\s+\\p{Ll}[^,]*$");

    /** "head of puzzles at the toy maker" → "head of puzzles": a description is not the body's name. */
    private static String descriptionCut(String role) {
        var m = DESCRIPTION.matcher(role);
        if (!m.find() || m.start() == 0) return role;
        String cut = role.substring(0, m.start());
        return words(cut).isEmpty() ? role : cut;
    }

    private static String clean(String word) {
        return Splits.lettersAnd(word, "-.");   // [^\p{L}\-.] taken out, without a matcher per word
    }
}
