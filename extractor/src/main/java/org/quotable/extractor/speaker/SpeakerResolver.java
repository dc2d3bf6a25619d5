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
import org.quotable.extractor.internal.Splits;
import org.quotable.extractor.internal.Lexicon;
import org.quotable.extractor.pipeline.Attribution;
import org.quotable.extractor.pipeline.Candidate;
import org.quotable.extractor.pipeline.ExtractionStage;
import org.quotable.extractor.pipeline.ExtractionState;
import org.quotable.extractor.text.Document;
import org.quotable.extractor.text.Span;
import org.quotable.schema.QuoteType;
import org.quotable.schema.SpeakerType;
import org.quotable.extractor.internal.WordSet;

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

    private static final Pattern AFTER_DASH = Pattern.compile("^[\\s,]*[―—–]\\s*(?<m>" + NAME + ")");
    private static final Pattern ACCORDING_TO = Pattern.compile("\\b[Aa]ccording to (?<m>" + NAME + "|"
            + DETERMINER + "\\s+[^,.;:!?\"“”()]{1,80})");
    private static final Pattern LABEL = Pattern.compile("(?:^|[.!?]\\s)(?<m>" + NAME + ")\\s*:\\s*$");
    private static final Pattern TRANSCRIPT = Pattern.compile("^(?<m>\\p{Lu}[\\p{Lu}.'’\\- ]{1,40}\\p{Lu}\\.?)\\s*:\\s+");
    // An interview line without marks ("Dana Hale: We will rebuild."): a name in title case may be its label.
    private static final Pattern INTERVIEW_LABEL = Pattern.compile("^(?<m>\\p{Lu}[\\p{L}.'’\\-]*(?: \\p{Lu}[\\p{L}.'’\\-]*){0,3})\\s*:\\s+");
    private static final WordSet ORGANIZATION_HEADS = WordSet.of("campaign", "government", "ministry", "administration",
            "company", "agency", "department", "committee", "office", "statement", "report", "court", "police",
            "military", "army", "kremlin", "embassy", "spokesman's", "party", "organization", "organisation", "group",
            "firm", "council", "commission", "union", "white", "house", "network", "newspaper", "paper", "study", "poll",
            "survey", "website", "site", "magazine", "board", "team", "association", "federation", "institute",
            "foundation", "bank", "university", "hospital", "authority", "regulator", "parliament", "coalition",
            "alliance", "league", "club", "charity", "corporation", "airline", "exchange", "fund");
    // A clause opening after a description ends it: "union chief as talks collapse", "a lawyer who was present".
    private static final WordSet CLAUSE_OPENERS = WordSet.of("as", "while", "when", "because", "since", "although",
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
    private static final WordSet BODY_ANAPHORS = WordSet.of("statement", "report", "group", "company", "firm",
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
    // A pull quote is a whole sentence or more; shorter repeats are slogans or terms.
    private static final int PULL_QUOTE_MIN_WORDS = 6;

    /** The person and the body last given a quote before the one being attributed (either may be null). */
    private record Recent(Cast.@Nullable Mentioned person, Cast.@Nullable Mentioned body, @Nullable String headline) {
        /** No earlier speaker: for clauses that other stages resolve on their own. */
        static final Recent NONE = new Recent(null, null, null);
    }

    // A sentence ending inside a context: a lower-case word, then a full stop, then a capital.
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{Ll}{2}[.!?]\\s+\\p{Lu}");
    private static final WordSet CUT_WORDS = WordSet.of("in", "on", "at", "to", "after", "before", "during", "with",
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
            if (isSung(a)) { // lyrics
                lyricsParagraph = document.paragraphIndex(c.openMark());
                continue;
            }
            // "“…,” she sings. “…”": the quote that goes on after the words sung, with no clause of its own, is sung too.
            if (a == null && lyricsParagraph >= 0 && document.paragraphIndex(c.openMark()) == lyricsParagraph) continue;
            lyricsParagraph = -1;
            if (a == null && followsHypothetical(document.text(), c, previousClose)) continue;
            attributed.add(done);
            if (a == null) continue;
            lastPerson = speakerIf(a, SpeakerType.PERSON, c.openMark(), lastPerson);
            lastBody = speakerIf(a, SpeakerType.ORGANIZATION, c.openMark(), lastBody);
            learnGender(cast, learned, a);
        }
        return state.withCandidates(inherit(document, attributed, ownUnresolved));
    }

    /** Words sung are lyrics: "“…,” she sings". */
    private static boolean isSung(@Nullable Attribution a) {
        return a != null && a.cue() != null && SUNG.matcher(a.cue().strip()).matches();
    }

    /** "As an old saying would put it, “…”": the words just before the quote make it words someone would say. */
    private static boolean followsHypothetical(String text, Candidate c, int previousClose) {
        String before = text.substring(Math.max(previousClose, c.openMark() - 60), c.openMark());
        return endsLikeHypothetical(before) && HYPOTHETICAL.matcher(before).find();
    }

    /**
     * The speaker of {@code a} as the latest one of {@code type} (for pronouns and "it says" later on), when it is of
     * that type and named rather than nominal; else {@code latest} unchanged.
     */
    private static Cast.@Nullable Mentioned speakerIf(Attribution a, SpeakerType type, int at, Cast.@Nullable Mentioned latest) {
        if (a.speakerType() != type || a.sieve().endsWith(NOMINAL)) return latest;
        return new Cast.Mentioned(new Person(a.speaker(), type == SpeakerType.ORGANIZATION), at);
    }

    /** "“…,” he said" of someone whose gender the words left open: later pronouns agree with it. */
    private static void learnGender(Cast cast, Map<String, Lexicon.Gender> learned, Attribution a) {
        if (!a.sieve().endsWith("+pronoun") || cast.genderOf(a.speaker()) != null) return;
        Lexicon.Gender g = Lexicon.genderOfPronoun(a.mention());
        if (g != null) learned.putIfAbsent(a.speaker(), g);
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
        Candidate transcript = transcriptLine(text, cast, c);
        if (transcript != null) return transcript;
        if (c.openMark() == c.start()) return c.withAttribution(null); // a label that names no one: no one's words
        int afterEnd = Math.min(Math.min(nextOpen, paragraph.end()), c.closeMark() + 400);
        String after = withoutQuotedTitles(withoutNicknames(text.substring(c.closeMark(), Math.max(c.closeMark(), afterEnd))));
        int beforeStart = Math.max(Math.max(paragraph.start(), previousClose), c.openMark() - 400);
        String before = withoutQuotedTitles(withoutNicknames(text.substring(Math.min(beforeStart, c.openMark()), c.openMark())));

        if (endsLikeHypothetical(before) && HYPOTHETICAL.matcher(before).find()) return c.withAttribution(null);
        // "“…,” York said. “…” Smith agreed: “…”": a clause ending in a colon introduces the next quote.
        Clause.Found after1 = endsWithColon(after) && INTRODUCES_NEXT.matcher(after).find() ? null : Clause.after(withoutAsides(after));
        // A pronoun after the quote refers to someone named before it, not to a name inside it.
        Attribution a = after1 == null ? null : resolve(cast, learned, after1, "after", 0.95, c.openMark(), lastSpeaker);
        if (a == null && after1 != null && PRONOUN_WORD.matcher(after1.mention().strip()).matches()) {
            ownUnresolved.add(c.openMark());
            return c.withAttribution(null);
        }
        if (a == null) a = dash(cast, after);
        if (a == null) a = clauseBefore(cast, learned, c, before, beforeStart == paragraph.start(), lastSpeaker);
        if (a == null) a = accordingToInSentence(document, cast, learned, c, before, after, lastSpeaker);
        if (a == null) a = introduced(document, cast, learned, c, lastSpeaker);
        if (a == null) a = beforeColon(cast, learned, c, before, lastSpeaker);
        if (a == null && previousClose <= paragraph.start()) a = previousSentence(cast, learned, c, before, lastSpeaker);
        if (a == null) a = label(cast, before);
        if (a == null && c.type() == QuoteType.PARTIAL) a = ofSentence(document, cast, learned, c, lastSpeaker);
        return c.withAttribution(a);
    }

    /**
     * Transcripts: "LINDQVIST: Well, no…" — the label names the speaker and is not part of the quote. The quote
     * without its label and attributed to the person it names; null when there is no label or it names no one.
     */
    private static @Nullable Candidate transcriptLine(String text, Cast cast, Candidate c) {
        Matcher label = TRANSCRIPT.matcher(text.substring(c.start(), c.end()));
        boolean unmarked = c.openMark() == c.start(); // a transcript line, found by its label
        boolean labelled = label.find();
        if (!labelled && unmarked) {
            label = INTERVIEW_LABEL.matcher(text.substring(c.start(), c.end()));
            labelled = label.find();
        }
        if (!labelled || label.end() >= c.end() - c.start()) return null;
        String written = label.group("m");
        String name = written.equals(written.toUpperCase(Locale.ROOT)) ? titleCase(written) : written;
        Person p = cast.resolve(name);
        if (p == null) return null;
        return c.withStart(c.start() + label.end())
                .withAttribution(new Attribution(p.name(), label.group("m"), typeOf(p), null, "transcript", 0.9));
    }

    /** The attribution clauses before the quote, nearest first: "X said: "…"", "X told Reuters "…"". */
    private @Nullable Attribution clauseBefore(Cast cast, Map<String, Lexicon.Gender> learned, Candidate c, String before,
                                               boolean opensParagraph, Recent lastSpeaker) {
        for (Clause.Found found : Clause.before(withoutAsides(before))) {
            double confidence = found.verbDistance() <= 3 ? 0.9 : c.type() == QuoteType.PARTIAL ? 0.8 : 0.7;
            Attribution a = resolve(cast, learned, found, "before", confidence, c.openMark(), lastSpeaker);
            if (a == null && !found.mention().isBlank() && Character.isLowerCase(found.mention().strip().charAt(0)))
                a = openingName(cast, before, opensParagraph, found, confidence);
            if (a != null) return a;
        }
        return null;
    }

    /** "According to X" attributes the quotes of its own sentence, not those of the sentence before it. */
    private @Nullable Attribution accordingToInSentence(Document document, Cast cast, Map<String, Lexicon.Gender> learned,
                                                        Candidate c, String before, String after, Recent lastSpeaker) {
        int sentenceEnd = document.sentenceAt(Math.max(c.start(), c.closeMark() - 1)).end();
        String ownAfter = after.substring(0, Math.max(0, Math.min(after.length(), sentenceEnd - c.closeMark())));
        return accordingTo(cast, learned, before + " " + ownAfter, c, lastSpeaker);
    }

    /**
     * A context ending in a colon: a title then a name before it ("US envoy Tomas Brel: "…"") names the speaker, not
     * the title; otherwise the subject of the introducing clause ("Governor Lind is trying out a new slogan: "…"").
     */
    private @Nullable Attribution beforeColon(Cast cast, Map<String, Lexicon.Gender> learned, Candidate c, String before,
                                              Recent lastSpeaker) {
        if (!before.stripTrailing().endsWith(":")) return null;
        Attribution titled = titledLabel(cast, before);
        if (titled != null) return titled;
        Clause.Found subject = Clause.subject(before.stripTrailing());
        return subject == null ? null : resolve(cast, learned, subject, "colon-subject", 0.6, c.openMark(), lastSpeaker);
    }

    /** "US envoy Tomas Brel: "…"": a role or occupation noun, then the name of the speaker, then the colon. */
    private static @Nullable Attribution titledLabel(Cast cast, String before) {
        Matcher titled = TITLED_LABEL.matcher(before);
        if (!titled.find() || !(Lexicon.isRoleNoun(titled.group("t")) || Lexicon.isOccupation(titled.group("t")))) return null;
        Person p = cast.resolve(titled.group("m"));
        return p == null ? null : new Attribution(p.name(), titled.group("m"), typeOf(p), null, "label", 0.8);
    }

    /**
     * A quote opening its paragraph's text after the sentence before it: "…, X said. "…"" ({@code previous-sentence}),
     * or for a direct quote opening a sentence, one that reports someone's words or view ({@code previous-statement}).
     */
    private @Nullable Attribution previousSentence(Cast cast, Map<String, Lexicon.Gender> learned, Candidate c,
                                                   String before, Recent lastSpeaker) {
        Clause.Found found = Clause.previousSentence(before.stripTrailing());
        Attribution a = found == null ? null : resolve(cast, learned, found, "previous-sentence", 0.75, c.openMark(), lastSpeaker);
        if (a != null || c.type() != QuoteType.DIRECT || !startsSentence(before)) return a;
        Clause.Found statement = Clause.previousStatement(before.stripTrailing());
        return statement == null ? null : resolve(cast, learned, statement, "previous-statement", 0.65, c.openMark(), lastSpeaker);
    }

    /**
     * A quick no before HYPOTHETICAL (run for every quote, where the pattern tried every start): the text must end,
     * but for {@code [\s,:]*} and a final line break, with the last letter of one of its verbs ("say", "put it",
     * "tell you", "reply", "answer", "ask"), and hold one of its modal verbs.
     */
    private static boolean endsLikeHypothetical(String context) {
        int i = context.length() - 1;
        if (i >= 0 && (context.charAt(i) == '\u0085' || context.charAt(i) == '\u2028' || context.charAt(i) == '\u2029')) i--;
        while (i >= 0 && " \t\n\u000B\f\r,:".indexOf(context.charAt(i)) >= 0) i--;
        if (i < 0 || "yYtTuUrRkK".indexOf(context.charAt(i)) < 0) return false;
        return mayBeHypothetical(context);
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
        Span paragraph = document.paragraphAt(c.openMark());
        Span sentence = document.sentenceAt(c.openMark());
        Attribution closing = sentenceEnd(document, cast, learned, c, paragraph, sentence, last);
        if (closing != null) return closing;
        int from = Math.max(sentence.start(), paragraph.start());
        if (from >= c.openMark()) return null;
        return sentenceSubject(cast, learned, c, document.text().substring(from, c.openMark()), last);
    }

    /** The attribution clause closing the fragment's sentence: {@code … "far too slow" and costly, Holt said.} */
    private @Nullable Attribution sentenceEnd(Document document, Cast cast, Map<String, Lexicon.Gender> learned, Candidate c,
                                              Span paragraph, Span sentence, Recent last) {
        int sentenceEnd = Math.min(paragraph.end(), Math.max(sentence.end(), document.sentenceAt(Math.max(c.start(), c.closeMark() - 1)).end()));
        String tail = c.closeMark() < sentenceEnd ? document.text().substring(c.closeMark(), sentenceEnd) : "";
        int comma = tail.lastIndexOf(',');
        if (comma < 0 || QUOTE_MARKS.matcher(tail).find()) return null;
        Clause.Found found = Clause.after(tail.substring(comma + 1));
        return found == null ? null : resolve(cast, learned, found, "sentence-end", 0.8, c.openMark(), last);
    }

    /**
     * The subject of the fragment's sentence, when a reporting or judging verb after it governs the fragment
     * ({@code Holt rejected the claim as "…"}); {@code opening} is the sentence up to the fragment.
     */
    private @Nullable Attribution sentenceSubject(Cast cast, Map<String, Lexicon.Gender> learned, Candidate c, String opening,
                                                  Recent last) {
        String head = withoutQuotedTitles(withoutNicknames(opening));
        if (QUOTE_MARKS.matcher(head).find()) return null;
        Matcher subject = SENTENCE_SUBJECT.matcher(head);
        if (!subject.find() || !governedAfter(head, subject.end())) return null;
        for (String t : Splits.spaces(subject.group("m"))) if (Lexicon.isNotName(t) && !t.equals("The")) return null;
        return mention(cast, learned, subject.group("m"), null, "sentence-subject", 0.75, c.openMark(), last);
    }

    /** Whether a reporting or judging verb follows {@code from} in {@code head}. */
    private static boolean governedAfter(String head, int from) {
        Matcher word = WORD.matcher(head);
        word.region(from, head.length());
        while (word.find()) if (Lexicon.isReportingVerb(word.group()) || VIEW_VERBS.contains(word.group())) return true;
        return false;
    }

    /**
     * The context with the titles of works made plain: one inside a description is taken out ({@code the "Harbour"
     * actress} reads {@code the actress}), one after a preposition loses its marks ({@code on the set of "Harbour,"}
     * reads {@code on the set of Harbour,}), so that neither ends the attribution clause.
     */
    static String withoutQuotedTitles(String context) {
        if (fewerThanTwoMarks(context)) return context;
        String described = QUOTED_TITLE_IN_DESCRIPTION.matcher(context)
                .replaceAll(m -> Matcher.quoteReplacement(Lexicon.isPersonNoun(m.group(2)) ? m.group(1) : m.group()));
        return QUOTED_TITLE_AFTER_PREPOSITION.matcher(described).replaceAll("$1$2");
    }

    /**
     * The context with quoted nicknames between names taken out ({@code Marcia "Cia" Price} reads {@code Marcia
     * Price}), so that their marks do not end the attribution clause; the quote stage does not take them as quotes.
     */
    static String withoutNicknames(String context) {
        if (fewerThanTwoMarks(context)) return context;
        return NICKNAME.matcher(context).replaceAll("$1$2");
    }

    /**
     * A quick no before the patterns of quoted titles and nicknames, run on both contexts of every quote: each needs
     * an opening and a closing mark ({@code ["“]} … {@code ["”]}), and the context right after a quote often holds
     * its closing mark alone.
     */
    private static boolean fewerThanTwoMarks(String context) {
        int marks = 0;
        for (int i = 0; i < context.length() && marks < 2; i++) {
            char c = context.charAt(i);
            if (c == '"' || c == '“' || c == '”') marks++;
        }
        return marks < 2;
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

    /**
     * The speaker of a sentence whose subject is more than one plain noun phrase, {@code context} being the sentence
     * from its start up to the reporting verb ({@code "Ann Vell, the group's director,"}, {@code "Vell and Lund"},
     * {@code "A spokeswoman for the union"}): the first part of an appositive chain that names someone, resolved; a
     * coordination or a described source as written. Null when the subject is one plain noun phrase or cannot be read
     * here (the caller's own rules apply then).
     *
     * @param contextStart where {@code context} starts in the article text
     */
    public @Nullable Attribution speakerOfSubject(Cast cast, String context, int contextStart, @Nullable String cue,
                                                  String sieve, double confidence) {
        Subject.Reading reading = Subject.read(context);
        if (reading == null) return null;
        if (reading instanceof Subject.Named n)
            return speakerNamed(cast, context.substring(n.start(), n.end()), cue, contextStart + n.start(), sieve, confidence);
        return written(context, (Subject.Written) reading, cue, sieve, confidence);
    }

    private static Attribution written(String context, Subject.Written w, @Nullable String cue, String sieve, double confidence) {
        String written = context.substring(w.start(), w.end());
        return new Attribution(written, written, w.body() ? SpeakerType.ORGANIZATION : SpeakerType.PERSON,
                cue == null || cue.isEmpty() ? null : cue, sieve + "-subject", confidence);
    }

    /**
     * The speaker of a participle ({@code …, arguing that …}) when its sentence opens with a coordinated, described or
     * appositive subject ({@code "The Harbour Times and the Gazette filed a motion, arguing …"}): {@code context} is
     * the sentence up to the participle; the subject is read up to the sentence's first verb. Null when the subject
     * is one plain noun phrase or cannot be read here.
     */
    public @Nullable Attribution speakerOfLeadingSubject(Cast cast, String context, int contextStart, @Nullable String cue,
                                                         String sieve, double confidence) {
        int verb = Subject.firstVerb(context);
        return verb <= 0 ? null : speakerOfSubject(cast, context.substring(0, verb), contextStart, cue, sieve, confidence);
    }

    /** Whether a head noun names a body rather than people: "ministry", "campaign", "poll". */
    static boolean isOrganizationHead(String word) {
        return ORGANIZATION_HEADS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The speaker named by {@code words} ({@code "the ministry"}, {@code "Ames"}, {@code "she"}), resolved; or null. */
    public @Nullable Attribution speakerNamed(Cast cast, String words, @Nullable String cue, int at, String sieve,
                                              double confidence) {
        // "a report by the agency", "a poll released on Monday", "Vell and Lund": a described or coordinated source as
        // written, complements included (they tell one source from another).
        if (Subject.readSource(words) instanceof Subject.Written w) return written(words, w, cue, sieve, confidence);
        return mention(cast, new HashMap<>(), cutNominal(words), cue, sieve, confidence, at, Recent.NONE);
    }

    /** Turns the words that name the speaker into an attribution, or null when they name no one. */
    private @Nullable Attribution mention(Cast cast, Map<String, Lexicon.Gender> learned, String written, @Nullable String verb, String sieve, double confidence,
                                          int at, Recent recent) {
        String cue = verb == null || verb.isEmpty() ? null : verb;
        String mention = headOfMention(written);
        if (mention.isEmpty() || GENERIC.matcher(mention).matches()) return null;
        // Both pronoun patterns match words of at most four letters: a longer mention needs no matcher.
        boolean short4 = mention.length() <= 4;
        if (short4 && THEY_OR_IT.matcher(mention).matches()) return organizationPronoun(cast, mention, cue, sieve, confidence, at, recent);
        if (short4 && PRONOUN_WORD.matcher(mention).matches())
            return personalPronoun(cast, learned, mention, cue, sieve, confidence, at, recent);
        String[] words = Splits.spaces(mention);
        if (words.length > 12) return nameBeforeLongAppositive(cast, written, cue, sieve, confidence);
        Attribution named = namedAtEnd(cast, mention, words, cue, sieve, confidence);
        if (named != null) return named;
        Attribution anaphor = bodyAnaphor(cast, mention, words, cue, sieve, confidence, at, recent);
        if (anaphor != null) return anaphor;
        return nominal(cast, written, mention, words, cue, sieve, confidence, at);
    }

    /**
     * The words that name the speaker, without what cannot be part of the name: a leading conjunction, a cut-off
     * tail, or all but the pronoun of a phrase opening with a preposition ("In a post at the time she" is "she").
     */
    private static String headOfMention(String written) {
        String stripped = written.strip();
        if (endsLikePronoun(stripped)) {
            Matcher trailing = TRAILING_PRONOUN.matcher(stripped);
            if (trailing.find()) return trailing.group(1);
        }
        return cutNominal(stripLeading(stripped));
    }

    /**
     * A quick no before TRAILING_PRONOUN (run for every mention): its pronouns all end in "he" or "He", at the end
     * of the text or before a final line terminator that strip() leaves (U+0085).
     */
    private static boolean endsLikePronoun(String s) {
        int end = s.length();
        if (end > 0 && s.charAt(end - 1) == '\u0085') end--;
        return end >= 2 && s.charAt(end - 1) == 'e' && (s.charAt(end - 2) == 'h' || s.charAt(end - 2) == 'H');
    }

    /** "“…,” they said" / "it says" after an organisation's words: that organisation, or null when there is none. */
    private static @Nullable Attribution organizationPronoun(Cast cast, String mention, @Nullable String cue, String sieve,
                                                             double confidence, int at, Recent recent) {
        Cast.Mentioned body = cast.recentOrganization(at, 400);
        // "Now they issued another statement. “…,” it says.": the body whose statement the article quoted last.
        if (body == null) body = recentBody(at, recent);
        if (body == null) return null;
        return new Attribution(body.person().name(), mention, SpeakerType.ORGANIZATION, cue, sieve + "+pronoun",
                Math.min(confidence, 0.7));
    }

    /** The body last given a quote, if it is within {@value #BODY_REACH} characters of {@code at}. */
    private static Cast.@Nullable Mentioned recentBody(int at, Recent recent) {
        return recent.body() != null && at - recent.body().index() <= BODY_REACH ? recent.body() : null;
    }

    /**
     * "he", "she": the most recent subject or speaker that agrees with the pronoun, or the person the headline names
     * when the text names no one who agrees; "they" and "we" name no one.
     */
    private static @Nullable Attribution personalPronoun(Cast cast, Map<String, Lexicon.Gender> learned, String mention,
                                                         @Nullable String cue, String sieve, double confidence, int at,
                                                         Recent recent) {
        String lower = mention.toLowerCase(Locale.ROOT);
        if (lower.equals("they") || lower.equals("we")) return null;
        Lexicon.Gender gender = Lexicon.genderOfPronoun(lower);
        Cast.Mentioned chosen = pronounReferent(cast, learned, gender, at, recent.person());
        if (chosen == null && recent.headline() != null && gender != null
                && (cast.genderOf(recent.headline()) == null || cast.genderOf(recent.headline()) == gender))
            // "“…,” she said" where the story names her only in its headline.
            return new Attribution(recent.headline(), mention, SpeakerType.PERSON, cue, "headline", Math.min(confidence, 0.7));
        if (chosen == null) return null;
        return new Attribution(chosen.person().name(), mention, SpeakerType.PERSON, cue, sieve + "+pronoun",
                Math.min(confidence, 0.8));
    }

    /** The later of the last subject agreeing with {@code gender} and the last speaker, if that speaker agrees too. */
    private static Cast.@Nullable Mentioned pronounReferent(Cast cast, Map<String, Lexicon.Gender> learned,
                                                             Lexicon.@Nullable Gender gender, int at,
                                                             Cast.@Nullable Mentioned lastSpeaker) {
        Cast.Mentioned chosen = cast.recentSubject(at, gender, learned);
        Lexicon.Gender lastGender = lastSpeaker == null ? null : cast.genderOf(lastSpeaker.person().name()) != null
                ? cast.genderOf(lastSpeaker.person().name()) : learned.get(lastSpeaker.person().name());
        boolean agrees = lastSpeaker != null && (gender == null || lastGender == null || lastGender == gender);
        if (agrees && (chosen == null || lastSpeaker.index() >= chosen.index())) chosen = lastSpeaker;
        return chosen;
    }

    /** "Ann Vell, a lecturer in … who took no part in the survey, told …": the name before a long appositive. */
    private static @Nullable Attribution nameBeforeLongAppositive(Cast cast, String written, @Nullable String cue,
                                                                  String sieve, double confidence) {
        Matcher lead = LEADING_NAME.matcher(written.strip());
        if (!lead.find()) return null;
        NameMention name = Names.parse(lead.group(1));
        if (name == null || name.tokens().size() < 2) return null;
        Person p = cast.resolve(name);
        return new Attribution(p.name(), lead.group(1), typeOf(p), cue, sieve, confidence);
    }

    /**
     * The person or body a name ending the mention names: the head of an English noun phrase is its last word. Null
     * when the mention is a determiner and a description ("the Ukrainian leader") or ends with no real name.
     */
    private static @Nullable Attribution namedAtEnd(Cast cast, String mention, String[] words, @Nullable String cue,
                                                    String sieve, double confidence) {
        // The same mention comes back for many quotes of an article ("Merz said", "said Merz"): read once per article.
        Person p = cast.namedAtEnd(mention, () -> headNamed(cast, mention, words));
        return p == null ? null : new Attribution(p.name(), mention, typeOf(p), cue, sieve, confidence);
    }

    /** Who the name ending the mention names, or null (see {@link #namedAtEnd}); {@code words} are the mention's. */
    private static @Nullable Person headNamed(Cast cast, String mention, String[] words) {
        boolean determiner = DETERMINER_WORD.matcher(words[0]).matches() || QUANTIFIER_WORD.matcher(words[0]).matches();
        boolean lowerAfter = words.length > 1 && Character.isLowerCase(words[1].charAt(0));
        if (determiner && lowerAfter && !closeAppositive(mention)) return null;
        List<NameMention> names = Names.find(mention);
        NameMention name = names.isEmpty() ? null : names.get(names.size() - 1);
        if (!isRealHead(name, mention, words)) return null;
        return cast.resolve(name);
    }

    /**
     * Whether the last name found in the mention is its head: it ends the mention, is no possessive, holds no word
     * that is not a name, and is more than a bare capitalised first word of a longer phrase.
     */
    private static boolean isRealHead(@Nullable NameMention name, String mention, String[] words) {
        if (name == null || name.possessive() || name.end() < mention.length() - 1) return false;
        for (int i = 0; i < name.tokens().size(); i++) if (!Names.isNameWord(name.tokens(), i)) return false;
        return !(name.tokens().size() == 1 && name.titleWords().isEmpty() && !name.honorific()
                && name.start() == 0 && words.length > 1);
    }

    /** "the statement said", "the group added": the body the article named just before, like "it". */
    private static @Nullable Attribution bodyAnaphor(Cast cast, String mention, String[] words, @Nullable String cue,
                                                     String sieve, double confidence, int at, Recent recent) {
        if (words.length > 3 || !THE_ITS_THEIR.matcher(words[0]).matches()
                || !BODY_ANAPHORS.contains(words[words.length - 1])) return null;
        Cast.Mentioned body = cast.recentOrganization(at, 600);
        if (body == null) body = recentBody(at, recent);
        if (body == null) return null;
        return new Attribution(body.person().name(), mention, SpeakerType.ORGANIZATION, cue, sieve + "+pronoun",
                Math.min(confidence, 0.7));
    }

    /**
     * A nominal mention for the role stage to resolve: an occupation the article introduced someone with ("the
     * drummer told …"), or a role or body noun ("the Ukrainian leader", "the ministry"); null for other words.
     */
    private static @Nullable Attribution nominal(Cast cast, String written, String mention, String[] words,
                                                 @Nullable String cue, String sieve, double confidence, int at) {
        String full = beforeClause(stripLeading(written.strip()));
        boolean nominal = isNominal(mention);
        if (!nominal && isOccupationMention(words)
                && cast.introducedAs(Splits.lettersAnd(words[words.length - 1], "-"), at)) {
            return new Attribution(full, full, SpeakerType.PERSON, cue, sieve + "+" + NOMINAL, Math.min(confidence, 0.7));
        }
        if (!nominal || Splits.spaces(full).length > 12) return null;
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

    // Made once, not per word of every mention.
    private static final Set<String> LEADING_CONJUNCTIONS = Set.of("but", "and", "so", "then", "yet", "or", "also", "still");

    private static String stripLeading(String mention) {
        String m = mention;
        while (true) {
            int space = m.indexOf(' ');
            if (space < 0) return m;
            String first = m.substring(0, space).toLowerCase(Locale.ROOT);
            if (!LEADING_CONJUNCTIONS.contains(first)) return m;
            m = m.substring(space + 1);
        }
    }

    /** Whether a noun phrase names a person or a body by its role: "the Ukrainian leader", "a spokesman", "the campaign". */
    static boolean isNominal(String phrase) {
        String[] words = Splits.spaces(phrase);
        String head = Splits.lettersAnd(words[words.length - 1].toLowerCase(Locale.ROOT), "-");
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
        return a.sieve().endsWith(NOMINAL) && isOccupationMention(Splits.spaces(a.mention().strip()))
                && !isNominal(a.mention().strip());
    }

    private static boolean isOrganizationNoun(String phrase) {
        String[] words = Splits.spaces(phrase);
        return ORGANIZATION_HEADS.contains(words[words.length - 1]);
    }

    /** The description up to a clause that opens inside it ("union chief as talks collapse" → "union chief"). */
    private static String beforeClause(String phrase) {
        String[] words = Splits.spaces(phrase);
        for (int i = 1; i < words.length; i++)
            if (CLAUSE_OPENERS.contains(words[i])) return String.join(" ", List.of(words).subList(0, i));
        return phrase;
    }

    private static final Set<String> TITLE_LINKS = Set.of("of", "for", "to");   // made once, not per word

    private static String cutNominal(String phrase) {
        String[] words = Splits.spaces(phrase.strip());
        var kept = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            // "Secretary of State Dana Holt", "Minister for Europe Ann Vell": a title's "of" or "for" before a name.
            boolean titleOf = i > 0 && i + 2 < words.length && TITLE_LINKS.contains(words[i])
                    && Lexicon.isTitleWord(words[i - 1]) && Character.isUpperCase(words[i + 1].charAt(0))
                    && Character.isUpperCase(words[words.length - 1].charAt(0));
            if (i > 0 && !titleOf && CUT_WORDS.contains(words[i])) break;
            // "Protesters marching through the streets": a participle ends the noun phrase.
            // ("the conservative-leaning institute": a compound adjective is no participle.)
            if (i > 0 && words[i].length() > 4 && words[i].endsWith("ing") && Character.isLowerCase(words[i].charAt(0))
                    && words[i].indexOf('-') < 0) break;
            if (!kept.isEmpty()) kept.append(' ');
            kept.append(words[i]);
        }
        return kept.toString();
    }

    /** The phrase if every word of it is capitalised (a proper name), else its capitalised prefix. */
    private static String titleWords(String phrase) {
        var out = new StringBuilder();
        for (String w : Splits.spaces(phrase)) {
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
            if (wordCount(words) < PULL_QUOTE_MIN_WORDS) continue;
            int at = said.indexOf(" " + words + " ");
            if (at < 0) continue;
            int k = java.util.Collections.binarySearch(starts, at);
            int owner = owners.get(k >= 0 ? k : -k - 2);
            if (owner == i) continue;
            out.set(i, c.withAttribution(out.get(owner).attribution().inherited("pull-quote", 0.85)));
        }
    }

    /**
     * The quote in lower case with every run of chars other than letters and digits as one space, none at either
     * end: what replacing {@code [^\p{L}\p{N}]+} with a space and stripping gives, by a loop over the code points (this
     * runs for every attributed quote, and the pattern was a twentieth of the extraction).
     */
    private static String normalized(String quote) {
        String lower = quote.toLowerCase(Locale.ROOT);
        var out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (Splits.isLetterOrNumber(c)) {
                if (gap && out.length() > 0) out.append(' ');
                gap = false;
                out.appendCodePoint(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** {@code words.split(" ").length} for a string of words joined by single spaces, as normalized() makes. */
    private static int wordCount(String words) {
        int n = 1;
        for (int i = 0; i < words.length(); i++) if (words.charAt(i) == ' ') n++;
        return n;
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
