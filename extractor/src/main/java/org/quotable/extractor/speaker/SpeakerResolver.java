package org.quotable.extractor.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.quotable.extractor.internal.Lexicon;
import org.quotable.extractor.pipeline.Attribution;
import org.quotable.extractor.pipeline.Candidate;
import org.quotable.extractor.pipeline.ExtractionStage;
import org.quotable.extractor.pipeline.ExtractionState;
import org.quotable.extractor.text.Document;
import org.quotable.extractor.text.Span;
import org.quotable.schema.QuoteType;
import org.quotable.schema.SpeakerType;

/**
 * The second stage: attributes each quotation with ordered sieves, from the most precise to the least, and records
 * which sieve fired. Immutable and thread-safe.
 *
 * <ol>
 *   <li>{@code transcript}: a quote opening with a speaker label ({@code "PENCE: Well, …"});</li>
 *   <li>{@code after}: {@code "…," X said} and {@code "…," said X}, with appositives ({@code X, a spokesman, said});</li>
 *   <li>{@code dash}: {@code "…" — X};</li>
 *   <li>{@code before}: {@code X said: "…"}, {@code X said that "…"}, {@code X told Reuters "…"}, and the subject
 *       of a reporting verb earlier in the sentence for a partial quote;</li>
 *   <li>{@code according-to}: {@code according to X};</li>
 *   <li>{@code label}: {@code X: "…"} in headlines;</li>
 *   <li>{@code continued}, {@code previous-quote}, {@code previous-paragraph}: a quote without attribution of its
 *       own inherits it from the rest of a multi-paragraph quote, from the quote before it in the paragraph, or from
 *       the previous paragraph in a run of quotes.</li>
 * </ol>
 *
 * <p>Pronouns ("she added") resolve to the most recent person who was the subject of a clause or the speaker of a
 * quote; surnames and possessives resolve through the article's {@link Cast}. Nominal mentions ("the Ukrainian
 * leader") are resolved by the role stage, which knows everyone's role. A partial quote that no sieve attributes is
 * a scare quote and is dropped.
 */
public final class SpeakerResolver implements ExtractionStage {
    /** The sieve name marking a nominal mention ("the chancellor") for the role stage to resolve. */
    public static final String NOMINAL = "nominal";

    private static final String VERBS = Lexicon.reportingVerbPattern();
    private static final String CAP = "\\p{Lu}[\\p{L}\\p{M}'’\\-]*(?:\\.(?=\\s\\p{Lu}))?";
    private static final String CONNECT = "(?:von|van|der|den|de|da|di|du|del|la|le|bin|al|ibn|el)";
    private static final String NAME = "(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev|Lt|Col|Sgt|Capt)\\.\\s+)?" + CAP
            + "(?:\\s+(?:" + CONNECT + "\\s+)*" + CAP + ")*";
    private static final String PRONOUN = "(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e)";
    private static final String WORD = "[\\p{L}\\p{M}][\\p{L}\\p{M}'’\\-.]*";
    private static final String DETERMINER = "(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Aa]nother|[Tt]wo|[Ss]ome|[Oo]ther)";
    private static final String NOMINAL_NP = DETERMINER + "\\s+(?:" + WORD + "\\s+){0,5}?" + WORD;
    private static final String MENTION = "(?<m>" + NAME + "|" + PRONOUN + "|" + NOMINAL_NP + ")";
    private static final String AUX = "(?:(?:has|had|have|would|will|was|later|also|then|again|once|further|previously|"
            + "earlier|recently|quickly|simply|just|only|\\p{Ll}+ly)\\s+){0,2}";
    private static final String APPOSITIVE = "(?:\\s*,\\s*(?<app>[^,\"“”]{1,160}?)\\s*,)?";
    private static final String TOLD = "(?:\\s+(?:reporters|journalists|the\\s+\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)*|" + CAP
            + "(?:\\s+" + CAP + ")*|me|us|him|her|them|an?\\s+\\w+|the\\s+\\w+))?";

    private static final Pattern AFTER_SUBJECT_VERB = Pattern.compile("^[\\s,;:.!?…—–\\-]*" + MENTION + APPOSITIVE
            + "\\s+" + AUX + "(?<v>" + VERBS + ")\\b(?<obj>" + TOLD + ")");
    private static final Pattern AFTER_VERB_SUBJECT = Pattern.compile("^[\\s,;:—–\\-]*(?<v>" + VERBS + ")\\s+(?<m>"
            + NAME + "|" + PRONOUN + "|" + DETERMINER + "\\s+[^,.;:!?\"“”()]{1,80})");
    private static final Pattern AFTER_DASH = Pattern.compile("^[\\s,]*[―—–]\\s*(?<m>" + NAME + ")");
    private static final Pattern BEFORE = Pattern.compile(MENTION + APPOSITIVE + "\\s+" + AUX + "(?<v>" + VERBS
            + ")\\b(?<obj>" + TOLD + ")");
    private static final Pattern ACCORDING_TO = Pattern.compile("\\b[Aa]ccording to (?<m>" + NAME + "|"
            + DETERMINER + "\\s+[^,.;:!?\"“”()]{1,80})");
    private static final Pattern LABEL = Pattern.compile("(?:^|[.!?]\\s)(?<m>" + NAME + ")\\s*:\\s*$");
    private static final Pattern TRANSCRIPT = Pattern.compile("^(?<m>\\p{Lu}[\\p{Lu}.'’\\- ]{1,40}\\p{Lu}\\.?)\\s*:\\s+");
    private static final Set<String> CUT_WORDS = Set.of("in", "on", "at", "to", "after", "before", "during", "with",
            "from", "when", "while", "as", "who", "which", "that", "last", "this", "earlier", "later", "about", "via",
            "and", "by", "told", "said");

    @Override public String name() { return "speakers"; }

    @Override public ExtractionState apply(ExtractionState state) {
        Document document = state.document();
        Cast cast = Cast.of(document.text());
        List<Candidate> in = state.candidates();
        var attributed = new ArrayList<Candidate>(in.size());
        Cast.Mentioned lastSpeaker = null;
        for (int i = 0; i < in.size(); i++) {
            Candidate c = in.get(i);
            int previousClose = i > 0 ? in.get(i - 1).closeMark() : 0;
            int nextOpen = i + 1 < in.size() ? in.get(i + 1).openMark() : document.text().length();
            Candidate done = attribute(document, cast, c, previousClose, nextOpen, lastSpeaker);
            attributed.add(done);
            Attribution a = done.attribution();
            if (a != null && a.speakerType() == SpeakerType.PERSON && !a.sieve().endsWith(NOMINAL))
                lastSpeaker = new Cast.Mentioned(new Person(a.speaker(), false), c.openMark());
        }
        return state.withCandidates(inherit(document, attributed));
    }

    private Candidate attribute(Document document, Cast cast, Candidate c, int previousClose, int nextOpen,
                                Cast.@Nullable Mentioned lastSpeaker) {
        String text = document.text();
        Span paragraph = document.paragraphAt(c.openMark());
        // Transcripts: "PENCE: Well, look…" — the label names the speaker and is not part of the quote.
        Matcher label = TRANSCRIPT.matcher(text.substring(c.start(), c.end()));
        if (label.find() && label.end() < c.end() - c.start()) {
            String name = titleCase(label.group("m"));
            Person p = cast.resolve(name);
            if (p != null)
                return c.withStart(c.start() + label.end())
                        .withAttribution(new Attribution(p.name(), label.group("m"), typeOf(p), null, "transcript", 0.9));
        }
        Span closeSentence = document.sentenceAt(Math.max(c.closeMark() - 1, c.start()));
        int afterEnd = Math.min(Math.min(nextOpen, paragraph.end()), Math.max(closeSentence.end(), c.closeMark()));
        if (afterEnd <= c.closeMark()) afterEnd = Math.min(Math.min(nextOpen, paragraph.end()), c.closeMark() + 200);
        String after = text.substring(c.closeMark(), Math.max(c.closeMark(), afterEnd));
        Span openSentence = document.sentenceAt(c.openMark());
        int beforeStart = Math.max(Math.max(Math.min(openSentence.start(), c.openMark()), paragraph.start()), previousClose);
        beforeStart = Math.max(beforeStart, c.openMark() - 400);
        String before = text.substring(Math.min(beforeStart, c.openMark()), c.openMark());

        Attribution a = afterSubjectVerb(cast, after, c, lastSpeaker);
        if (a == null) a = afterVerbSubject(cast, after, c, lastSpeaker);
        if (a == null) a = dash(cast, after);
        if (a == null) a = before(cast, before, c.openMark(), c, lastSpeaker);
        if (a == null) a = accordingTo(cast, before + " " + after, c, lastSpeaker);
        if (a == null) a = label(cast, before);
        return c.withAttribution(a);
    }

    private @Nullable Attribution afterSubjectVerb(Cast cast, String after, Candidate c, Cast.@Nullable Mentioned last) {
        Matcher m = AFTER_SUBJECT_VERB.matcher(after);
        if (!m.find()) return null;
        return mention(cast, m.group("m"), cue(m), "after", 0.95, c.closeMark(), last);
    }

    private @Nullable Attribution afterVerbSubject(Cast cast, String after, Candidate c, Cast.@Nullable Mentioned last) {
        Matcher m = AFTER_VERB_SUBJECT.matcher(after);
        if (!m.find()) return null;
        String mention = cutNominal(m.group("m"));
        return mention(cast, mention, m.group("v"), "after", 0.95, c.closeMark(), last);
    }

    private @Nullable Attribution dash(Cast cast, String after) {
        Matcher m = AFTER_DASH.matcher(after);
        if (!m.find()) return null;
        Person p = cast.resolve(m.group("m"));
        if (p == null) return null;
        return new Attribution(p.name(), m.group("m"), typeOf(p), null, "dash", 0.85);
    }

    private @Nullable Attribution before(Cast cast, String before, int quoteAt, Candidate c, Cast.@Nullable Mentioned last) {
        Matcher m = BEFORE.matcher(before);
        Attribution best = null;
        int from = 0;
        while (from < before.length() && m.find(from)) {
            Attribution a = mention(cast, m.group("m"), cue(m), "before", 0.9, quoteAt - before.length() + m.start(), last);
            if (a != null) {
                String rest = before.substring(m.end()).strip();
                double confidence = rest.isEmpty() || rest.equals(":") || rest.equals(",") || rest.equals("that") ? 0.9
                        : c.type() == QuoteType.PARTIAL ? 0.8 : 0.7;
                best = new Attribution(a.speaker(), a.mention(), a.speakerType(), a.cue(), a.sieve(), confidence);
                from = m.end();
            } else {
                from = m.start() + 1;
            }
        }
        return best;
    }

    private @Nullable Attribution accordingTo(Cast cast, String context, Candidate c, Cast.@Nullable Mentioned last) {
        Matcher m = ACCORDING_TO.matcher(context);
        if (!m.find()) return null;
        return mention(cast, cutNominal(m.group("m")), "according to", "according-to", 0.85, c.openMark(), last);
    }

    private @Nullable Attribution label(Cast cast, String before) {
        Matcher m = LABEL.matcher(before);
        if (!m.find()) return null;
        Person p = cast.resolve(m.group("m"));
        if (p == null) return null;
        return new Attribution(p.name(), m.group("m"), typeOf(p), null, "label", 0.8);
    }

    private static String cue(Matcher m) {
        String obj = m.group("obj");
        String verb = m.group("v");
        boolean tell = verb.toLowerCase(Locale.ROOT).startsWith("tel") || verb.equalsIgnoreCase("told");
        return tell && obj != null && !obj.isBlank() ? verb + " " + obj.strip() : verb;
    }

    /** Turns the words that name the speaker into an attribution, or null when they name no one. */
    private @Nullable Attribution mention(Cast cast, String written, String cue, String sieve, double confidence,
                                          int at, Cast.@Nullable Mentioned lastSpeaker) {
        String mention = written.strip();
        if (mention.matches(PRONOUN)) {
            String lower = mention.toLowerCase(Locale.ROOT);
            if (lower.equals("they") || lower.equals("we")) return null;
            Cast.Mentioned subject = cast.recentSubject(at);
            Cast.Mentioned chosen = subject;
            if (lastSpeaker != null && (chosen == null || lastSpeaker.index() >= chosen.index())) chosen = lastSpeaker;
            if (chosen == null) return null;
            return new Attribution(chosen.person().name(), mention, SpeakerType.PERSON, cue, sieve + "+pronoun",
                    Math.min(confidence, 0.8));
        }
        String first = mention.split("\\s+")[0];
        if (first.matches(DETERMINER)) {
            String rest = mention.substring(first.length()).strip();
            boolean properName = !rest.isEmpty() && Character.isUpperCase(rest.charAt(0)) && rest.equals(titleWords(rest));
            if (properName) {
                Person p = cast.resolve(rest);
                if (p != null) return new Attribution(p.name(), mention, typeOf(p), cue, sieve, confidence);
            }
            if (!isNominal(mention)) return null;
            boolean organization = isOrganizationNoun(mention);
            return new Attribution(mention, mention, organization ? SpeakerType.ORGANIZATION : SpeakerType.PERSON, cue,
                    sieve + "+" + NOMINAL, Math.min(confidence, 0.7));
        }
        Person p = cast.resolve(mention);
        if (p == null) return null;
        return new Attribution(p.name(), mention, typeOf(p), cue, sieve, confidence);
    }

    /** Whether a noun phrase names a person or a body by its role: "the Ukrainian leader", "a spokesman", "the campaign". */
    static boolean isNominal(String phrase) {
        String[] words = phrase.split("\\s+");
        String head = words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\-]", "");
        if (Lexicon.isRoleNoun(head) || isOrganizationNoun(phrase)) return true;
        if (head.endsWith("s") && Lexicon.isRoleNoun(head.substring(0, head.length() - 1))) return true;
        return head.equals("sources") || head.equals("source") || head.equals("officials") || head.equals("people")
                || Names.isOrganization(List.of(words[words.length - 1]));
    }

    private static boolean isOrganizationNoun(String phrase) {
        String[] words = phrase.split("\\s+");
        String head = words[words.length - 1].toLowerCase(Locale.ROOT);
        return Set.of("campaign", "government", "ministry", "administration", "company", "agency", "department",
                "committee", "office", "statement", "report", "court", "police", "military", "army", "kremlin",
                "embassy", "spokesman's", "party", "organization", "organisation", "group", "firm", "council",
                "commission", "union", "white", "house", "network", "newspaper", "paper", "study", "poll", "survey",
                "website", "site", "magazine", "board", "team").contains(head);
    }

    private static String cutNominal(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        var kept = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0 && CUT_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) break;
            if (!kept.isEmpty()) kept.append(' ');
            kept.append(words[i]);
        }
        return kept.toString();
    }

    /** The phrase if every word of it is capitalised (a proper name), else its capitalised prefix. */
    private static String titleWords(String phrase) {
        var out = new StringBuilder();
        for (String w : phrase.split("\\s+")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) break;
            if (!out.isEmpty()) out.append(' ');
            out.append(w);
        }
        return out.toString();
    }

    private static SpeakerType typeOf(Person p) {
        return p.organization() ? SpeakerType.ORGANIZATION : SpeakerType.PERSON;
    }

    private static String titleCase(String upper) {
        var out = new StringBuilder();
        for (String w : upper.strip().split(" ")) {
            if (w.isEmpty()) continue;
            if (!out.isEmpty()) out.append(' ');
            out.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** Passes attributions on to quotes without their own, then drops unattributed partial quotes (scare quotes). */
    private static List<Candidate> inherit(Document document, List<Candidate> in) {
        var out = new ArrayList<>(in);
        // Multi-paragraph quotes share one speaker: find it anywhere in the chain.
        for (int i = 0; i < out.size(); i++) {
            int j = i;
            while (j + 1 < out.size() && out.get(j + 1).continues()) j++;
            if (j > i) {
                Attribution shared = null;
                for (int k = i; k <= j && shared == null; k++) shared = out.get(k).attribution();
                for (int k = i; k <= j; k++)
                    if (out.get(k).attribution() == null && shared != null)
                        out.set(k, out.get(k).withAttribution(shared.inherited("continued", 0.85)));
                i = j;
            }
        }
        for (int i = 1; i < out.size(); i++) {
            Candidate c = out.get(i);
            if (c.attribution() != null) continue;
            Candidate previous = out.get(i - 1);
            if (previous.attribution() == null) continue;
            int paragraph = document.paragraphIndex(c.openMark());
            int previousParagraph = document.paragraphIndex(previous.openMark());
            if (paragraph == previousParagraph) {
                out.set(i, c.withAttribution(previous.attribution().inherited("previous-quote", 0.8)));
            } else if (paragraph == previousParagraph + 1 && c.type() == QuoteType.DIRECT
                    && c.openMark() == document.paragraphs().get(paragraph).start()
                    && endsWithQuoteOrAttribution(document, previous)) {
                out.set(i, c.withAttribution(previous.attribution().inherited("previous-paragraph", 0.6)));
            }
        }
        out.removeIf(c -> c.attribution() == null && c.type() == QuoteType.PARTIAL);
        return out;
    }

    /** Whether the previous quote's paragraph ends with that quote's sentence: a run of quotes by one speaker. */
    private static boolean endsWithQuoteOrAttribution(Document document, Candidate previous) {
        Span paragraph = document.paragraphAt(previous.openMark());
        Span sentence = document.sentenceAt(Math.max(previous.closeMark() - 1, previous.start()));
        return sentence.end() >= paragraph.end() || document.text().substring(previous.closeMark(), paragraph.end()).strip().length() < 80;
    }
}
