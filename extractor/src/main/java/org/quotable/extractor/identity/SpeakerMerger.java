package org.quotable.extractor.identity;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.SpeakerRecord;
import org.quotable.schema.SpeakerType;

/**
 * Merges the speakers of a whole dataset: collects every attributed quote's speaker name, article, type, role and
 * date, then {@link #resolve() resolves} which names are one speaker. Not thread-safe; memory grows with the
 * distinct (article, speaker name) pairs, not with the quotes.
 *
 * <p>The rules, from the most to the least certain:
 * <ol>
 *   <li>Names are compared without leading titles ("President", "Mr"), case, accents, generational suffixes, and
 *       with transliteration endings evened out: "President Zelensky", "Zelenskyy" and "zelensky" have one surname.</li>
 *   <li>Full names (a given name and a surname) are one person when their surnames agree and their first given
 *       names agree or one is the other's initial: "Volodymyr Zelenskyy" = "Volodymyr Zelensky" = "V. Zelensky";
 *       "Donald Trump" and "Melania Trump" stay two people.</li>
 *   <li>A surname alone joins the one full-named person of that surname in the dataset; when there are several, the
 *       one quoted in the same article; else the one whose roles include the title or role given with the surname
 *       ("President Trump" joins the Trump who is quoted as president); else the one quoted at least three times as
 *       often as any other (among those the article quotes, else in the dataset); else it stays a speaker of its own.</li>
 *   <li>Organisations are merged on their folded name without a leading "the".</li>
 * </ol>
 * Nicknames ("Joe" for "Joseph") are not merged, and two different people known by a surname alone are merged:
 * the rules have no way to tell them apart.
 *
 * <pre>{@code
 * var merger = new SpeakerMerger();
 * quotes.forEach(merger::add);
 * SpeakerMerger.Directory speakers = merger.resolve();
 * speakers.rows().forEach(out::writeSpeaker);
 * quotes.stream().map(speakers::link).forEach(out::writeQuote);
 * }</pre>
 */
public final class SpeakerMerger {
    /** The key of one speaker name in one article. */
    private record MentionKey(String articleId, String speaker, boolean organization) {}

    /** What the quotes with one speaker name in one article say. */
    private static final class Mention {
        final MentionKey key;
        final PersonName name;
        int quotes;
        final Map<String, Integer> roles = new HashMap<>();
        final Map<SpeakerType, Integer> types = new HashMap<>();
        @Nullable LocalDate first, last;

        Mention(MentionKey key, PersonName name) {
            this.key = key;
            this.name = name;
        }
    }

    private final Map<MentionKey, Mention> mentions = new LinkedHashMap<>();
    /** Each speaker name parsed once: a dataset has few names and many (article, name) pairs. */
    private final Map<String, PersonName> names = new HashMap<>();

    /** Records one quote's speaker; an unattributed quote is ignored. */
    public void add(QuoteRecord quote) {
        add(quote.articleId(), quote.speaker(), quote.speakerType(), quote.role(), quote.date());
    }

    /** Records one attribution: the speaker name in an article, with its type, role and date when known. */
    public void add(String articleId, @Nullable String speaker, @Nullable SpeakerType type, @Nullable String role,
                    @Nullable LocalDate date) {
        requireNonNull(articleId, "articleId");
        if (speaker == null || speaker.isBlank()) return;
        var key = new MentionKey(articleId, speaker, type == SpeakerType.ORGANIZATION);
        Mention m = mentions.computeIfAbsent(key, k -> new Mention(k, names.computeIfAbsent(k.speaker(), PersonName::parse)));
        m.quotes++;
        if (type != null) m.types.merge(type, 1, Integer::sum);
        if (role != null && !role.isBlank()) m.roles.merge(clean(role), 1, Integer::sum);
        if (date != null) {
            if (m.first == null || date.isBefore(m.first)) m.first = date;
            if (m.last == null || date.isAfter(m.last)) m.last = date;
        }
    }

    /**
     * The group a speaker name is resolved in: {@link #resolve()} decides the speakers of each group from that group's
     * names alone (people by surname, organisations by folded name), so a build that adds a few quotes to a large
     * dataset need resolve again only the groups of the names they bring.
     */
    public static String groupOf(String speaker, @Nullable SpeakerType type) {
        requireNonNull(speaker, "speaker");
        return type == SpeakerType.ORGANIZATION ? "organization:" + organizationKey(speaker)
                : "person:" + PersonName.parse(speaker).surname();
    }

    /** Decides who is who; the merger can take more quotes afterwards and be resolved again. */
    public Directory resolve() {
        var clusters = new TreeMap<String, List<Mention>>();   // identity key → mentions, in key order
        var bySurname = new HashMap<String, List<Mention>>();
        for (Mention m : mentions.values()) {
            if (m.key.organization()) {
                clusters.computeIfAbsent("organization:" + organizationKey(m.key.speaker()), k -> new ArrayList<>()).add(m);
                continue;
            }
            bySurname.computeIfAbsent(m.name.surname(), k -> new ArrayList<>()).add(m);
        }
        for (var group : bySurname.entrySet()) resolvePeople(group.getKey(), group.getValue(), clusters);
        var rows = new ArrayList<SpeakerRecord>();
        var ids = new HashMap<MentionKey, String>();
        for (var cluster : clusters.entrySet()) {
            SpeakerRecord row = row(cluster.getKey(), cluster.getValue());
            rows.add(row);
            for (Mention m : cluster.getValue()) ids.put(m.key, row.speakerId());
        }
        rows.sort(Comparator.comparingInt(SpeakerRecord::quoteCount).reversed().thenComparing(SpeakerRecord::name)
                .thenComparing(SpeakerRecord::speakerId));
        return new Directory(rows, ids);
    }

    /** Rules 2 and 3 for the people who share one surname key. */
    private static void resolvePeople(String surname, List<Mention> group, Map<String, List<Mention>> clusters) {
        // Full names first: one person per compatible first given name; full given names before initials.
        var people = new LinkedHashMap<String, List<Mention>>();     // first given name → mentions
        var full = group.stream().filter(m -> m.name.isFull())
                .sorted(Comparator.comparing((Mention m) -> PersonName.isInitial(m.name.firstGiven())).thenComparing(m -> m.name.firstGiven()))
                .toList();
        for (Mention m : full) {
            String given = m.name.firstGiven();
            List<String> matches = people.keySet().stream().filter(g -> PersonName.compatible(g, given)).toList();
            // a new given name, or an initial that fits several people, is a person of its own
            if (matches.size() == 1) people.get(matches.get(0)).add(m);
            else people.computeIfAbsent(given, k -> new ArrayList<>()).add(m);
        }
        var alone = new ArrayList<Mention>();
        var known = people.size() > 1 ? FullNames.of(people) : null;
        for (Mention m : group) {
            if (m.name.isFull()) continue;
            String person = people.isEmpty() ? null : known == null ? people.keySet().iterator().next() : personFor(m, known);
            if (person != null) people.get(person).add(m);
            else alone.add(m);
        }
        for (var person : people.entrySet())
            clusters.put("person:" + person.getKey() + " " + surname, person.getValue());
        if (!alone.isEmpty()) clusters.put("person:" + surname, alone);
    }

    /**
     * What the full-name mentions of each person say, gathered once per surname: the surname-alone mentions only
     * look at full-name ones, so this does not change while they are assigned, and each of them costs a look-up per
     * person instead of a scan of every mention (the scan made a dataset's speaker pass quadratic in a common surname).
     */
    private record FullNames(List<String> people, Map<String, Map<String, Integer>> quotesByArticle,
                             Map<String, Integer> quotes, Map<String, Set<String>> roles) {
        static FullNames of(Map<String, List<Mention>> people) {
            var byArticle = new HashMap<String, Map<String, Integer>>();
            var quotes = new HashMap<String, Integer>();
            var roles = new HashMap<String, Set<String>>();
            for (var person : people.entrySet()) {
                var articles = new HashMap<String, Integer>();
                var personRoles = new HashSet<String>();
                int total = 0;
                for (Mention o : person.getValue()) {
                    if (!o.name.isFull()) continue;
                    articles.merge(o.key.articleId(), o.quotes, Integer::sum);
                    total += o.quotes;
                    personRoles.addAll(rolesOf(o));
                }
                byArticle.put(person.getKey(), articles);
                quotes.put(person.getKey(), total);
                roles.put(person.getKey(), personRoles);
            }
            return new FullNames(List.copyOf(people.keySet()), byArticle, quotes, roles);
        }
    }

    /**
     * The full-named person a surname-alone mention joins, or null when none can be told apart. Only full-name
     * mentions are looked at, so the answer does not depend on the order of the surname-alone ones.
     */
    private static @Nullable String personFor(Mention m, FullNames known) {
        List<String> sameArticle = known.people().stream()
                .filter(p -> known.quotesByArticle().get(p).containsKey(m.key.articleId())).toList();
        if (sameArticle.size() == 1) return sameArticle.get(0);
        var hints = new HashSet<String>();
        if (!m.name.titles().isEmpty()) hints.add(m.name.titles().toLowerCase(Locale.ROOT));
        m.roles.keySet().forEach(r -> hints.add(r.toLowerCase(Locale.ROOT)));
        if (!hints.isEmpty()) {
            List<String> byRole = known.people().stream().filter(p -> sharesRole(known.roles().get(p), hints)).toList();
            if (byRole.size() == 1) return byRole.get(0);
        }
        // News writing calls the far most quoted bearer of a surname by the surname alone: first among those the
        // article quotes, else in the whole dataset.
        return sameArticle.isEmpty() ? dominant(known.people(), known.quotes())
                : dominant(sameArticle, p -> known.quotesByArticle().get(p).getOrDefault(m.key.articleId(), 0));
    }

    /** The candidate with at least {@value #DOMINANCE} times the quotes of any other, or null. */
    private static @Nullable String dominant(List<String> candidates, Map<String, Integer> quotes) {
        return dominant(candidates, quotes::get);
    }

    private static @Nullable String dominant(List<String> candidates, java.util.function.ToIntFunction<String> quotesOf) {
        String best = null;
        int first = 0, second = 0;
        for (String candidate : candidates) {
            int quotes = quotesOf.applyAsInt(candidate);
            if (quotes > first) {
                second = first;
                first = quotes;
                best = candidate;
            } else if (quotes > second) {
                second = quotes;
            }
        }
        return first >= DOMINANCE * Math.max(1, second) ? best : null;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final int DOMINANCE = 3;

    /** The roles and title of a full-name mention, lower-cased. */
    private static Set<String> rolesOf(Mention m) {
        var roles = new HashSet<String>();
        m.roles.keySet().forEach(r -> roles.add(r.toLowerCase(Locale.ROOT)));
        if (!m.name.titles().isEmpty()) roles.add(m.name.titles().toLowerCase(Locale.ROOT));
        return roles;
    }

    private static boolean sharesRole(Set<String> roles, Set<String> hints) {
        for (String role : roles)
            for (String hint : hints)
                if (role.contains(hint) || hint.contains(role)) return true;
        return false;
    }

    private static String organizationKey(String name) {
        var words = new ArrayList<String>();
        for (String word : SPACES.split(name.strip())) {
            String folded = PersonName.fold(word);
            if (!folded.isEmpty()) words.add(folded);
        }
        if (words.size() > 1 && words.get(0).equals("the")) words.remove(0);
        return String.join(" ", words);
    }

    private static SpeakerRecord row(String identity, List<Mention> cluster) {
        var variants = new HashMap<String, Integer>();
        var displays = new HashMap<String, Integer>();
        var roles = new HashMap<String, Integer>();
        var types = new HashMap<SpeakerType, Integer>();
        int quotes = 0;
        LocalDate first = null, last = null;
        boolean anyFull = cluster.stream().anyMatch(m -> m.name.isFull());
        for (Mention m : cluster) {
            quotes += m.quotes;
            variants.merge(clean(m.key.speaker()), m.quotes, Integer::sum);
            if (m.key.organization() || m.name.isFull() == anyFull)
                displays.merge(clean(m.key.organization() ? m.key.speaker().strip() : m.name.display()), m.quotes, Integer::sum);
            m.roles.forEach((r, n) -> roles.merge(r, n, Integer::sum));
            m.types.forEach((t, n) -> types.merge(t, n, Integer::sum));
            if (m.first != null && (first == null || m.first.isBefore(first))) first = m.first;
            if (m.last != null && (last == null || m.last.isAfter(last))) last = m.last;
        }
        String name = mostFrequent(displays).get(0);
        var variantList = new ArrayList<>(mostFrequent(variants));
        if (!variantList.contains(name)) variantList.add(name);
        var roleCounts = new ArrayList<SpeakerRecord.RoleCount>();
        for (String role : mostFrequent(roles)) roleCounts.add(new SpeakerRecord.RoleCount(role, roles.get(role)));
        SpeakerType type = types.isEmpty() ? null
                : types.entrySet().stream().max(Map.Entry.<SpeakerType, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().ordinal(), Comparator.reverseOrder())).orElseThrow().getKey();
        return new SpeakerRecord(SpeakerRecord.idOf(identity), name, variantList, type, roleCounts, quotes, first, last);
    }

    /** Keys by count, most first; ties by the longer, then alphabetically. */
    private static List<String> mostFrequent(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().length(), Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    /** The speakers table's list separator cannot appear inside an item. */
    private static String clean(String text) {
        return text.strip().replace(';', ',');
    }

    /**
     * The speakers of a dataset as {@link #resolve()} decided them: the speakers-table rows, and which row each
     * quote's speaker is. Immutable.
     */
    public static final class Directory {
        private final List<SpeakerRecord> rows;
        private final Map<MentionKey, String> ids;

        private Directory(List<SpeakerRecord> rows, Map<MentionKey, String> ids) {
            this.rows = List.copyOf(rows);
            this.ids = Map.copyOf(ids);
        }

        /** The speakers-table rows, most quoted first, then by name. */
        public List<SpeakerRecord> rows() { return rows; }

        /** The speaker id of a speaker name in an article, or null when it was never added. */
        public @Nullable String idOf(String articleId, @Nullable String speaker, @Nullable SpeakerType type) {
            if (speaker == null || speaker.isBlank()) return null;
            return ids.get(new MentionKey(articleId, speaker, type == SpeakerType.ORGANIZATION));
        }

        /** The quote with its {@code speaker_id} set from this directory (null for an unattributed quote). */
        public QuoteRecord link(QuoteRecord quote) {
            return quote.withSpeakerId(idOf(quote.articleId(), quote.speaker(), quote.speakerType()));
        }
    }
}
