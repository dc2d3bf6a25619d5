package org.quotable.extractor.role;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.quotable.extractor.internal.Lexicon;
import org.quotable.extractor.speaker.Cast;
import org.quotable.extractor.speaker.NameMention;
import org.quotable.extractor.speaker.Person;

/**
 * The role of every person in one article, taken from where the article introduces them: a title before the name
 * ({@code German Chancellor Friedrich Merz}, {@code Kremlin foreign policy aide Yuri Ushakov}) or an appositive
 * after it ({@code Rustem Umerov, Zelensky's senior security official,}). The first stated role follows the person
 * through the article. Immutable; built in one pass over the names.
 */
public final class Roles {
    private static final Set<String> STOP_APPOSITIVE = Set.of("who", "which", "whose", "said", "says", "told", "and",
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
        for (NameMention m : cast.mentions()) {
            Person p = cast.resolve(m);
            if (p.organization()) continue;
            last.put(p.name(), m.start());
            if (roles.containsKey(p.name())) continue;
            String role = titleBefore(text, m);
            // A bare abbreviated title ("Rep.", "Sen.") says less than an appositive after the name.
            if (role == null || role.endsWith(".") && !role.contains(" ")) {
                String appositive = appositive(text, m);
                if (appositive != null || role == null) role = appositive;
            }
            if (role != null) roles.put(p.name(), role);
        }
        return new Roles(roles, last);
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
        Set<String> leaders = Set.of("leader", "president", "chancellor", "premier", "minister", "king", "queen",
                "head", "chief", "governor", "mayor", "chairman", "chairwoman", "chair");
        if (leaders.contains(head) && leaders.contains(roleWord)) return true;
        Set<String> spokes = Set.of("spokesman", "spokeswoman", "spokesperson");
        if (spokes.contains(head) && spokes.contains(roleWord)) return true;
        Set<String> candidates = Set.of("candidate", "nominee", "contender");
        return candidates.contains(head) && candidates.contains(roleWord);
    }

    private static List<String> words(String phrase) {
        var out = new ArrayList<String>();
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\-]+")) {
            if (w.isEmpty() || w.equals("the") || w.equals("a") || w.equals("an") || w.equals("of")) continue;
            out.add(w);
        }
        return out;
    }

    /** "German Chancellor" before "Friedrich Merz"; "Kremlin foreign policy aide" before "Yuri Ushakov". */
    static @Nullable String titleBefore(String text, NameMention m) {
        int start = m.nameStart();
        int i = start;
        boolean hasRoleWord = false;
        int roleStart = start;
        while (true) {
            int j = i;
            while (j > 0 && text.charAt(j - 1) == ' ') j--;
            if (j == 0 || j == i) break;
            int w = j;
            while (w > 0 && isWordChar(text.charAt(w - 1))) w--;
            if (w == j) break;
            String word = text.substring(w, j);
            boolean title = Lexicon.isTitleWord(word) || Lexicon.isRoleNoun(word) || Lexicon.isNationality(word)
                    || Character.isUpperCase(word.charAt(0)) && (Lexicon.isOrganizationWord(word) || isAcronym(word)) && roleStart < start;
            if (!title) break;
            if (Lexicon.isRoleNoun(word.toLowerCase(Locale.ROOT)) || isTitleNoun(word)) hasRoleWord = true;
            roleStart = w;
            i = w;
        }
        if (!hasRoleWord || roleStart >= start) return null;
        String role = text.substring(roleStart, start).strip();
        String lower = role.toLowerCase(Locale.ROOT);
        if (lower.equals("former") || lower.equals("first")) return null;
        return role;
    }

    private static boolean isTitleNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        return Lexicon.isRoleNoun(w) || Set.of("sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "adm", "secretary",
                "president", "chancellor", "minister", "senator", "governor").contains(w);
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '\'' || c == '’';
    }

    /** ", the new chief of British foreign intelligence service MI6," after the name. */
    static @Nullable String appositive(String text, NameMention m) {
        int i = m.end();
        if (m.possessive() || i + 2 >= text.length() || text.charAt(i) != ',' || text.charAt(i + 1) != ' ') return null;
        int start = i + 2;
        int end = start;
        while (end < text.length() && ",.;:()\"“”\n".indexOf(text.charAt(end)) < 0) end++;
        // A dot inside an abbreviation ("U.S.") does not end the appositive.
        while (end < text.length() && text.charAt(end) == '.' && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1))) {
            end++;
            while (end < text.length() && ",.;:()\"“”\n".indexOf(text.charAt(end)) < 0) end++;
        }
        String phrase = text.substring(start, end);
        String[] words = phrase.split(" ");
        var kept = new ArrayList<String>();
        for (String w : words) {
            if (!kept.isEmpty() && STOP_APPOSITIVE.contains(w.toLowerCase(Locale.ROOT))) break;
            kept.add(w);
        }
        if (kept.isEmpty() || kept.size() > 16) return null;
        String first = kept.get(0).toLowerCase(Locale.ROOT);
        boolean opens = first.equals("the") || first.equals("a") || first.equals("an") || first.endsWith("'s")
                || first.endsWith("’s") || Lexicon.isTitleWord(kept.get(0)) || Lexicon.isRoleNoun(first)
                || first.equals("his") || first.equals("her") || first.equals("their");
        if (!opens) return null;
        boolean hasRole = false;
        for (String w : kept) if (isTitleNoun(w.replaceAll("[^\\p{L}\\-.]", ""))) hasRole = true;
        if (!hasRole) return null;
        if (first.equals("the") || first.equals("a") || first.equals("an")) kept.remove(0);
        String role = String.join(" ", kept).strip();
        return role.isEmpty() ? null : role;
    }
}
