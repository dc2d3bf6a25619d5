package org.quotable.extractor.speaker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
 *   <li>{@code transcript}: a quote opening with a speaker label ({@code "LINDQVIST: Well, …"});</li>
 *   <li>{@code after}: {@code "…," X said}, {@code "…," said X}, with titles, initials, parentheses and appositives
 *       ({@code "…," Rep. Dana Holt (R-Ohio), a panel member, said});</li>
 *   <li>{@code dash}: {@code "…" ― X};</li>
 *   <li>{@code before}: {@code X said: "…"}, {@code X said that "…"}, {@code X told Reuters "…"}, the subject of a
 *       reporting verb earlier in the sentence for a partial quote ({@code X described it as "…"}), and the sentence
 *       subject of a participle clause ({@code X attacked Y, saying, "…"});</li>
 *   <li>{@code according-to}: {@code according to X};</li>
 *   <li>{@code label}: {@code X: "…"} in headlines;</li>
 *   <li>{@code introduced}: a paragraph ending {@code X continued:} introduces the quote opening the next one;</li>
 *   <li>{@code previous-sentence}: {@code …, X said. "…"}; {@code previous-statement}: a direct quote opening a
 *       sentence after one that reports someone's words or view ({@code X called the plan reckless. "…"});</li>
 *   <li>{@code colon-subject}: {@code X is rolling out a new message: "…"} (lowest confidence);</li>
 *   <li>{@code sentence-end}, {@code sentence-subject}: a quoted fragment read at the level of its sentence, the
 *       clause closing it ({@code … "far too slow" and costly, X said.}) or its subject when a reporting or judging
 *       verb governs the fragment ({@code X rejected the claim as "…"});</li>
 *   <li>{@code headline}: a {@code he} or {@code she} that agrees with no one in the text, the one person the
 *       headline names;</li>
 *   <li>{@code continued}, {@code previous-quote}, {@code previous-paragraph}: a quote without attribution of its
 *       own inherits it from the rest of a multi-paragraph quote, from the quote before it in the paragraph, or from
 *       the previous paragraph in a run of quotes. An unclosed quote kept only by such inheritance is dropped as a
 *       stray mark, unless it resumes right after the previous quote's attribution clause
 *       ({@code "…," X said. "…}), where the opening mark can only start more of X's words;</li>
 *   <li>{@code pull-quote}: a paragraph of nothing but an unattributed quote that repeats words quoted elsewhere
 *       with a speaker. Other quotes without attribution keep no speaker rather than a guess.</li>
 * </ol>
 *
 * <p>Pronouns ("she added") resolve to the most recent person who was the subject of a clause or the speaker of a
 * quote and agrees with the pronoun's gender, where the article gives evidence of it (an honorific, a gendered noun or
 * title, a common first name; see {@link Cast#genderOf}); surnames and possessives resolve through the article's {@link Cast}. Nominal mentions ("the Ukrainian
 * leader") are resolved by the role stage, which knows everyone's role. A partial quote that no sieve attributes is
 * a scare quote and is dropped.
 */
public final class SpeakerResolver implements ExtractionStage {
    /** The sieve name marking a nominal mention ("the chancellor") for the role stage to resolve. */
    public static final String NOMINAL = "nominal";

    private static final String CAP = "(?:\\p{Lu}\\.(?:\\p{Lu}\\.)+|\\p{Lu}[\\p{L}\\p{M}'’\\-]*(?:\\.(?=\\s\\p{Lu}))?)";
    private static final String CONNECT = "(?:von|van|der|den|de|da|di|du|del|la|le|bin|al|ibn|el)";
    private static final String NAME = "(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev|Lt|Col|Sgt|Capt)\\.\\s+)?" + CAP
            + "(?:\\s+(?:" + CONNECT + "\\s+)*" + CAP + ")*";
    private static final String PRONOUN = "(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e)";
    private static final String DETERMINER = "(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Aa]nother|[Tt]wo|[Ss]ome|[Oo]ther)";
    // Compiled once, not per call: these run for every quote.
    private static final Pattern PRONOUN_WORD = Pattern.compile(PRONOUN);
    private static final Pattern DETERMINER_WORD = Pattern.compile(DETERMINER);
    private static final Pattern THEY_OR_IT = Pattern.compile("(?:[Tt]hey|[Ii]t)");
    private static final Pattern QUANTIFIER_WORD = Pattern.compile("(?i)several|many|most|both|all|two|three|other");
    private static final Pattern THE_ITS_THEIR = Pattern.compile("(?i)the|its|their");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD_LETTER = Pattern.compile("[^\\p{L}\\-]");

    private static final Pattern AFTER_DASH = Pattern.compile("^[\\s,]*[―—–]\\s*(?<m>" + NAME + ")");
    private static final Pattern ACCORDING_TO = Pattern.compile("\\b[Aa]ccording to (?<m>" + NAME + "|"
            + DETERMINER + "\\s+[^,.;:!?\"“”()]{1,80})");
    private static final Pattern LABEL = Pattern.compile("(?:^|[.!?]\\s)(?<m>" + NAME + ")\\s*:\\s*$");
    private static final Pattern TRANSCRIPT = Pattern.compile("^(?<m>\\p{Lu}[\\p{Lu}.'’\\- ]{1,40}\\p{Lu}\\.?)\\s*:\\s+");
    // An interview line without marks ("Dana Hale: We will rebuild."): a name in title case may be its label.
    private static final Pattern INTERVIEW_LABEL = Pattern.compile("^(?<m>\\p{Lu}[\\p{L}.'’\\-]*(?: \\p{Lu}[\\p{L}.'’\\-]*){0,3})\\s*:\\s+");
    private static final Set<String> ORGANIZATION_HEADS = Set.of("campaign", "government", "ministry", "administration",
            "company", "agency", "department", "committee", "office", "statement", "report", "court", "police",
            "military", "army", "kremlin", "embassy", "spokesman's", "party", "organization", "organisation", "group",
            "firm", "council", "commission", "union", "white", "house", "network", "newspaper", "paper", "study", "poll",
            "survey", "website", "site", "magazine", "board", "team", "association", "federation", "institute",
            "foundation", "bank", "university", "hospital", "authority", "regulator", "parliament", "coalition",
            "alliance", "league", "club", "charity", "corporation", "airline", "exchange", "fund");
    // A clause opening after a description ends it: "union chief as talks collapse", "a lawyer who was present".
    private static final Set<String> CLAUSE_OPENERS = Set.of("as", "while", "when", "because", "since", "although",
            "though", "after", "before", "who", "which", "whose", "if", "until", "amid");
    private static final Pattern INTRODUCES_NEXT = Pattern.compile("^[\\s,]*[^.!?\"“”:;]{1,60}:\\s*$");
    private static final Pattern TRAILING_PRONOUN = Pattern.compile(
            "^(?:[Ii]n|[Aa]t|[Oo]n|[Dd]uring|[Ll]ater|[Aa]fter|[Bb]efore|[Tt]hen|[Ww]hen)\\b.*\\s(he|she|He|She)$");
    private static final Pattern TITLED_LABEL = Pattern.compile("\\b(?<t>\\p{Ll}[\\p{L}\\-]*)\\s+(?<m>" + NAME + ")\\s*:\\s*$");
    private static final Pattern LEADING_NAME = Pattern.compile("^(" + NAME + "),\\s");
    private static final Pattern ASIDE = Pattern.compile("\\s[—–]\\s[^—–\"“”.!?]{1,200}?\\s[—–]\\s");
    private static final Pattern NICKNAME =
            Pattern.compile("(\\p{Lu}[\\p{L}.'’\\-]*\\s+)[\"“]\\p{Lu}[\\p{L}'’\\-]*[\"”]\\s+(\\p{Lu})");
    // Words sung are lyrics, not statements, and are left out: "“…,” she sings". (A crowd's chant is its words.)
    private static final Pattern SUNG = Pattern.compile("(?i)(?:sing|sings|sang|sung|singing|croon|croons|crooned)\\b.*");
    // "As an old saying would put it, “…”", "as Holmes might say, “…”": words someone would say, not words said.
    private static final Pattern HYPOTHETICAL = Pattern.compile(
            "(?i)\\b(?:would|might|could|may)\\s+(?:say|put it|tell you|reply|answer|ask)[\\s,:]*$");
    // "People say …", "many people said": the public at large is no speaker.
    private static final Pattern GENERIC = Pattern.compile("(?i)(?:(?:many|some|most|other|ordinary)\\s+)?(?:people|folks|everyone|everybody|someone|somebody|nobody)");
    // How far back (in characters) the last body quoted can be for a later "it says" to be its words.
    private static final int BODY_REACH = 1500;
    // Nouns by which a story refers back to a body or to its words: "the statement said", "the group added".
    private static final Set<String> BODY_ANAPHORS = Set.of("statement", "report", "group", "company", "firm",
            "organization", "organisation", "label", "release");

    // "the "Harbour" actor said": a quoted title of a work inside a description of the speaker, left out for the clause.
    private static final Pattern QUOTED_TITLE_IN_DESCRIPTION = Pattern.compile(
            "\\b((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|former)\\s+)[\"“][^\"“”.!?]{1,40}[\"”]\\s+(?=(\\p{Ll}+))");
    // "who phoned in from the set of "Harbour," had …": a title of a work after a preposition, its marks left out.
    private static final Pattern QUOTED_TITLE_AFTER_PREPOSITION = Pattern.compile(
            "\\b((?:of|on|in|from|at|for|with)\\s+)[\"“](\\p{Lu}[^\"“”.!?]{0,40}?)[\"”]");
    // The subject opening a sentence, after an optional opening phrase: "In a post on Monday, Dana Holt …".
    private static final Pattern SENTENCE_SUBJECT = Pattern.compile(
            "^(?:(?:In|At|On|During|After|Before|Later|Earlier|Speaking|Writing)\\b[^,\"“”]{0,120},\\s+)?(?<m>" + NAME + ")\\s+(?=\\p{Ll})");
    // Verbs of judging or recalling that govern a quoted fragment like a reporting verb: "X rejected it as "…"".
    private static final Set<String> VIEW_VERBS = Set.of("rejected", "rejects", "rejecting", "introduced", "introduces",
            "remembered", "remembers", "denounced", "denounces", "derided", "derides", "decried", "decries", "lauded",
            "lauds", "touted", "touts", "credited", "credits", "hailed");
    private static final Pattern WORD = Pattern.compile("\\p{Ll}[\\p{L}\\-]*");
    private static final Pattern QUOTE_MARKS = Pattern.compile("[\"“”]");
    // Letters and digits of a quote, for telling a repeated quote (a pull quote) from its original.
    private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");
    // A pull quote is a whole sentence or more; shorter repeats are slogans or terms.
    private static final int PULL_QUOTE_MIN_WORDS = 6;

    /** The person and the body last given a quote before the one being attributed (either may be null). */
    private record Recent(Cast.@Nullable Mentioned person, Cast.@Nullable Mentioned body, @Nullable String headline) {
        /** No earlier speaker: for clauses that other stages resolve on their own. */
        static final Recent NONE = new Recent(null, null, null);
    }

    // A sentence ending inside a context: a lower-case word, then a full stop, then a capital.
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{Ll}{2}[.!?]\\s+\\p{Lu}");
    private static final Set<String> CUT_WORDS = Set.of("in", "on", "at", "to", "after", "before", "during", "with",
            "from", "when", "while", "as", "who", "which", "that", "last", "this", "earlier", "later", "about", "via",
            "and", "by", "told", "said", "for", "of", "whose");

    @Override public String name() { return "speakers"; }

    @Override public ExtractionState apply(ExtractionState state) {
        Document document = state.document();
        Cast cast = Cast.of(state);
        List<Candidate> in = state.candidates();
        var attributed = new ArrayList<Candidate>(in.size());
        var ownUnresolved = new HashSet<Integer>();
        Cast.Mentioned lastPerson = null;
        Cast.Mentioned lastBody = null;
        var learned = new HashMap<String, Lexicon.Gender>();
        int lyricsParagraph = -1;
        String headline = headlinePerson(state.article().title(), cast);
        for (int i = 0; i < in.size(); i++) {
            Candidate c = in.get(i);
            // An unclosed quote before this one may be a stray mark: its words can still introduce this quote.
            int previousClose = i == 0 ? 0 : in.get(i - 1).closed() ? in.get(i - 1).closeMark() : in.get(i - 1).openMark() + 1;
            int nextOpen = i + 1 < in.size() ? in.get(i + 1).openMark() : document.text().length();
            Candidate done = attribute(document, cast, c, previousClose, nextOpen, new Recent(lastPerson, lastBody, headline),
                    ownUnresolved, learned);
            Attribution a = done.attribution();
            if (a != null && a.cue() != null && SUNG.matcher(a.cue().strip()).matches()) { // lyrics
                lyricsParagraph = document.paragraphIndex(c.openMark());
                continue;
            }
            // "“…,” she sings. “…”": the quote that goes on after the words sung, with no clause of its own, is sung too.
            if (a == null && lyricsParagraph >= 0 && document.paragraphIndex(c.openMark()) == lyricsParagraph) continue;
            lyricsParagraph = -1;
            if (a == null && HYPOTHETICAL.matcher(document.text().substring(Math.max(previousClose, c.openMark() - 60), c.openMark())).find()) continue;
            attributed.add(done);
            if (a != null && a.speakerType() == SpeakerType.PERSON && !a.sieve().endsWith(NOMINAL))
                lastPerson = new Cast.Mentioned(new Person(a.speaker(), false), c.openMark());
            if (a != null && a.speakerType() == SpeakerType.ORGANIZATION && !a.sieve().endsWith(NOMINAL))
                lastBody = new Cast.Mentioned(new Person(a.speaker(), true), c.openMark());
            // "“…,” he said" of someone whose gender the words left open: later pronouns agree with it.
            if (a != null && a.sieve().endsWith("+pronoun") && cast.genderOf(a.speaker()) == null) {
                Lexicon.Gender g = Lexicon.genderOfPronoun(a.mention());
                if (g != null) learned.putIfAbsent(a.speaker(), g);
            }
        }
        return state.withCandidates(inherit(document, attributed, ownUnresolved));
    }

    /**
     * The one person the headline names by full name ({@code "Dana Hale quits the harbour board"}), resolved through
     * the article's cast; null when it names no one or several. A pronoun that agrees with no one in the text refers
     * to that person.
     */
    private static @Nullable String headlinePerson(@Nullable String title, Cast cast) {
        if (title == null || title.isBlank()) return null;
        String found = null;
        for (NameMention m : Names.find(title)) {
            if (m.tokens().size() < 2 || Names.isOrganization(m.tokens())) continue;
            boolean name = true;
            for (String t : m.tokens()) if (Lexicon.isNotName(t) || Lexicon.isTitleWord(t) || Lexicon.isNationality(t)) name = false;
            if (!name) continue;
            Person p = cast.resolve(m.name());
            String full = p == null ? m.name() : p.name();
            if (found != null && !found.equals(full)) return null;
            found = full;
        }
        return found;
    }

    /**
     * Attributes one quote from its own context. A quote whose own clause names its speaker by a pronoun that agrees
     * with no one ("…," she said, where the article names no woman) is recorded in {@code ownUnresolved}: it has a
     * speaker the text does not name, so it must not inherit a neighbour's.
     */
    private Candidate attribute(Document document, Cast cast, Candidate c, int previousClose, int nextOpen,
                                Recent lastSpeaker, Set<Integer> ownUnresolved,
                                Map<String, Lexicon.Gender> learned) {
        String text = document.text();
        Span paragraph = document.paragraphAt(c.openMark());
        // Transcripts: "LINDQVIST: Well, no…" — the label names the speaker and is not part of the quote.
        Matcher label = TRANSCRIPT.matcher(text.substring(c.start(), c.end()));
        boolean unmarked = c.openMark() == c.start(); // a transcript line, found by its label
        boolean labelled = label.find();
        if (!labelled && unmarked) {
            label = INTERVIEW_LABEL.matcher(text.substring(c.start(), c.end()));
            labelled = label.find();
        }
        if (labelled && label.end() < c.end() - c.start()) {
            String written = label.group("m");
            String name = written.equals(written.toUpperCase(Locale.ROOT)) ? titleCase(written) : written;
            Person p = cast.resolve(name);
            if (p != null)
                return c.withStart(c.start() + label.end())
                        .withAttribution(new Attribution(p.name(), label.group("m"), typeOf(p), null, "transcript", 0.9));
        }
        if (unmarked) return c.withAttribution(null); // a label that names no one: no one's words
        int afterEnd = Math.min(Math.min(nextOpen, paragraph.end()), c.closeMark() + 400);
        String after = withoutQuotedTitles(withoutNicknames(text.substring(c.closeMark(), Math.max(c.closeMark(), afterEnd))));
        int beforeStart = Math.max(Math.max(paragraph.start(), previousClose), c.openMark() - 400);
        String before = withoutQuotedTitles(withoutNicknames(text.substring(Math.min(beforeStart, c.openMark()), c.openMark())));

        if (mayBeHypothetical(before) && HYPOTHETICAL.matcher(before).find()) return c.withAttribution(null);
        Attribution a = null;
        // "“…,” York said. “…” Smith agreed: “…”": a clause ending in a colon introduces the next quote.
        Clause.Found after1 = endsWithColon(after) && INTRODUCES_NEXT.matcher(after).find() ? null : Clause.after(withoutAsides(after));
        // A pronoun after the quote refers to someone named before it, not to a name inside it.
        if (after1 != null) a = resolve(cast, learned, after1, "after", 0.95, c.openMark(), lastSpeaker);
        if (a == null && after1 != null && PRONOUN_WORD.matcher(after1.mention().strip()).matches()) {
            ownUnresolved.add(c.openMark());
            return c.withAttribution(null);
        }
        if (a == null) a = dash(cast, after);
        if (a == null) {
            for (Clause.Found found : Clause.before(withoutAsides(before))) {
                double confidence = found.verbDistance() <= 3 ? 0.9 : c.type() == QuoteType.PARTIAL ? 0.8 : 0.7;
                a = resolve(cast, learned, found, "before", confidence, c.openMark(), lastSpeaker);
                if (a == null && !found.mention().isBlank() && Character.isLowerCase(found.mention().strip().charAt(0)))
                    a = openingName(cast, before, beforeStart == paragraph.start(), found, confidence);
                if (a != null) break;
            }
        }
        if (a == null) {
            // "According to X" attributes the quotes of its own sentence, not those of the sentence before it.
            int sentenceEnd = document.sentenceAt(Math.max(c.start(), c.closeMark() - 1)).end();
            String ownAfter = after.substring(0, Math.max(0, Math.min(after.length(), sentenceEnd - c.closeMark())));
            a = accordingTo(cast, learned, before + " " + ownAfter, c, lastSpeaker);
        }
        if (a == null) a = introduced(document, cast, learned, c, lastSpeaker);
        if (a == null && before.stripTrailing().endsWith(":")) {
            // "US envoy Tomas Brel: "…"": a title then a name before the colon names the speaker, not the title.
            Matcher titled = TITLED_LABEL.matcher(before);
            if (titled.find() && (Lexicon.isRoleNoun(titled.group("t")) || Lexicon.isOccupation(titled.group("t")))) {
                Person p = cast.resolve(titled.group("m"));
                if (p != null) a = new Attribution(p.name(), titled.group("m"), typeOf(p), null, "label", 0.8);
            }
        }
        if (a == null && before.stripTrailing().endsWith(":")) {
            // "Governor Lind is trying out a new slogan: "…"": the subject of the introducing clause.
            Clause.Found subject = Clause.subject(before.stripTrailing());
            if (subject != null) a = resolve(cast, learned, subject, "colon-subject", 0.6, c.openMark(), lastSpeaker);
        }
        if (a == null && previousClose <= paragraph.start()) {
            Clause.Found found = Clause.previousSentence(before.stripTrailing());
            if (found != null) a = resolve(cast, learned, found, "previous-sentence", 0.75, c.openMark(), lastSpeaker);
            if (a == null && c.type() == QuoteType.DIRECT && startsSentence(before)) {
                Clause.Found statement = Clause.previousStatement(before.stripTrailing());
                if (statement != null) a = resolve(cast, learned, statement, "previous-statement", 0.65, c.openMark(), lastSpeaker);
            }
        }
        if (a == null) a = label(cast, before);
        if (a == null && c.type() == QuoteType.PARTIAL) a = ofSentence(document, cast, learned, c, lastSpeaker);
        return c.withAttribution(a);
    }

    /** A quick no before HYPOTHETICAL, which needs one of its modal verbs (in any ASCII case). */
    private static boolean mayBeHypothetical(String context) {
        String lower = context.toLowerCase(Locale.ROOT);
        return lower.contains("would") || lower.contains("might") || lower.contains("could") || lower.contains("may");
    }

    /** A quick no before INTRODUCES_NEXT: whether the last character other than white space or a line break is ':'. */
    private static boolean endsWithColon(String context) {
        int i = context.length() - 1;
        while (i >= 0 && (Character.isWhitespace(context.charAt(i)) || context.charAt(i) == '\u0085')) i--;
        return i >= 0 && context.charAt(i) == ':';
    }

    /**
     * A quoted fragment that no clause next to it attributes, read at the level of its sentence: the attribution
     * clause closing the sentence ({@code The plan is "far too slow" and costly, Holt said on Monday.}), or the
     * sentence's subject when a reporting or judging verb of it governs the fragment ({@code Holt rejected the claim as
     * "plainly wrong"}, {@code In a post, Holt thanked fans and noted there was "no shame" in it.}).
     */
    private @Nullable Attribution ofSentence(Document document, Cast cast, Map<String, Lexicon.Gender> learned, Candidate c,
                                             Recent last) {
        String text = document.text();
        Span paragraph = document.paragraphAt(c.openMark());
        Span sentence = document.sentenceAt(c.openMark());
        int sentenceEnd = Math.min(paragraph.end(), Math.max(sentence.end(), document.sentenceAt(Math.max(c.start(), c.closeMark() - 1)).end()));
        String tail = c.closeMark() < sentenceEnd ? text.substring(c.closeMark(), sentenceEnd) : "";
        int comma = tail.lastIndexOf(',');
        if (comma >= 0 && !QUOTE_MARKS.matcher(tail).find()) {
            Clause.Found found = Clause.after(tail.substring(comma + 1));
            if (found != null) {
                Attribution a = resolve(cast, learned, found, "sentence-end", 0.8, c.openMark(), last);
                if (a != null) return a;
            }
        }
        int from = Math.max(sentence.start(), paragraph.start());
        if (from >= c.openMark()) return null;
        String head = withoutQuotedTitles(withoutNicknames(text.substring(from, c.openMark())));
        if (QUOTE_MARKS.matcher(head).find()) return null;
        Matcher subject = SENTENCE_SUBJECT.matcher(head);
        if (!subject.find()) return null;
        boolean governed = false;
        Matcher word = WORD.matcher(head);
        word.region(subject.end(), head.length());
        while (word.find() && !governed) governed = Lexicon.isReportingVerb(word.group()) || VIEW_VERBS.contains(word.group());
        if (!governed) return null;
        for (String t : SPACES.split(subject.group("m"))) if (Lexicon.isNotName(t) && !t.equals("The")) return null;
        return mention(cast, learned, subject.group("m"), null, "sentence-subject", 0.75, c.openMark(), last);
    }

    /**
     * The context with the titles of works made plain: one inside a description is taken out ({@code the "Harbour"
     * actress} reads {@code the actress}), one after a preposition loses its marks ({@code on the set of "Harbour,"}
     * reads {@code on the set of Harbour,}), so that neither ends the attribution clause.
     */
    static String withoutQuotedTitles(String context) {
        if (context.indexOf('"') < 0 && context.indexOf('“') < 0) return context;
        String described = QUOTED_TITLE_IN_DESCRIPTION.matcher(context)
                .replaceAll(m -> Matcher.quoteReplacement(Lexicon.isPersonNoun(m.group(2)) ? m.group(1) : m.group()));
        return QUOTED_TITLE_AFTER_PREPOSITION.matcher(described).replaceAll("$1$2");
    }

    /**
     * The context with quoted nicknames between names taken out ({@code Marcia "Cia" Price} reads {@code Marcia
     * Price}), so that their marks do not end the attribution clause; the quote stage does not take them as quotes.
     */
    static String withoutNicknames(String context) {
        if (context.indexOf('"') < 0 && context.indexOf('“') < 0) return context;
        return NICKNAME.matcher(context).replaceAll("$1$2");
    }

    /**
     * The context with asides set off by a pair of dashes taken out ({@code Zelensky — who met them twice —
     * confirmed} reads {@code Zelensky confirmed}), so that the subject and its reporting verb meet again.
     */
    static String withoutAsides(String context) {
        if (context.indexOf('—') < 0 && context.indexOf('–') < 0) return context;
        return ASIDE.matcher(context).replaceAll(" ");
    }

    /** Whether a quote after {@code before} opens a sentence of its own: the text before it ends one. */
    private static boolean startsSentence(String before) {
        String b = before.stripTrailing();
        return b.endsWith(".") && b.length() < before.length();
    }

    /** Resolves the words of an attribution clause, trying the appositive when the head names no one. */
    private @Nullable Attribution resolve(Cast cast, Map<String, Lexicon.Gender> learned, Clause.Found found, String sieve, double confidence, int at,
                                          Recent last) {
        Attribution head = mention(cast, learned, found.mention(), found.cue(), sieve, confidence, at, last);
        if (found.appositive() != null && (head == null || head.sieve().endsWith(NOMINAL))) {
            Attribution app = mention(cast, learned, found.appositive(), found.cue(), sieve, confidence, at, last);
            if (app != null && !app.sieve().endsWith(NOMINAL) && !app.sieve().contains("pronoun")) return app;
        }
        return head;
    }

    /**
     * "Ann Vell, a lecturer in … who took no part in the survey, told the paper: "…"": when the subject found before the
     * verb is the tail of a relative clause, the full name opening the paragraph's only sentence, set off by a comma,
     * is the speaker.
     */
    private static @Nullable Attribution openingName(Cast cast, String before, boolean opensParagraph, Clause.Found found,
                                                     double confidence) {
        String b = before.strip();
        if (!opensParagraph || SENTENCE_END.matcher(b).find()) return null;
        Matcher lead = LEADING_NAME.matcher(b);
        if (!lead.find()) return null;
        NameMention name = Names.parse(lead.group(1));
        if (name == null || name.tokens().size() < 2) return null;
        for (String t : name.tokens()) if (Lexicon.isNotName(t)) return null;
        Person p = cast.resolve(name);
        return new Attribution(p.name(), lead.group(1), typeOf(p), found.cue(), "before", confidence);
    }

    /** {@code Falk continued:} ending the previous paragraph introduces a quote that opens this one. */
    private @Nullable Attribution introduced(Document document, Cast cast, Map<String, Lexicon.Gender> learned, Candidate c, Recent last) {
        int index = document.paragraphIndex(c.openMark());
        if (index == 0 || c.openMark() != document.paragraphs().get(index).start()) return null;
        Span previous = document.paragraphs().get(index - 1);
        String text = document.text(previous).strip();
        if (!text.endsWith(":")) return null;
        String tail = text.substring(Math.max(0, text.length() - 300));
        for (Clause.Found found : Clause.before(tail)) {
            Attribution a = resolve(cast, learned, found, "introduced", 0.85, previous.end(), last);
            if (a != null) return a;
        }
        return null;
    }

    private @Nullable Attribution dash(Cast cast, String after) {
        Matcher m = AFTER_DASH.matcher(after);
        if (!m.find()) return null;
        Person p = cast.resolve(m.group("m"));
        if (p == null) return null;
        return new Attribution(p.name(), m.group("m"), typeOf(p), null, "dash", 0.85);
    }

    private @Nullable Attribution accordingTo(Cast cast, Map<String, Lexicon.Gender> learned, String context, Candidate c, Recent last) {
        Matcher m = ACCORDING_TO.matcher(context);
        if (!m.find()) return null;
        return mention(cast, learned, cutNominal(m.group("m")), "according to", "according-to", 0.85, c.openMark(), last);
    }

    private @Nullable Attribution label(Cast cast, String before) {
        Matcher m = LABEL.matcher(before);
        if (!m.find()) return null;
        Person p = cast.resolve(m.group("m"));
        if (p == null) return null;
        return new Attribution(p.name(), m.group("m"), typeOf(p), null, "label", 0.8);
    }

    // Entry points for other stages (the reported-speech stage, issue 10): the same clause reading and resolution
    // as the sieves above, for an attribution clause found elsewhere than next to quotation marks.

    /**
     * The speaker of the reporting verb that ends {@code context} ({@code "Later that day, Senator Ames said"}),
     * resolved like a quote's attribution (names, surnames, pronouns, nominals, organisations); null when the
     * words before the verb name no one.
     *
     * @param at where the verb is in the article text, for resolving pronouns to the person mentioned before it
     */
    public @Nullable Attribution subjectOfVerb(Cast cast, String context, int at, String sieve, double confidence) {
        for (Clause.Found found : Clause.before(withoutAsides(withoutNicknames(context)))) {
            if (found.verbDistance() > 2) break;
            Attribution a = resolve(cast, new HashMap<>(), found, sieve, confidence, at, Recent.NONE);
            if (a != null) return a;
        }
        return null;
    }

    /**
     * The speaker of an attribution clause that opens {@code context} ({@code "Ames said on Tuesday."},
     * {@code "said Ames, a member of the panel."}), resolved; null when the context does not open with one.
     */
    public @Nullable Attribution speakerOfClause(Cast cast, String context, int at, String sieve, double confidence) {
        Clause.Found found = Clause.after(withoutAsides(withoutNicknames(context)));
        return found == null ? null : resolve(cast, new HashMap<>(), found, sieve, confidence, at, Recent.NONE);
    }

    /** The speaker named by {@code words} ({@code "the ministry"}, {@code "Ames"}, {@code "she"}), resolved; or null. */
    public @Nullable Attribution speakerNamed(Cast cast, String words, @Nullable String cue, int at, String sieve,
                                              double confidence) {
        return mention(cast, new HashMap<>(), cutNominal(words), cue, sieve, confidence, at, Recent.NONE);
    }

    /** Turns the words that name the speaker into an attribution, or null when they name no one. */
    private @Nullable Attribution mention(Cast cast, Map<String, Lexicon.Gender> learned, String written, @Nullable String verb, String sieve, double confidence,
                                          int at, Recent recent) {
        String cue = verb == null || verb.isEmpty() ? null : verb;
        Cast.Mentioned lastSpeaker = recent.person();
        // "In a post at the time she": a pronoun ending a phrase that opens with a preposition is the subject.
        Matcher trailing = TRAILING_PRONOUN.matcher(written.strip());
        String mention = trailing.find() ? trailing.group(1) : cutNominal(stripLeading(written.strip()));
        if (mention.isEmpty() || GENERIC.matcher(mention).matches()) return null;
        if (THEY_OR_IT.matcher(mention).matches()) {
            // "“…,” they said" / "it says" after an organisation's words: that organisation.
            Cast.Mentioned body = cast.recentOrganization(at, 400);
            // "Now they issued another statement. “…,” it says.": the body whose statement the article quoted last.
            if (body == null && recent.body() != null && at - recent.body().index() <= BODY_REACH) body = recent.body();
            if (body == null) return null;
            return new Attribution(body.person().name(), mention, SpeakerType.ORGANIZATION, cue, sieve + "+pronoun",
                    Math.min(confidence, 0.7));
        }
        if (PRONOUN_WORD.matcher(mention).matches()) {
            String lower = mention.toLowerCase(Locale.ROOT);
            if (lower.equals("they") || lower.equals("we")) return null;
            Lexicon.Gender gender = Lexicon.genderOfPronoun(lower);
            Map<String, Lexicon.Gender> known = learned;
            Cast.Mentioned subject = cast.recentSubject(at, gender, known);
            Cast.Mentioned chosen = subject;
            Lexicon.Gender lastGender = lastSpeaker == null ? null : cast.genderOf(lastSpeaker.person().name()) != null
                    ? cast.genderOf(lastSpeaker.person().name()) : known.get(lastSpeaker.person().name());
            boolean agrees = lastSpeaker != null && (gender == null || lastGender == null || lastGender == gender);
            if (agrees && (chosen == null || lastSpeaker.index() >= chosen.index())) chosen = lastSpeaker;
            if (chosen == null && recent.headline() != null && gender != null
                    && (cast.genderOf(recent.headline()) == null || cast.genderOf(recent.headline()) == gender))
                // "“…,” she said" where the story names her only in its headline.
                return new Attribution(recent.headline(), mention, SpeakerType.PERSON, cue, "headline", Math.min(confidence, 0.7));
            if (chosen == null) return null;
            return new Attribution(chosen.person().name(), mention, SpeakerType.PERSON, cue, sieve + "+pronoun",
                    Math.min(confidence, 0.8));
        }
        String[] words = SPACES.split(mention);
        if (words.length > 12) {
            // "Ann Vell, a lecturer in … who took no part in the survey, told …": the name before a long appositive.
            Matcher lead = LEADING_NAME.matcher(written.strip());
            if (!lead.find()) return null;
            NameMention name = Names.parse(lead.group(1));
            if (name == null || name.tokens().size() < 2) return null;
            Person p = cast.resolve(name);
            return new Attribution(p.name(), lead.group(1), typeOf(p), cue, sieve, confidence);
        }
        String full = beforeClause(stripLeading(written.strip()));
        boolean determiner = DETERMINER_WORD.matcher(words[0]).matches() || QUANTIFIER_WORD.matcher(words[0]).matches();
        boolean lowerAfter = words.length > 1 && Character.isLowerCase(words[1].charAt(0));
        if (!determiner || !lowerAfter || closeAppositive(mention)) {
            // The head of an English noun phrase is its last word: the name must end the mention.
            List<NameMention> names = Names.find(mention);
            NameMention name = names.isEmpty() ? null : names.get(names.size() - 1);
            boolean real = name != null && !name.possessive() && name.end() >= mention.length() - 1;
            if (real) for (String t : name.tokens()) if (Lexicon.isNotName(t)) real = false;
            if (real && name.tokens().size() == 1 && name.titleWords().isEmpty() && !name.honorific()
                    && name.start() == 0 && words.length > 1) real = false;
            if (real) {
                Person p = cast.resolve(name);
                return new Attribution(p.name(), mention, typeOf(p), cue, sieve, confidence);
            }
        }
        if (words.length <= 3 && THE_ITS_THEIR.matcher(words[0]).matches()
                && BODY_ANAPHORS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            // "the statement said", "the group added": the body the article named just before, like "it".
            Cast.Mentioned body = cast.recentOrganization(at, 600);
            if (body == null && recent.body() != null && at - recent.body().index() <= BODY_REACH) body = recent.body();
            if (body != null)
                return new Attribution(body.person().name(), mention, SpeakerType.ORGANIZATION, cue, sieve + "+pronoun",
                        Math.min(confidence, 0.7));
        }
        if (!isNominal(mention) && isOccupationMention(words)
                && cast.introducedAs(NOT_WORD_LETTER.matcher(words[words.length - 1]).replaceAll(""), at)) {
            // "the drummer told …": the person the article introduced with that occupation, for the role stage.
            return new Attribution(full, full, SpeakerType.PERSON, cue, sieve + "+" + NOMINAL, Math.min(confidence, 0.7));
        }
        if (!isNominal(mention) || SPACES.split(full).length > 12) return null;
        boolean organization = isOrganizationNoun(mention);
        return new Attribution(full, full, organization ? SpeakerType.ORGANIZATION : SpeakerType.PERSON, cue,
                sieve + "+" + NOMINAL, Math.min(confidence, 0.7));
    }

    /**
     * A description followed by a full name, the name being the head ("her deputy Tomas Brel", "the actor Tom
     * Hanks"): a close appositive names the person, where "the Brel family" or "his Paris office" does not.
     */
    private static boolean closeAppositive(String mention) {
        List<NameMention> names = Names.find(mention);
        if (names.isEmpty()) return false;
        NameMention name = names.get(names.size() - 1);
        if (name.possessive() || name.tokens().size() < 2 || name.end() < mention.length() - 1 || name.start() == 0) return false;
        String before = mention.substring(0, name.start()).strip();
        String last = before.substring(before.lastIndexOf(' ') + 1);
        return !last.isEmpty() && Character.isLowerCase(last.charAt(0)) && Lexicon.isRoleNoun(last);
    }

    private static String stripLeading(String mention) {
        String m = mention;
        while (true) {
            int space = m.indexOf(' ');
            if (space < 0) return m;
            String first = m.substring(0, space).toLowerCase(Locale.ROOT);
            if (!Set.of("but", "and", "so", "then", "yet", "or", "also", "still").contains(first)) return m;
            m = m.substring(space + 1);
        }
    }

    /** Whether a noun phrase names a person or a body by its role: "the Ukrainian leader", "a spokesman", "the campaign". */
    static boolean isNominal(String phrase) {
        String[] words = SPACES.split(phrase);
        String head = NOT_WORD_LETTER.matcher(words[words.length - 1].toLowerCase(Locale.ROOT)).replaceAll("");
        if (Lexicon.isRoleNoun(head) || isOrganizationNoun(phrase)) return true;
        if (head.endsWith("s") && Lexicon.isRoleNoun(head.substring(0, head.length() - 1))) return true;
        return head.equals("sources") || head.equals("source") || head.equals("officials") || head.equals("people")
                // "WHO" is the health agency, "who" a relative pronoun
                || !(Character.isLowerCase(words[words.length - 1].charAt(0)) && Lexicon.isNotName(words[words.length - 1]))
                        && Names.isOrganization(List.of(words[words.length - 1]));
    }

    /**
     * Whether the words are "the" and an occupation ("the drummer", "the Scottish actress"), short of a role noun: such
     * a mention names the person introduced with it, or no one (see {@link #isOccupationNominal}).
     */
    private static boolean isOccupationMention(String[] words) {
        if (words.length < 2 || words.length > 4 || !words[0].equalsIgnoreCase("the")) return false;
        for (int i = 1; i < words.length - 1; i++)
            if (!Character.isLowerCase(words[i].charAt(0)) && !Lexicon.isNationality(words[i])) return false;
        String head = words[words.length - 1];
        return Character.isLowerCase(head.charAt(0)) && Lexicon.isOccupation(head);
    }

    /**
     * Whether an attribution is an occupation nominal ("the actress said") that the role stage must resolve to someone
     * the article introduced with that occupation, or else leave without a speaker: unlike "the minister", such words
     * are no speaker of their own.
     */
    public static boolean isOccupationNominal(Attribution a) {
        return a.sieve().endsWith(NOMINAL) && isOccupationMention(SPACES.split(a.mention().strip()))
                && !isNominal(a.mention().strip());
    }

    private static boolean isOrganizationNoun(String phrase) {
        String[] words = SPACES.split(phrase);
        return ORGANIZATION_HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /** The description up to a clause that opens inside it ("union chief as talks collapse" → "union chief"). */
    private static String beforeClause(String phrase) {
        String[] words = SPACES.split(phrase);
        for (int i = 1; i < words.length; i++)
            if (CLAUSE_OPENERS.contains(words[i].toLowerCase(Locale.ROOT))) return String.join(" ", List.of(words).subList(0, i));
        return phrase;
    }

    private static String cutNominal(String phrase) {
        String[] words = SPACES.split(phrase.strip());
        var kept = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            // "Secretary of State Dana Holt", "Minister for Europe Ann Vell": a title's "of" or "for" before a name.
            boolean titleOf = i > 0 && i + 2 < words.length && Set.of("of", "for", "to").contains(words[i])
                    && Lexicon.isTitleWord(words[i - 1]) && Character.isUpperCase(words[i + 1].charAt(0))
                    && Character.isUpperCase(words[words.length - 1].charAt(0));
            if (i > 0 && !titleOf && CUT_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) break;
            // "Protesters marching through the streets": a participle ends the noun phrase.
            if (i > 0 && words[i].length() > 4 && words[i].endsWith("ing") && Character.isLowerCase(words[i].charAt(0))) break;
            if (!kept.isEmpty()) kept.append(' ');
            kept.append(words[i]);
        }
        return kept.toString();
    }

    /** The phrase if every word of it is capitalised (a proper name), else its capitalised prefix. */
    private static String titleWords(String phrase) {
        var out = new StringBuilder();
        for (String w : SPACES.split(phrase)) {
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
    private static List<Candidate> inherit(Document document, List<Candidate> in, Set<Integer> ownUnresolved) {
        var out = new ArrayList<>(in);
        shareAlongChains(out);
        var resumed = new HashSet<Integer>();
        for (int i = 1; i < out.size(); i++) {
            Candidate c = out.get(i);
            if (c.attribution() != null || ownUnresolved.contains(c.openMark())) continue;
            Candidate previous = out.get(i - 1);
            if (previous.attribution() == null) continue;
            int paragraph = document.paragraphIndex(c.openMark());
            int previousParagraph = document.paragraphIndex(previous.openMark());
            if (paragraph == previousParagraph) {
                // "“…,” X said. “…": a quote resumed right after its attribution clause is the same speaker's, even
                // when its closing mark is missing (the quotation ran on into a paragraph the text no longer marks).
                if (previous.closed() && previous.attribution().sieve().equals("after")
                        && resumesAfterAttribution(document, previous, c)) resumed.add(c.openMark());
                out.set(i, c.withAttribution(previous.attribution().inherited("previous-quote", 0.8)));
            } else if (paragraph == previousParagraph + 1 && c.type() == QuoteType.DIRECT
                    && c.openMark() == document.paragraphs().get(paragraph).start()
                    && endsWithQuoteOrAttribution(document, previous) && endsLikeASentence(document, paragraph)) {
                out.set(i, c.withAttribution(previous.attribution().inherited("previous-paragraph", 0.6)));
            }
        }
        // A multi-paragraph quote that only its first paragraph's neighbour attributes: every paragraph of it.
        shareAlongChains(out);
        pullQuotes(document, out);
        out.removeIf(c -> c.attribution() == null && c.type() == QuoteType.PARTIAL);
        // A transcript line whose label named no one (the speaker stage left its label in): no one's words.
        out.removeIf(c -> c.openMark() == c.start() && c.closeMark() == c.end());
        // An unclosed quote that nothing attributes but a neighbour is more likely a block quote or a typo, unless the
        // next paragraph goes on with it (the marks of a quotation over several paragraphs).
        var chainHeads = new HashSet<Integer>();
        for (int i = 0; i + 1 < out.size(); i++) if (out.get(i + 1).continues()) chainHeads.add(out.get(i).openMark());
        out.removeIf(c -> !c.closed() && !c.continues() && !resumed.contains(c.openMark()) && (c.attribution() == null
                || c.attribution().sieve().startsWith("previous") && !chainHeads.contains(c.openMark())));
        return out;
    }

    /** Multi-paragraph quotes share one speaker: the first attribution found anywhere in the chain. */
    private static void shareAlongChains(List<Candidate> out) {
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
    }

    /**
     * A pull quote: a paragraph that is nothing but a quotation of at least {@value #PULL_QUOTE_MIN_WORDS} words, with
     * no attribution, repeating words the article quotes elsewhere with a speaker, is that speaker's. Other
     * unattributed quotes keep no speaker rather than a guess.
     */
    private static void pullQuotes(Document document, List<Candidate> out) {
        String text = document.text();
        var said = new StringBuilder();
        var owners = new ArrayList<Integer>();
        var starts = new ArrayList<Integer>();
        for (int i = 0; i < out.size(); i++) {
            Candidate c = out.get(i);
            if (c.attribution() == null) continue;
            starts.add(said.length());
            owners.add(i);
            said.append(' ').append(normalized(c.quote(text))).append(" |");
        }
        if (owners.isEmpty()) return;
        for (int i = 0; i < out.size(); i++) {
            Candidate c = out.get(i);
            if (c.attribution() != null || c.type() != QuoteType.DIRECT) continue;
            Span paragraph = document.paragraphAt(c.openMark());
            if (c.openMark() != paragraph.start() || !text.substring(c.closeMark(), paragraph.end()).isBlank()) continue;
            String words = normalized(c.quote(text));
            if (words.split(" ").length < PULL_QUOTE_MIN_WORDS) continue;
            int at = said.indexOf(" " + words + " ");
            if (at < 0) continue;
            int k = java.util.Collections.binarySearch(starts, at);
            int owner = owners.get(k >= 0 ? k : -k - 2);
            if (owner == i) continue;
            out.set(i, c.withAttribution(out.get(owner).attribution().inherited("pull-quote", 0.85)));
        }
    }

    private static String normalized(String quote) {
        return NOT_WORDS.matcher(quote.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * Whether only the previous quote's attribution clause stands between it and {@code c}: the clause ends a
     * sentence ({@code said Rep. Jones (D-Ohio), head of the caucus.}) and {@code c} opens the next one.
     */
    private static boolean resumesAfterAttribution(Document document, Candidate previous, Candidate c) {
        String text = document.text();
        String between = text.substring(previous.closeMark(), c.openMark()).strip();
        if (between.length() > 200 || !between.endsWith(".") || between.indexOf('"') >= 0 || between.indexOf('“') >= 0
                || between.indexOf('”') >= 0) return false;
        int period = text.lastIndexOf('.', c.openMark());
        Span clause = document.sentenceAt(period);
        return clause.start() <= previous.closeMark() || text.substring(previous.closeMark(), clause.start()).isBlank();
    }

    /**
     * Whether a paragraph ends as running text does (a full stop, a question or exclamation mark, a closing quote
     * mark): a line without one is a headline, a caption or a link to another story, which continues no one's words.
     */
    private static boolean endsLikeASentence(Document document, int paragraphIndex) {
        String p = document.text(document.paragraphs().get(paragraphIndex)).strip();
        if (p.isEmpty()) return false;
        char last = p.charAt(p.length() - 1);
        return ".!?…\"”'’)".indexOf(last) >= 0;
    }

    /** Whether the previous quote's paragraph ends with that quote's sentence: a run of quotes by one speaker. */
    private static boolean endsWithQuoteOrAttribution(Document document, Candidate previous) {
        Span paragraph = document.paragraphAt(previous.openMark());
        Span sentence = document.sentenceAt(Math.max(previous.closeMark() - 1, previous.start()));
        return sentence.end() >= paragraph.end() || document.text().substring(previous.closeMark(), paragraph.end()).strip().length() < 80;
    }
}
