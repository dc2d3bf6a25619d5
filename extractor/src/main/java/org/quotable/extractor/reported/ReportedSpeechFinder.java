package org.quotable.extractor.reported;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.quotable.extractor.pipeline.Attribution;
import org.quotable.extractor.pipeline.Candidate;
import org.quotable.extractor.pipeline.ExtractionStage;
import org.quotable.extractor.pipeline.ExtractionState;
import org.quotable.extractor.speaker.Cast;
import org.quotable.extractor.speaker.SpeakerResolver;
import org.quotable.extractor.text.Span;
import org.quotable.schema.QuoteType;
import org.quotable.schema.SpeakerType;

/**
 * The reported-speech stage ({@code reported}): finds attributions without quotation marks and adds them as
 * {@link QuoteType#INDIRECT} quotations whose text is the reported content, the reporter's paraphrase. Runs after the
 * speaker stage, so that the quotations it finds are already attributed; immutable and thread-safe.
 *
 * <p>One pass over the words of each sentence, in these shapes:
 * <ul>
 *   <li>{@code X said (that) CONTENT}, {@code X told Y (that) CONTENT}, {@code X asked whether CONTENT},
 *       {@code X pledged to CONTENT}, and the participle {@code …, saying (that) CONTENT};</li>
 *   <li>{@code CONTENT, X said.} and {@code CONTENT, said X.}; {@code A, X said, CONTENT} gives the part after the
 *       attribution;</li>
 *   <li>{@code According to X, CONTENT} and {@code CONTENT, according to X};</li>
 *   <li>{@code A, X said, B} gives both halves; {@code which X said B} gives {@code which} and {@code B};
 *       {@code X called Y Z} gives {@code Y Z}; {@code X's claim that CONTENT}; a headline {@code X: CONTENT}.</li>
 * </ul>
 * A speaker the article only describes ({@code a university poll}) is given as written when no name resolves.
 * The content runs from the complementizer ({@code that}, {@code whether}, {@code to}) or the clause's first word to
 * the end of the sentence, and stops early at a semicolon, a trailing attribution ({@code , X said}), a trailing
 * {@code , according to}, a contrast ({@code , but}, {@code , though}) or a second reporting verb coordinated with
 * the first ({@code and added}). Content that is a quotation in marks is left to the quote stage; content containing
 * a quoted fragment is kept, and so is the fragment's own row. Speakers are resolved by the speaker stage's rules
 * ({@link SpeakerResolver#subjectOfVerb}, {@link SpeakerResolver#speakerOfClause}, {@link SpeakerResolver#speakerNamed}).
 */
public final class ReportedSpeechFinder implements ExtractionStage {
    /** The sieve names of the attributions this stage makes. */
    public static final String SIEVE = "reported";
    /** The suffix of the sieve name of a source kept as the article describes it ({@code a city official}). */
    public static final String DESCRIPTION = "+description";

    private static final Set<String> DETERMINERS = words("a", "an", "the", "this", "his", "her", "their", "its", "our",
            "my", "your", "no", "any", "every", "each", "some", "another", "these", "those");
    private static final Set<String> SUBJECT_WORDS = words("he", "she", "it", "they", "we", "i", "you", "there", "this",
            "that", "these", "those", "the", "a", "an", "his", "her", "their", "its", "our", "my", "some", "many", "most",
            "all", "no", "none", "several", "both", "each", "every", "one", "two", "three", "few", "more", "much",
            "nobody", "nothing", "everyone", "everything", "someone", "something", "anyone", "anything", "only",
            "not", "neither", "either", "such", "other", "others", "people", "voters", "americans", "democrats",
            "republicans", "officials", "any", "half", "nearly", "almost", "roughly", "just", "even", "if",
            "whether", "how", "what", "why", "when", "where", "who", "which", "whoever", "whatever", "because",
            "unless", "while", "though", "although", "once", "now", "then", "too", "very", "women", "men",
            "children", "police", "u.s.");
    private static final Set<String> CLAUSE_STARTS = words("that", "whether", "if", "how", "what", "why", "when",
            "where", "who", "which");
    private static final Set<String> OBJECT_PRONOUNS = words("me", "us", "him", "her", "them", "you", "it");
    /** Object pronouns that are only ever a hearer or a first object, never a possessive or what was said. */
    private static final Set<String> HEARER_PRONOUNS = words("me", "us", "him", "them");
    private static final Set<String> TIME_WORDS = words("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "recently", "earlier", "later", "again", "also",
            "repeatedly", "previously", "once", "twice", "often", "then", "now", "still", "already", "last", "this",
            "next", "night", "morning", "afternoon", "evening", "week", "month", "year", "ago", "privately", "publicly",
            "flatly", "falsely", "wrongly", "openly", "weekend", "day", "summer", "spring", "autumn", "fall", "winter",
            "season", "hour");
    private static final Set<String> BEFORE_VERB = words("has", "had", "have", "would", "will", "was", "is", "also",
            "later", "then", "again", "once", "further", "previously", "earlier", "recently", "simply", "just", "only",
            "repeatedly", "reportedly", "already", "never", "often", "still", "even", "did", "does", "do", "may",
            "might", "could", "should", "can", "not", "first", "last", "twice", "publicly", "privately", "flatly",
            "falsely", "openly", "frequently", "long", "always", "now", "all", "both", "each", "actually", "quickly", "immediately", "ultimately", "finally", "specifically", "explicitly", "implicitly", "clearly");
    private static final Set<String> SUBJECT_OPENERS = words("that", "and", "but", "which", "who", "when", "while",
            "as", "because", "if", "after", "before", "since", "where", "although", "though", "so", "whom", "what", "how",
            "why", "until", "unless", "whether", "than", "or", "nor", "yet", "is", "was", "are", "were", "to", "about",
            "into", "against", "over");
    private static final Set<String> FINITE = words("was", "is", "were", "are", "would", "will", "has", "had", "have",
            "could", "should", "can", "may", "might", "must", "did", "does", "do", "be", "been", "not", "that");
    private static final Set<String> IRREGULAR_PAST = words("said", "told", "wrote", "thought", "knew", "found", "felt",
            "swore", "showed", "understood", "learned", "learnt");
    private static final Set<String> NOT_CONTENT_START = words("in", "on", "at", "for", "with", "by", "from", "of",
            "about", "to", "during", "after", "before", "over", "into", "as", "than", "and", "or", "but", "so", "yes",
            "no", "up", "out", "off", "down", "back", "through", "against", "between", "among", "without", "via", "per");
    /** The verbs of saying proper, which take a bare clause after them in any shape ("said officers saw …"). */
    private static final Set<String> SAYS = words("said", "says", "say", "told", "tells", "added", "adds", "wrote",
            "writes", "noted", "notes", "argued", "argues", "claimed", "claims", "insisted", "insists", "believes",
            "believe", "thinks", "think", "thought", "warned", "warns", "suggested", "suggests", "acknowledged",
            "admitted", "conceded", "reported", "reports", "announced", "announces", "estimated", "estimates",
            "predicted", "predicts", "stressed", "emphasized", "explained", "explains", "contended", "contends",
            "maintained", "maintains", "asserted", "asserts", "recalled", "concluded", "confirmed", "found", "finds",
            "showed", "shows", "feared", "fears", "hoped", "hopes", "knew", "knows", "agreed", "agrees");
    private static final java.util.regex.Pattern PARENTHESES = java.util.regex.Pattern.compile("\\([^)]*\\)");
    private static final java.util.regex.Pattern NAME_FILLER = java.util.regex.Pattern.compile("the|of|a|an");
    private static final Set<String> ABOUT = words("about", "of", "against", "over");
    private static final Set<String> ASIDE_OPENERS = words("which", "where", "who", "whose", "with", "led", "when",
            "while", "though", "although", "whereas", "forcing", "prompting", "despite");
    private static final Set<String> CONTRASTS = words("but", "though", "although", "while", "whereas", "even");
    /** Capitalised words that open a fronted phrase, not a subject ({@code When …, Ames said}). */
    private static final Set<String> FRONTED = words("when", "while", "if", "as", "after", "before",
            "but", "and", "although", "though", "once", "since", "because", "despite", "amid", "like", "unlike");
    /** Words inside a content that open a clause of its own, whose verbs report for themselves. */
    private static final Set<String> CLAUSE_BREAKS = words("and", "but");
    /** Words after an object that open the reporter's time, occasion or reason rather than more of the object. */
    private static final Set<String> OBJECT_TAIL = words("because", "when", "after",
            "before", "while", "since", "although", "though", "during", "until", "unless");
    /** Prepositions that open the reporter's time, place or occasion after an object ({@code in a statement}). */
    private static final Set<String> OCCASION_PREPOSITIONS = words("in", "on", "at");
    /** Nouns of the occasion a thing was said on ({@code in an interview}, {@code at a rally}), and months. */
    private static final Set<String> OCCASIONS = words("statement", "statements", "interview", "interviews", "speech",
            "tweet", "tweets", "post", "posts", "letter", "ruling", "article", "email", "emails", "rally", "debate",
            "forum", "hearing", "appearance", "event", "meeting", "conference", "remarks", "video", "broadcast", "stop",
            "visit", "session", "radio", "television", "op-ed", "editorial", "address", "briefing", "filing",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december");
    /** Words after a comma in an object that go on with it: a list, an appositive, an example. */
    private static final Set<String> OBJECT_ASIDES = words("even", "especially", "known", "then", "now", "not", "only",
            "once");
    /** Participles by which a reporter sets a claim against another or sums it up ({@code , contradicting …}). */
    private static final Set<String> RELATING = words("contradicting", "echoing", "confirming", "mirroring", "matching",
            "amounting", "reflecting", "undercutting", "undermining", "belying", "contrasting", "repeating");
    /** The bare past of the verbs of appearing, which narrates rather than reports a view. */
    private static final Set<String> APPEARED = words("seemed", "appeared", "looked");
    /** Auxiliaries and modals that can open a verb phrase with its subject left out ({@code …, but would …}). */
    private static final Set<String> MODALS = words("would", "could", "will", "can", "may", "might", "should", "must",
            "is", "was", "are", "were", "has", "have", "had", "does", "did");
    /** Short adverbials that end a sentence after a comma, the reporter's ({@code …, too}, {@code …, in part}). */
    private static final Set<String> TAIL_ADVERBIALS = words("too", "in part", "in large part", "as well", "for now",
            "at least", "for example", "in turn", "at the time", "in particular", "of course");
    private static final Set<String> OPENING_CONJUNCTIONS = words("but", "and", "so", "still", "yet", "or", "now",
            "however", "meanwhile");

    /** Verbs of saying whose {@code to} after them opens a hearer or a place, not an infinitive ({@code said to}). */
    private static final Set<String> NO_INFINITIVE = words("say", "tell", "add", "write", "note", "report", "explain",
            "talk", "speak", "respond", "reply", "comment", "mention", "state", "recall", "repeat", "admit", "confess",
            "complain", "suggest", "announce", "tweet", "testify", "point");
    private static final Set<String> ARTICLES = words("a", "an", "the");
    /** Objects of {@code find} or {@code know} that name a thing found or known, not a finding ({@code found ways to}). */
    private static final Set<String> THINGS_FOUND = words("ways", "way", "other", "little", "nothing", "no", "something",
            "much", "more", "plenty");
    /** Lower-case words inside a name ({@code Bank of Ames}, {@code de Vries}). */
    private static final Set<String> NAME_PARTICLES = words("of", "de", "van", "von");
    /** Nouns of saying that take a {@code that} clause after a possessive ({@code his claim that …}). */
    private static final Set<String> NOMINAL_CUES = words("claim", "claims", "assertion", "argument", "promise",
            "pledge", "warning", "belief", "view", "suggestion", "insistence", "acknowledgment", "acknowledgement",
            "conclusion", "allegation", "allegations", "accusation", "charge", "contention", "prediction", "statement",
            "announcement", "admission", "complaint", "fear", "fears", "hope", "hopes", "message", "point", "position",
            "remark", "remarks", "comments", "comment", "testimony", "vow", "threat");
    private static final java.util.regex.Pattern POSSESSIVE_S = java.util.regex.Pattern.compile("['’]s$");
    /** Pronouns whose {@code 's} is a contracted {@code is} or {@code has} ({@code he's claiming}), not a possessive. */
    private static final Set<String> CONTRACTED_SUBJECTS = words("he", "she", "who");
    /** Verbs of a view held that report only with {@code as} after their object ({@code saw the vote as a warning}). */
    private static final Set<String> AS_VIEWS = words("see", "view", "regard");
    /** Possessive pronouns. */
    private static final Set<String> POSSESSIVES = words("his", "her", "their", "its", "our", "my", "your");
    /** Personal pronouns that can be a verb's subject. */
    private static final Set<String> PERSONAL_PRONOUNS = words("he", "she", "it", "they", "we", "i", "you");
    /** Verbs of saying and judging that report as an infinitive of the sentence's subject ({@code went on to say}). */
    private static final Set<String> INFINITIVE_REPORTS = words("say", "argue", "accuse", "attack", "criticize",
            "criticise", "discuss", "admit", "announce", "explain", "declare", "deny", "blame", "praise", "defend",
            "denounce", "condemn", "insist", "warn", "claim", "question", "tout", "invoke", "call", "urge", "demand",
            "tell", "thank", "highlight", "stress", "emphasize", "acknowledge", "complain", "mock", "dismiss", "reject");
    /** Verbs and adjectives before an infinitive whose content is not yet said ({@code wants to say}, {@code refused to}). */
    private static final Set<String> NOT_SAID_YET = words("wants", "wanted", "needs", "needed", "plans", "planned",
            "hopes", "hoped", "tried", "tries", "refused", "refuses", "declined", "declines", "failed", "fails",
            "expected", "intends", "intended", "seeks", "sought", "likes", "liked", "used", "asked", "allowed",
            "forced", "pressed", "urged", "invited", "prepared", "scheduled", "set", "due", "able", "unable", "willing",
            "likely", "unlikely", "going", "began", "begins", "started", "starts", "is", "was", "are", "were", "be",
            "has", "had", "have", "would", "will", "wants", "decided", "agreed", "chose", "offered", "dared");
    /** Verbs whose participle after a comma reports for the clause's subject ({@code …, saying …}). */
    private static final Set<String> PARTICIPLES_OF_SAYING = words("say", "add", "argue", "cite", "claim", "note",
            "warn", "insist", "explain", "suggest", "accuse", "blame", "call", "urge", "vow", "promise", "predict",
            "describe", "tell", "write", "complain", "charge", "contend", "assert", "declare", "deny", "acknowledge",
            "admit", "stress", "recall", "question");
    /** Verbs of saying that report in an {@code as} clause ({@code as Ames noted, …}). */
    private static final Set<String> AS_VERBS = words("say", "note", "point", "observe", "suggest", "argue", "explain",
            "write", "report", "tell", "remark", "predict", "warn", "claim", "state", "mention", "acknowledge", "admit",
            "insist", "add", "emphasize", "stress", "recall", "testify", "tweet", "announce", "conclude", "contend");
    /** Words after the verb of an {@code as} attribution that belong to its cue ({@code pointed out}, {@code put it}). */
    private static final Set<String> AS_PARTICLES = words("out", "it");
    /** Pronouns that take the bare form of a verb ({@code they say}). */
    private static final Set<String> PLURAL_PRONOUNS = words("they", "we", "i", "you");
    /** Relative words that can open the clause of a verb of saying ({@code which he said were …}). */
    private static final Set<String> RELATIVES = words("which", "what", "who", "that");
    /** Words that open no description of a source. */
    private static final Set<String> NOT_DESCRIPTION = words("it", "this", "that", "there", "these", "those", "what",
            "which", "who", "he", "she", "they", "we", "i", "you", "in", "on", "at", "but", "and", "if", "when", "as",
            "after", "before", "while", "because", "since", "so", "then", "now", "here", "yes", "no");
    /** Head nouns of a described source that is a body or a document rather than people. */
    private static final Set<String> BODIES = words("poll", "polls", "survey", "study", "report", "analysis", "document",
            "documents", "ad", "panel", "committee", "commission", "campaign", "group", "agency", "department", "office",
            "court", "board", "council", "statement", "letter", "complaint", "brief", "filing", "memo", "website",
            "average", "averages", "data", "database", "review", "audit", "research", "paper", "article", "editorial");

    /**
     * Past participles of a report in the passive or raised shape: {@code X is said to …}, {@code X is expected to …},
     * {@code it is believed that …}, {@code X was accused of …}, {@code X was quoted as saying …}.
     */
    private static final Set<String> PASSIVE_REPORTS = words("said", "reported", "believed", "expected", "thought",
            "known", "rumored", "rumoured", "alleged", "considered", "understood", "estimated", "projected",
            "predicted", "accused", "quoted", "feared", "presumed", "supposed", "deemed", "seen", "criticized",
            "criticised", "blamed", "suspected", "charged", "seems", "seem", "seemed", "appears", "appeared");
    /** Verbs that raise the subject of their infinitive, as a passive report does ({@code the plan seems to …}). */
    private static final Set<String> RAISING = words("seems", "seem", "seemed", "appears", "appeared");
    /** Forms of {@code be} before a passive participle, with the auxiliaries that may come before them. */
    private static final Set<String> BE = words("is", "was", "are", "were", "be", "been", "being", "'s", "’s");
    /** Words between a form of {@code be} and its participle ({@code is widely expected}). */
    private static final Set<String> PASSIVE_ADVERBS = words("widely", "also", "now", "still", "generally", "long",
            "not", "never", "often", "increasingly", "already", "largely", "privately", "publicly", "reportedly");
    /**
     * Verbs of appearing and passives of judging whose complement is a view without a named holder ({@code the plan
     * seems too costly}, {@code the rule is considered a threat}): the subject and the complement are reported apart.
     */
    private static final Set<String> COMPLEMENT_REPORTS = words("seems", "seem", "seemed", "appears", "appeared",
            "looks", "looked", "considered", "deemed");
    /** Words that open the people a view seems right to ({@code seemed far away to most voters}). */
    private static final Set<String> HOLDERS = words("most", "many", "some", "voters", "people", "critics", "observers");
    /** Words that open no complement of a verb of appearing ({@code looks at}, {@code seems to}, {@code appeared on}). */
    private static final Set<String> NOT_COMPLEMENT = words("to", "at", "on", "in", "for", "into", "forward", "up",
            "back", "out", "over", "around", "ahead", "after", "that", "and", "or", "but", "by", "with", "from", "as",
            "before", "if", "when", "this", "the", "a", "an", "his", "her", "their", "its", "sure");
    /**
     * Nouns and adjectives of a stance held in public, which after {@code be} report what the stance is about
     * ({@code is a staunch opponent of the levy}, {@code has been critical of the board}).
     */
    private static final Set<String> STANCES = words("opponent", "opponents", "supporter", "supporters", "critic",
            "critics", "advocate", "advocates", "proponent", "proponents", "backer", "backers", "defender", "defenders",
            "critical", "supportive", "dismissive");
    /** Days of the week, which after an object open the reporter's time ({@code criticized the plan Tuesday}). */
    private static final Set<String> WEEKDAYS = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Forms of {@code continue}, after which an infinitive of any reporting verb still reports ({@code continues to deny}). */
    private static final Set<String> CONTINUING = words("continue", "continues", "continued", "continuing");
    /** Verbs of agreeing, which name whom or what they agree with after {@code with} or {@code on}. */
    private static final Set<String> AGREEING = words("agree", "disagree", "concur");
    /** Forms of {@code make}, the light verb of {@code made clear that …}, {@code made the case for …}. */
    private static final Set<String> MAKE = words("made", "make", "makes", "making");
    /** Verbs of talking whose preposition may come after a particle or an adverb ({@code spoke out about}). */
    private static final Set<String> TALK = words("speak", "talk");
    /** What {@code passive} returns for a passive that reports nothing, which is no active report either. */
    private static final int NOT_A_REPORT = -2;
    /** Subjects of a passive report that stand for its clause rather than name what it is about ({@code it is said that}). */
    private static final Set<String> EXPLETIVES = words("it", "there", "this", "that", "which", "who", "what");
    /** Nouns of a view held or voiced that name its topic after {@code about} or {@code on} ({@code his ideas about trade}). */
    private static final Set<String> TOPIC_NOUNS = words("ideas", "idea", "views", "attacks", "attack", "criticism", "thoughts");
    /** Prepositions after a noun of saying that open what it is about. */
    private static final Set<String> TOPIC_PREPOSITIONS = words("about", "on", "over");

    private final SpeakerResolver speakers = new SpeakerResolver();

    /**
     * Whether a form of a reporting verb can also be a noun: the bare form and the -s form ({@code plan},
     * {@code plans}, {@code calls}) and the -ing form ({@code the findings}); a past tense rarely is one.
     */
    private static boolean canBeNoun(String form) {
        return !form.endsWith("ed") && !form.endsWith("ing") && !IRREGULAR_PAST.contains(form);
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words)); // the lists may repeat a word
    }

    @Override public String name() { return "reported"; }

    @Override public ExtractionState apply(ExtractionState state) {
        String text = state.text();
        Cast cast = Cast.of(state);   // the speakers stage's cast, built once per article
        List<Candidate> quotes = state.candidates();
        var quoteSpans = new ArrayList<Span>(quotes.size());
        for (Candidate c : quotes) quoteSpans.add(new Span(c.openMark(), Math.max(c.openMark(), c.closeMark())));
        quoteSpans.sort(Comparator.comparingInt(Span::start));
        var found = new ArrayList<Candidate>();
        var pos = new PartOfSpeech(); // the article's tagger, made when a word first needs it
        int first = 0; // the first quote that does not end before the sentence: both lists are in text order
        for (Span sentence : state.document().sentences()) {
            // Quotations do not overlap one another, so their ends are in text order too.
            while (first < quoteSpans.size() && quoteSpans.get(first).end() <= sentence.start()) first++;
            int last = first;
            while (last < quoteSpans.size() && quoteSpans.get(last).start() < sentence.end()) last++;
            boolean headline = state.document().paragraphIndex(sentence.start()) == 0 && state.document().paragraphs().size() > 1;
            new SentenceReader(text, sentence, quoteSpans.subList(first, last), cast, headline, pos).read(found);
        }
        if (found.isEmpty()) return state;
        var all = new ArrayList<Candidate>(quotes.size() + found.size());
        all.addAll(quotes);
        for (Candidate c : withoutRowsInsideAccordingTo(withoutActsInsideReports(oneRowPerSpan(found)))) all.add(c.withAttribution(descriptionAsWritten(c.attribution())));
        all.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
        return state.withCandidates(all);
    }

    /**
     * The rows found, one per content span: two verbs can reach the same content ({@code agreed … noted that …}), and
     * of such rows the first with a speaker is kept, so that a content never appears twice, once without its source.
     */
    private static List<Candidate> oneRowPerSpan(List<Candidate> found) {
        var bySpan = new java.util.LinkedHashMap<Span, Candidate>();
        for (Candidate c : found)
            bySpan.merge(new Span(c.start(), c.end()), c, (kept, other) -> kept.attribution() == null ? other : kept);
        return List.copyOf(bySpan.values());
    }

    /**
     * The rows without those whose cue is no verb of saying and whose content lies inside the content of a verb of
     * saying ({@code Ames said the firm refused to pay and found ways to delay}): what the firm refused or found is
     * part of what Ames said, one report, not an act of its own. A verb of saying inside another's content ({@code
     * said that Vell told her …}) keeps its row.
     */
    private static List<Candidate> withoutActsInsideReports(List<Candidate> rows) {
        var kept = new ArrayList<Candidate>(rows.size());
        for (Candidate c : rows) {
            boolean inside = false;
            // A row with no source has no cue to judge by; it stays (dropping those too measured the same).
            if (c.attribution() != null && !reportsSpeech(c.attribution()))
                for (Candidate o : rows)
                    if (o != c && o.start() <= c.start() && c.end() <= o.end() && o.end() - o.start() > c.end() - c.start()
                            && reportsSpeech(o.attribution())) { inside = true; break; }
            if (!inside) kept.add(c);
        }
        return kept;
    }

    /**
     * The rows without those whose content lies inside the content of an {@code according to} row ({@code Police
     * have said they will not release the video, according to the family's lawyers}): the source after {@code
     * according to} gives the whole sentence before it, the report inside included, so what the police said is the
     * lawyers' account, one row, not a second report of its own.
     */
    private static List<Candidate> withoutRowsInsideAccordingTo(List<Candidate> rows) {
        var kept = new ArrayList<Candidate>(rows.size());
        for (Candidate c : rows) {
            boolean inside = false;
            for (Candidate o : rows)
                if (o != c && o.start() <= c.start() && c.end() <= o.end() && o.end() - o.start() > c.end() - c.start()
                        && o.attribution() != null && o.attribution().cue() != null
                        && o.attribution().cue().toLowerCase(java.util.Locale.ROOT).equals("according to")) { inside = true; break; }
            if (!inside) kept.add(c);
        }
        return kept;
    }

    /** Whether the row's cue is a verb of saying proper or {@code according to}. */
    private static boolean reportsSpeech(@Nullable Attribution a) {
        if (a == null || a.cue() == null) return false;
        String cue = a.cue().toLowerCase(java.util.Locale.ROOT);
        int space = cue.indexOf(' ');
        String verb = space < 0 ? cue : cue.substring(0, space);
        return SAYS.contains(verb) || verb.equals("according") || verb.equals("saying");
    }

    /**
     * A source described rather than named ({@code a department official said}, {@code the state's governor
     * warned}) stays as the article writes it: the role stage would match it to someone given a like role, which for
     * reported speech was wrong in every case measured (an indefinite {@code a spokeswoman} introduces someone new;
     * the role matcher reads only the head noun of {@code the Indiana governor}). An occupation ({@code the
     * drummer}) still goes to the role stage, which resolves it to the person introduced with it or to no one.
     */
    private static @Nullable Attribution descriptionAsWritten(@Nullable Attribution a) {
        String nominal = "+" + SpeakerResolver.NOMINAL;
        if (a == null || !a.sieve().endsWith(nominal) || SpeakerResolver.isOccupationNominal(a)) return a;
        String sieve = a.sieve().substring(0, a.sieve().length() - nominal.length()) + DESCRIPTION;
        return new Attribution(a.speaker(), a.mention(), a.speakerType(), a.cue(), sieve, a.confidence());
    }

    /** Reads one sentence's words once. Not thread-safe; one per sentence. */
    private final class SentenceReader {
        private final String text;
        private final Span sentence;
        private final List<Span> quotes;
        private final Cast cast;
        private final List<Word> words;
        private final boolean headline;
        private final PartOfSpeech pos;
        /** Whether the last {@link #subject} call found a noun phrase before the verb, named or not. */
        private boolean subjectSeen;

        SentenceReader(String text, Span sentence, List<Span> quotes, Cast cast, boolean headline, PartOfSpeech pos) {
            this.pos = pos;
            this.headline = headline;
            this.text = text;
            this.sentence = sentence;
            this.quotes = quotes;
            this.cast = cast;
            this.words = Word.split(text, sentence.start(), sentence.end());
        }

        void read(List<Candidate> out) {
            int n = words.size();
            if (n < 4) return;
            int consumedTo = headline ? headlineSource(out) : -1; // words up to here are already inside a content span or its attribution
            @Nullable Attribution previous = null;
            @Nullable Emitted last = null;
            for (int j = 0; j < n; j++) {
                Word w = words.get(j);
                if (j <= consumedTo || !w.word() || insideQuote(w.start())) continue;
                if (w.lower().equals("according") && j + 1 < n && words.get(j + 1).is("to")) {
                    int done = accordingTo(j, out);
                    if (done >= 0) consumedTo = done;
                    continue;
                }
                if (w.lower().equals("as") && j > consumedTo) {
                    int done = asParenthetical(j, consumedTo, out);
                    if (done >= 0) { consumedTo = done; previous = null; continue; }
                }
                if (j + 1 < n && NOMINAL_CUES.contains(w.lower()) && words.get(j + 1).lower().equals("that") && !insideQuote(words.get(j + 1).start())) {
                    int done = nominal(j, out);
                    if (done >= 0) { consumedTo = done; continue; }
                }
                if (j + 2 < n && (NOMINAL_CUES.contains(w.lower()) || TOPIC_NOUNS.contains(w.lower()))) {
                    int done = nominalTopic(j, out);
                    if (done >= 0) { consumedTo = done; continue; }
                }
                // A headline capitalises its verbs ("Senator Warns Of Delays"); elsewhere a capital starts a name.
                if (w.capitalized() && !headline) continue;
                if (narratedAppearance(j)) continue;
                if (PASSIVE_REPORTS.contains(w.lower())) {
                    int done = passive(j, out);
                    if (done >= 0) { consumedTo = done; previous = null; continue; }
                    if (done == NOT_A_REPORT) continue; // "it is expected to rain": a passive, no active report either
                }
                if (COMPLEMENT_REPORTS.contains(w.lower())) {
                    int done = complementReport(j, out);
                    if (done >= 0) { consumedTo = done; previous = null; continue; }
                }
                if (STANCES.contains(w.lower()) && j + 1 < n && words.get(j + 1).is("of")) {
                    int done = stance(j, out);
                    if (done >= 0) { consumedTo = done; previous = null; continue; }
                }
                if (MAKE.contains(w.lower())) {
                    int done = madeClear(j, out);
                    if (done >= 0) { consumedTo = done; previous = null; continue; }
                }
                if (ReportingVerbs.hearsay(w.lower()) && !(last != null && last.contentStart() <= j && j < last.contentEnd())) {
                    int done = hearsay(j, out);
                    if (done >= 0) { consumedTo = done; previous = null; continue; }
                }
                if (ReportingVerbs.topicVerb(w.lower()) != null) {
                    int done = topicAfterPreposition(j, out);
                    if (done >= 0) { consumedTo = done; previous = null; continue; }
                }
                String base = ReportingVerbs.base(w.text());
                if (base == null) continue;
                int byAgent = passiveWithAgent(j, out);
                if (byAgent >= 0) { consumedTo = byAgent; previous = null; continue; }
                int reduced = participleByAgent(j, out);
                if (reduced >= 0) { consumedTo = reduced; previous = null; continue; }
                int zero = zeroRelative(j, out);
                if (zero >= 0) { consumedTo = zero; previous = null; continue; }
                if (!usedAsVerb(j)) continue;
                // "the attacks that …", "late-night calls came in": a form that can be a noun is read as one when
                // the tagger says so. The tagger is asked only when the word would report something (it costs
                // more than the rest of the stage): such a word's rows wait in a list of their own until then.
                boolean ambiguous = !headline && canBeNoun(w.lower()) && !complementFollows(j) && (!afterSubject(j) || nounAfterName(j, base));
                List<Candidate> sink = ambiguous ? new ArrayList<>(2) : out;
                if (last != null && nestedIn(last, j)) continue;
                int interrupted = interruptedSubject(j, sink);
                if (interrupted >= 0) {
                    if (ambiguous && !keptAsVerb(j, sink, out)) continue;
                    consumedTo = interrupted; previous = null; continue;
                }
                int trailing = trailing(j);
                if (trailing >= 0) {
                    int done = emitTrailing(j, trailing, sink);
                    if (ambiguous && !sink.isEmpty() && !keptAsVerb(j, sink, out)) continue;
                    if (done >= 0) { consumedTo = done; previous = null; }
                    // "Ames, a critic, called the plan a gift": only verbs of saying end in a trailing attribution.
                    if (done >= 0 || SAYS.contains(w.lower())) continue;
                }
                Emitted e = forward(j, base, previous, sink);
                if (ambiguous && !sink.isEmpty() && !keptAsVerb(j, sink, out)) continue;
                if (e != null) {
                    previous = e.attribution();
                    consumedTo = e.cue();
                    last = e;
                }
            }
        }

        /**
         * Whether the word at {@code j} is a bare past of a verb of appearing ({@code the president appeared cowed},
         * {@code the heap looked like a whale}, {@code the language seemed to reverberate}): the reporter narrates
         * how someone or something looked at the time, not a view anyone holds. The present ({@code the plan seems
         * costly}) or a perfect or modal ({@code has appeared to accept}, {@code may have seemed far away}) still
         * states one, and so does a verb of saying after it ({@code appeared to suggest that …}).
         */
        private boolean narratedAppearance(int j) {
            if (!APPEARED.contains(words.get(j).lower()) || j == 0) return false;
            // "appeared to suggest that …": a report nested in the appearance, which its own rules read.
            if (j + 2 < words.size() && words.get(j + 1).is("to") && ReportingVerbs.base(words.get(j + 2).text()) != null) return false;
            int b = j - 1;
            while (b > 0 && words.get(b).word() && !words.get(b).capitalized() && words.get(b).lower().endsWith("ly")
                    && !FINITE.contains(words.get(b).lower())) b--;
            Word before = words.get(b);
            String w = before.lower();
            return !(before.word() && (FINITE.contains(w) || MODALS.contains(w) || w.equals("once") || w.equals("never")));
        }

        /**
         * Whether the verb at {@code j} is the verb of the subject that opens the content {@code e} reports
         * ({@code Ames said he doubted the court would act}): the annotation gives such a nested report no row of its
         * own. A verb after a comma or a conjunction in the content starts a clause of the reporter's instead.
         */
        private boolean nestedIn(Emitted e, int j) {
            if (j <= e.contentStart() || j >= e.contentEnd()) return false;
            for (int k = e.contentStart(); k < j; k++) {
                Word t = words.get(k);
                if (t.is(",") || t.is(";") || t.word() && CLAUSE_BREAKS.contains(t.lower())) return false;
            }
            return true;
        }

        /**
         * A headline that opens with its source and a colon ({@code Senator Vell: Harbour Plan Will Fail}): the words
         * after the colon are the content. The last word used, or -1.
         */
        private int headlineSource(List<Candidate> out) {
            int n = words.size();
            int k = 0;
            while (k < n && k < 4 && words.get(k).capitalized()) k++;
            if (k == 0 || k >= n || !words.get(k).is(":") || countWords(k + 1) < 3) return -1;
            int from = k + 1;
            while (from < n && !words.get(from).word() && !words.get(from).quoteMark()) from++;
            int to = n;
            while (to > from + 1 && !words.get(to - 1).word() && !words.get(to - 1).quoteMark()) to--;
            String source = text.substring(words.get(0).start(), words.get(k - 1).end());
            Attribution a = speakers.speakerNamed(cast, source, ":", words.get(0).start(), SIEVE + "-headline", 0.6);
            if (a == null) a = new Attribution(source, source, BODIES.contains(words.get(k - 1).lower()) ? SpeakerType.ORGANIZATION
                    : SpeakerType.PERSON, ":", SIEVE + "-headline", 0.45);
            if (!emit(from, to, a, out)) return -1;
            return n - 1;
        }

        private record Emitted(@Nullable Attribution attribution, int cue, int contentStart, int contentEnd) {}

        private boolean insideQuote(int index) {
            for (Span q : quotes) if (q.start() <= index && index < q.end()) return true;
            return false;
        }

        /** Where the quotation opening at {@code index} closes, or -1 when it is not one the quote stage found. */
        private int closingMarkAfter(int index) {
            for (Span q : quotes) if (q.start() <= index && index < q.end()) return q.end();
            return -1;
        }

        private boolean hasWordsBetween(int from, int to) {
            for (int k = from; k < to; k++) if (Character.isLetterOrDigit(text.charAt(k))) return true;
            return false;
        }

        /**
         * Whether a name or a personal pronoun comes right before word {@code j} ({@code Ames says}, {@code she
         * plans}): a verb then, which the tagger would misread after a name ("Ames charges that …") and need not be
         * asked about.
         */
        private boolean afterSubject(int j) {
            Word before = words.get(j - 1);
            return before.word() && (before.capitalized() && j > 1 || PERSONAL_PRONOUNS.contains(before.lower()));
        }

        /**
         * Whether the word at {@code j}, whose rows are in {@code sink}, is a verb by the tagger; if so its rows go
         * to {@code out} (and {@code sink} is emptied), else they are dropped.
         */
        private boolean keptAsVerb(int j, List<Candidate> sink, List<Candidate> out) {
            boolean verb = !pos.noun(words, j);
            if (verb) out.addAll(sink);
            sink.clear();
            return verb;
        }

        /**
         * Whether a complement that a verb of saying takes opens right after word {@code j} ({@code claims that},
         * {@code plans to}, {@code questions about}) or the word ends a clause: the tagger reads such a verb after a
         * name as a noun too often ("Ames claims that …"), and a noun there reports as well ("the claims that …").
         */
        private boolean complementFollows(int j) {
            // "…, Ames argues," ends a trailing attribution; "questions about …", "reports of …" are nouns of
            // saying whose object the annotation reports as well.
            if (j + 1 >= words.size() || !words.get(j + 1).word()) return true;
            String next = words.get(j + 1).lower();
            return CLAUSE_STARTS.contains(next) || next.equals("to") || ABOUT.contains(next);
        }

        /** A reporting verb in use: not a noun after a determiner ({@code his claim}), not an infinitive's verb. */
        private boolean usedAsVerb(int j) {
            if (j == 0) return false;
            Word before = words.get(j - 1);
            String b = before.lower();
            if (before.word() && (DETERMINERS.contains(b) || (b.endsWith("'s") || b.endsWith("’s"))
                    && !CONTRACTED_SUBJECTS.contains(b.substring(0, b.length() - 2)))) return false;
            String lower = words.get(j).lower();
            // "the plan they want", "what he said": a relative clause's verb reports nothing that follows.
            return !(lower.equals("want") || lower.equals("know") || lower.equals("show") || lower.equals("find")) || j + 1 < words.size();
        }

        /**
         * When {@code words[j]} is the verb of a trailing attribution ({@code …, X said.} or {@code …, said X.}), the
         * index of the comma that opens it; else -1.
         */
        private int trailing(int j) {
            int n = words.size();
            // The tail after the verb: a hearer, a time, a place; it reaches the sentence's end or a comma.
            int k = j + 1, tailWords = 0;
            while (k < n && !words.get(k).is(",") && !isEnd(k)) {
                Word t = words.get(k);
                if (!t.word() && !t.is("(") && !t.is(")") && !t.is("-") && !t.is("—") && !t.is("–")) return -1;
                if (t.word() && (CLAUSE_STARTS.contains(t.lower()) && tailWords == 0 || ReportingVerbs.base(t.text()) != null && tailWords > 0
                        && !t.capitalized() && !nounInTail(j, k))) return -1;
                // The tail says when, where or to whom; a finite verb in it makes a clause, the verb's content.
                if (t.word() && FINITE.contains(t.lower())) return -1;
                if (t.word()) tailWords++;
                k++;
            }
            if (tailWords > 9) return -1;
            if (k < n && words.get(k).is(",") && !(k + 1 < n && words.get(k + 1).word()
                    && (ReportingVerbs.base(words.get(k + 1).text()) != null || DETERMINERS.contains(words.get(k + 1).lower())))
                    && countWords(k + 1) < 4) return -1;
            // "…, Reyes, pledged to repave …", "…, she said the …": the verb goes on to its own content.
            if (j + 1 < n && words.get(j + 1).word() && ReportingVerbs.frame(ReportingVerbs.base(words.get(j).text())) != ReportingVerbs.Frame.HEARER
                    && Set.of("to", "he", "she", "it", "they", "we", "i", "you", "there", "the", "a", "an", "his", "her", "their",
                    "its", "this", "these", "those").contains(words.get(j + 1).lower())) return -1;
            // "…, though she said "small savings" and a levy would …": quoted words the reporter's words go on after.
            if (j + 1 < n && words.get(j + 1).quoteMark()) {
                int close = closingMarkAfter(words.get(j + 1).end());
                if (close >= 0 && close < sentence.end() && hasWordsBetween(close, sentence.end())) return -1;
            }
            // "…, Ames said Vell reached out": a name and a finite verb after the verb make its clause.
            if (j + 1 < n && words.get(j + 1).capitalized() && clauseAfterName(j + 1)) return -1;
            // The subject before the verb, back to the comma that ends the content.
            int i = j - 1, subjectWords = 0;
            while (i >= 0 && !words.get(i).is(",")) {
                Word t = words.get(i);
                // "Both sides "saw the risk," said Ames": content with quoted words at its end is mixed when the
                // reporter's words open it; the comma inside the closing mark ends it.
                if (t.quoteMark() && i > 0 && words.get(i - 1).is(",") && reporterOpens(i)) { i--; break; }
                if (!t.word() && !t.is(".") && !t.is("(") && !t.is(")")) return -1;
                if (t.word() && (CLAUSE_STARTS.contains(t.lower()) && !t.lower().equals("who") || ReportingVerbs.base(t.text()) != null && !t.capitalized()
                        && !BEFORE_VERB.contains(t.lower()))) return -1;
                if (t.word()) subjectWords++;
                i--;
            }
            if (i < 1 || subjectWords > 8) return -1;
            if (subjectWords > 0) {
                // A subject: a name, a pronoun or a noun phrase, with a finite reporting verb ("said", not "remark").
                Word first = words.get(words.get(i + 1).quoteMark() ? i + 2 : i + 1);
                String v = words.get(j).lower();
                if (!first.word() || NOT_CONTENT_START.contains(first.lower()) || FINITE.contains(first.lower())) return -1;
                // "…, experts say", "…, they say": a plural subject takes the bare form.
                String lastSubject = words.get(j - 1).lower();
                boolean plural = PLURAL_PRONOUNS.contains(lastSubject)
                        || lastSubject.endsWith("s") && !lastSubject.endsWith("ss") && !lastSubject.endsWith("'s") && !lastSubject.endsWith("’s");
                if (!(v.endsWith("ed") || v.endsWith("s") || IRREGULAR_PAST.contains(v) || plural && SAYS.contains(v))) return -1;
            }
            if (subjectWords == 0 && tailWords == 0) return -1;
            if (words.get(i - 1).quoteMark()) return -1; // "…," she said: a direct quote's own attribution
            return i;
        }

        /**
         * Whether word {@code k} of a trailing attribution's tail, a form of a reporting verb, is a noun there: a
         * determiner comes before it within three words ({@code said in a June report}, {@code explained during the
         * hearing}), so it names the occasion, not a second report.
         */
        private boolean nounInTail(int j, int k) {
            for (int b = k - 1; b > j && b >= k - 3; b--) {
                Word t = words.get(b);
                if (!t.word()) return false;
                if (DETERMINERS.contains(t.lower())) return true;
            }
            return false;
        }

        /**
         * Whether the closing quotation mark at word {@code close} ends a quotation that opens after some of the
         * sentence's own words, so that those words and the quotation are one mixed content.
         */
        private boolean reporterOpens(int close) {
            int at = words.get(close - 1).start();
            for (Span q : quotes) {
                if (q.start() <= at && at <= q.end()) {
                    for (int k = 0; k < close && words.get(k).start() < q.start(); k++)
                        if (words.get(k).word() && !OPENING_CONJUNCTIONS.contains(words.get(k).lower())) return true;
                    return false;
                }
            }
            return false;
        }

        private boolean isEnd(int k) {
            Word t = words.get(k);
            return !t.word() && (t.is(".") || t.is("!") || t.is("?") || t.is(";") || t.quoteMark());
        }

        /** {@code CONTENT, X said.} or {@code A, X said, CONTENT.}: the index of the last word used, or -1. */
        private int emitTrailing(int j, int comma, List<Candidate> out) {
            int n = words.size();
            if (!SAYS.contains(words.get(j).lower())) return -1;
            int k = j + 1;
            while (k < n && !words.get(k).is(",") && !isEnd(k)) k++;
            int attributionEnd = k;
            boolean parenthetical = k < n && words.get(k).is(",") && k + 1 < n && words.get(k + 1).word()
                    && ReportingVerbs.base(words.get(k + 1).text()) == null;
            int from, to;
            // A comma inside the closing mark of mixed content: the mark is the content's last character.
            boolean closingMark = comma + 1 < j && words.get(comma + 1).quoteMark();
            boolean inverted = comma + 1 == j || closingMark && comma + 2 == j;
            int splitFrom = -1, splitTo = -1;
            if (parenthetical && !inverted) {
                // "A, X said, B": the attribution interrupts one content, which is given as its two halves, the
                // part before (often only a subject or a fronted adverbial) and the part after.
                splitFrom = contentStart(0, comma);
                splitTo = comma;
                from = k + 1;
                to = contentEnd(from);
            } else {
                from = contentStart(0, comma);
                to = closingMark ? comma + 2 : comma;
                // "By nine on Sunday, Ames said": an adverbial, not what was said; "Ann Lund, a senator, said": a name.
                // Mixed content keeps its opening adverbial ("With three ferries a day, "there is …," she said").
                if (from < to && !closingMark && NOT_CONTENT_START.contains(words.get(from).lower())) return -1;
                int count = 0;
                for (int w = from; w < to; w++) if (words.get(w).word()) count++;
                if (count < 4) return -1;
            }
            if (from >= to) return -1;
            int asked = splitFrom < 0 ? pastAsked(from, to) : from;
            Attribution a = speakers.speakerOfClause(cast, text.substring(words.get(comma).end(), sentence.end()),
                    words.get(j).start(), SIEVE + "-after", 0.75);
            if (a == null && !inverted) a = subject(j, words.get(j).text(), 0.7);
            if (a == null && inverted && j + 1 < attributionEnd)
                a = speakers.speakerNamed(cast, text.substring(words.get(j + 1).start(), words.get(attributionEnd - 1).end()),
                        words.get(j).text(), words.get(j).start(), SIEVE + "-after", 0.7);
            if (splitFrom >= 0 && splitFrom < splitTo) emitPart(splitFrom, splitTo, a, out);
            if (asked > from) {
                // The question put to the speaker is the content, "Asked (about)" its cue.
                if (a != null) a = withCue(a, text.substring(words.get(from).start(), words.get(asked - 1).end()));
                from = asked;
            }
            if (!emit(from, to, a, out)) return splitFrom >= 0 ? attributionEnd - 1 : -1;
            return Math.max(attributionEnd - 1, parenthetical ? to - 1 : j);
        }

        /**
         * Where the content {@code words[from, to)} before a trailing attribution starts when it opens with the
         * participle {@code Asked} ({@code Asked about the levy, Ames said …}, {@code Asked to name the buyer, Ames
         * said …}, {@code Asked whether …}): what the speaker was asked, after {@code Asked} and its {@code about}.
         * Else {@code from}.
         */
        private int pastAsked(int from, int to) {
            if (from + 2 >= to || !words.get(from).is("Asked")) return from;
            Word next = words.get(from + 1);
            if (!next.word()) return from;
            String w = next.lower();
            if (w.equals("about")) return from + 2;
            return w.equals("to") || w.equals("whether") || w.equals("if") || w.equals("how") || w.equals("what")
                    || w.equals("why") || w.equals("when") ? from + 1 : from;
        }

        /**
         * {@code The new levy, she acknowledges, could be repealed.}: an attribution set off by commas between a short
         * subject and its verb phrase. The annotation gives the two halves as the parts of one attribution, as for
         * {@code A, X said, B} ({@link #emitTrailing}); this reads what that rule leaves out, a verb phrase of fewer
         * than four words after the attribution, or a clause verb other than the verbs of saying proper. The subject
         * half is one noun phrase (no verb, no comma), and the other half opens with an auxiliary or a finite
         * {@code be}/{@code have}, so that it cannot be a clause of its own. The last word used, or -1.
         */
        private int interruptedSubject(int j, List<Candidate> out) {
            int n = words.size();
            Word verb = words.get(j);
            String v = verb.lower();
            if (!(v.endsWith("s") || v.endsWith("ed") || IRREGULAR_PAST.contains(v))) return -1;
            String base = ReportingVerbs.base(verb.text());
            if (base == null || ReportingVerbs.frame(base) != ReportingVerbs.Frame.CLAUSE) return -1;
            // The attribution's subject, back to the comma that ends the first half: a name, a pronoun, a noun phrase.
            int c1 = j - 1;
            while (c1 >= 0 && !words.get(c1).is(",")) c1--;
            if (c1 < 1 || j - c1 - 1 < 1 || j - c1 - 1 > 6) return -1;
            for (int k = c1 + 1; k < j; k++) if (!nounPhraseWord(k)) return -1;
            Word first = words.get(c1 + 1);
            if (!first.capitalized() && !PERSONAL_PRONOUNS.contains(first.lower()) && !DETERMINERS.contains(first.lower())) return -1;
            // The tail after the verb (a time, a place, an occasion) up to the second comma.
            int c2 = j + 1;
            while (c2 < n && !words.get(c2).is(",")) {
                Word t = words.get(c2);
                if (!t.word() || FINITE.contains(t.lower()) || CLAUSE_STARTS.contains(t.lower())) return -1;
                c2++;
            }
            if (c2 + 1 >= n || c2 - j - 1 > 6) return -1;
            int from = contentStart(0, c1);
            if (from >= c1 || c1 - from > 8 || NOT_CONTENT_START.contains(words.get(from).lower())) return -1;
            for (int k = from; k < c1; k++) if (!nounPhraseWord(k)) return -1;
            Word opens = words.get(c2 + 1);
            if (!opens.word() || opens.capitalized() || !FINITE.contains(opens.lower()) || opens.is("that") || opens.is("not")) return -1;
            if (SAYS.contains(v) && countWords(c2 + 1) >= 4) return -1; // emitTrailing reads it
            int to = contentEnd(c2 + 1);
            if (to <= c2 + 1) return -1;
            Attribution a = speakers.speakerNamed(cast, text.substring(first.start(), words.get(j - 1).end()), verb.text(),
                    first.start(), SIEVE + "-after", 0.75);
            emitPart(from, c1, a, out);
            emitPart(c2 + 1, to, a, out);
            return to - 1;
        }

        /** Whether word {@code k} can be part of a plain noun phrase: a word that is no verb or clause opener, or a period. */
        private boolean nounPhraseWord(int k) {
            Word t = words.get(k);
            if (!t.word()) return t.is(".") || t.is("-");
            String w = t.lower();
            return !FINITE.contains(w) && !CLAUSE_STARTS.contains(w) && (t.capitalized() || ReportingVerbs.base(t.text()) == null);
        }

        private int countWords(int from) {
            int count = 0;
            for (int k = from; k < words.size(); k++) if (words.get(k).word()) count++;
            return count;
        }

        /** {@code X said (that) CONTENT}; the attribution made, and the index of the cue's last word; or null. */
        private @Nullable Emitted forward(int j, String base, @Nullable Attribution previous, List<Candidate> out) {
            int n = words.size();
            ReportingVerbs.Frame frame = ReportingVerbs.frame(base);
            Word verb = words.get(j);
            boolean participle = ReportingVerbs.participle(verb.lower());
            // A subject before the verb: not a comma right before a finite verb ("…, said Ames" is trailing).
            Word before = words.get(j - 1);
            if (!before.word() && !participle && !before.is(")") && !before.is(",") && !before.is("--") && !before.is("—")) return null;
            boolean infinitive = before.lower().equals("to");
            if (infinitive && !reportingInfinitive(j, base)) return null;
            int p = j + 1;
            if (base.equals("call")) {
                // "called for …", "called on …"; "called the plan reckless": the object and what it was called.
                if (p < n && (words.get(p).is("for") || words.get(p).is("on"))) p++;
                else if (!namesSomething(j)) return null;
                else if (OBJECT_PRONOUNS.contains(words.get(p).lower()) && p + 1 < n && words.get(p + 1).word()
                        && DETERMINERS.contains(words.get(p + 1).lower())) p++; // "called him a liar": what he was called
            }
            p = pastParticle(base, p);
            p = pastPartner(base, p);
            // "complained about …", "spoke of …", "warned against …": the preposition's object is what was said.
            if (p < n && ABOUT.contains(words.get(p).lower()) && !base.equals("call") && p + 1 < n && words.get(p + 1).word())
                p++;
            if (base.equals("point") || base.equals("find")) {
                if (p < n && (words.get(p).is("out") || base.equals("point") && words.get(p).is("to"))) p++;
                else if (base.equals("point")) return null;
            }
            int cueEnd = p - 1;
            if (frame == ReportingVerbs.Frame.HEARER) {
                int hearer = skipHearer(p);
                if (hearer < 0) return null;
                cueEnd = hearer - 1;
                p = hearer;
            }
            p = skipAdverbials(p);
            if (p >= n) return null;
            int object = p; // before a topic noun is passed: "knows nothing about …" is no finding
            p = nestedComplement(p);
            if (frame != ReportingVerbs.Frame.HEARER) p = pastTopicNoun(p);
            // "he said "budget reforms" and …": content may open with quoted words (mixed), read from the first word.
            int lead = p;
            if (words.get(p).quoteMark() && p + 1 < n && words.get(p + 1).word() && closingMarkAfter(words.get(p).end()) >= 0) p++;
            Word first = words.get(p);
            if (!first.word()) return null;
            String f = first.lower();
            boolean afterPreposition = p > j + 1 && (ABOUT.contains(words.get(p - 1).lower()) || partnerBefore(base, p));
            boolean clauseStart = afterPreposition && !NOT_CONTENT_START.contains(f) || CLAUSE_STARTS.contains(f) || SUBJECT_WORDS.contains(f) || first.capitalized()
                    || Character.isDigit(first.text().charAt(0)) || f.equals("to") && (frame != ReportingVerbs.Frame.CLAUSE || !NO_INFINITIVE.contains(base))
                    || !NOT_CONTENT_START.contains(f) && !FINITE.contains(f) && !f.endsWith("ly")
                    && (SAYS.contains(verb.lower()) || frame == ReportingVerbs.Frame.OBJECT || objectOfClauseVerb(base, f)
                    || frame == ReportingVerbs.Frame.INFINITIVE && infinitiveAfterObject(p));
            // "which Ames said were at his side", "what Ames says his plan would do": the relative word is the
            // content's first part and the words after the verb its second.
            int relative = SAYS.contains(verb.lower()) && !participle ? relativeBefore(j) : -1;
            if (relative >= 0 && !NOT_CONTENT_START.contains(f) && !f.endsWith("ly")) clauseStart = true;
            if (!clauseStart) return null;
            if (relativeThat(j, p)) return null;
            if (thingFound(base, object)) return null;
            // "raised questions about …": the verb "question" takes no "about"; before one the word is the noun.
            if (base.equals("question") && j + 1 < n && words.get(j + 1).is("about")) return null;
            // "…, said Ames" is a trailing attribution; after an aside ("Ames, who chairs the panel, blasted Vell") a
            // verb of judging takes the name as its object.
            if (first.capitalized() && !participle && !before.word() && !clauseAfterName(p)
                    && !(frame == ReportingVerbs.Frame.OBJECT && before.is(",") && relativeAsideBefore(j))) return null;
            if (lead == p && p + 1 < n && words.get(p + 1).quoteMark() && words.get(p + 1).start() == first.end()) return null;
            int to = contentEnd(p);
            if (SAYS.contains(verb.lower()) && !participle && finiteIn(p, to)) to = pastSpeakersWhich(to);
            if (SAYS.contains(verb.lower()) && !participle && finiteIn(p, to)) to = pastSpeakersParticiple(to);
            to = beforeCuesNextVerb(j, p, to);
            if (frame == ReportingVerbs.Frame.OBJECT && !CLAUSE_STARTS.contains(f)) to = objectEnd(p, to);
            // "saw the vote as a warning", "views him as a threat": a view held reports with "as"; "saw the film" not.
            if (AS_VIEWS.contains(base) && !asWithin(p, to)) return null;
            // A verb of saying proper may take a bare clause ("said the plan failed"); the others, and a preposition
            // ("spoke about"), take what was said as an object.
            if ((!SAYS.contains(verb.lower()) || afterPreposition) && !CLAUSE_STARTS.contains(f) && !f.equals("to")
                    && (!PERSONAL_PRONOUNS.contains(f) || f.equals("it")) && nounPhraseOpens(p, to))
                to = nounPhraseEnd(p, to);
            to = relativeAsideEnd(j, p, to);
            // "Ames endorsed Vell.": an object verb's object may be one name.
            boolean oneName = to - p == 1 && (frame == ReportingVerbs.Frame.OBJECT || partnerBefore(base, p)) && first.capitalized() && (!headline || sentenceCase());
            if (to - p < 2 && !oneName) return null;
            if (!CLAUSE_STARTS.contains(f) && followsQuote(j)) return null;
            double confidence = CLAUSE_STARTS.contains(f) ? 0.8 : 0.7;
            subjectSeen = false;
            Attribution a = participle ? sentenceSubject(j, verb.text(), confidence)
                    : infinitive ? subjectOfInfinitive(j, verb.text(), confidence) : subject(j, verb.text(), confidence);
            if (a == null)
                a = speakers.subjectOfVerb(cast, text.substring(sentence.start(), verb.end()), verb.start(), SIEVE, confidence);
            if (a == null && !participle && !infinitive) a = relativeAntecedent(j, verb.text(), confidence);
            if (a == null && previous != null && j >= 1 && (before.lower().equals("and") || before.lower().equals("but")))
                a = previous;
            // "The board met on Monday and approved the levy": a verb phrase coordinated with the sentence's first
            // shares its subject.
            if (a == null && !participle && coordinatedWithTheSentence(j))
                a = sentenceSubject(j, verb.text(), confidence - 0.1);
            // Without a speaker, a reporting verb here is more often a noun ("disparaging remarks") or a verb of
            // someone the article does not name; such content is left out.
            // "said that …" reports speech whoever the subject is, even one the rules cannot read.
            if (a == null && !subjectSeen && !(f.equals("that") && lead == p && SAYS.contains(verb.lower()))
                    && !(SAYS.contains(verb.lower()) && !participle && relativeSubject(j)) && !participleAfterClause(j, base)) return null;
            // "… plans to build …", "… is ready to move on": an infinitive with no one to attribute it to is an
            // intention or an ability of a thing, which the annotation rarely reports, unlike a clause.
            if (a == null && f.equals("to")) return null;
            if (a != null) a = withCue(a, text.substring(verb.start(), words.get(cueEnd).end()));
            if (relative >= 0) emitPart(relative, relative + 1, a, out);
            p = lead;
            if (oneName) emitPart(p, to, a, out);
            else if (!emit(p, to, a, out)) return null;
            return new Emitted(a, cueEnd, p, to);
        }

        /**
         * Whether the verb at {@code j} is a participle of saying set off by a comma after a clause ({@code …, saying
         * the plan had failed}, {@code …, citing a threat to safety}): it reports for the clause's subject, whom the
         * rules may not resolve, and news uses the shape for nothing else.
         */
        private boolean participleAfterClause(int j, String base) {
            return j > 3 && words.get(j - 1).is(",") && words.get(j).lower().endsWith("ing") && PARTICIPLES_OF_SAYING.contains(base);
        }

        /**
         * Whether the infinitive at {@code j} reports for the sentence's subject ({@code went on to say …}, {@code took
         * to Twitter to accuse …}, {@code gathered to discuss …}): a verb of saying or judging, whose {@code to} does not
         * follow a verb of wanting or planning (what is wanted is not yet said) nor a noun ({@code the right to ask}).
         */
        private boolean reportingInfinitive(int j, String base) {
            // "continue to ignore the warning": after a verb of going on, any reporting verb goes on reporting.
            boolean goingOn = j >= 3 && CONTINUING.contains(words.get(j - 2).lower());
            if (j < 3 || !INFINITIVE_REPORTS.contains(base) && !goingOn || ReportingVerbs.participle(words.get(j).lower())) return false;
            if (goingOn) return true;
            Word head = words.get(j - 2);
            if (!head.word() || head.capitalized()) return false;
            String h = head.lower();
            return !NOT_SAID_YET.contains(h) && ReportingVerbs.base(h) == null && !DETERMINERS.contains(h)
                    && (h.endsWith("ed") || h.equals("on") || TIME_WORDS.contains(h) || head.lower().endsWith("s") && h.length() > 3);
        }

        /**
         * The subject of the verb that governs the infinitive at {@code j} ({@code Ames went on to say}: Ames), or
         * the sentence's subject when that verb's own cannot be read.
         */
        private @Nullable Attribution subjectOfInfinitive(int j, String cue, double confidence) {
            int m = j - 2;
            while (m > 0 && words.get(m).word() && (words.get(m).lower().equals("on") || TIME_WORDS.contains(words.get(m).lower()))) m--;
            Attribution a = m > 0 ? subject(m, cue, confidence) : null;
            return a != null ? a : sentenceSubject(j, cue, confidence);
        }

        /**
         * Whether the sentence is written in sentence case ({@code Harbour union endorses Marlow}): its verb and
         * common nouns are in lower case, so that a capital starts a name even in a headline.
         */
        private boolean sentenceCase() {
            int lower = 0;
            for (Word w : words) if (w.word() && !w.capitalized() && w.text().length() > 3 && Character.isLetter(w.text().charAt(0))) lower++;
            return lower >= 2;
        }

        /**
         * Whether the verb at {@code j} (after its auxiliaries) opens a verb phrase coordinated with an earlier one of
         * the sentence ({@code … and pledged}, {@code …, and criticized}): an {@code and}, {@code but} or {@code yet}
         * right before it, with no subject of its own between.
         */
        private boolean coordinatedWithTheSentence(int j) {
            int k = j - 1;
            while (k > 0 && words.get(k).word() && BEFORE_VERB.contains(words.get(k).lower())) k--;
            if (k < 3 || !words.get(k).word()) return false;
            String w = words.get(k).lower();
            return w.equals("and") || w.equals("but") || w.equals("yet");
        }

        /**
         * Whether a clause verb that also takes an object ({@code announced the plan}) has its object opening with
         * the word {@code f}: not a hearer pronoun, which opens a second object ({@code denied them permits}).
         */
        private boolean objectOfClauseVerb(String base, String f) {
            return ReportingVerbs.takesObject(base) && !HEARER_PRONOUNS.contains(f);
        }

        /**
         * Whether the word at {@code j}, a bare or -s form after a capitalised word, may be a noun of a name's
         * ({@code the Audit Office report released …}) that only the tagger can tell from a verb: a clause verb that
         * also takes an object, with neither a clause nor an infinitive after it.
         */
        private boolean nounAfterName(int j, String base) {
            return ReportingVerbs.takesObject(base) && !SAYS.contains(words.get(j).lower()) && words.get(j - 1).capitalized();
        }

        /**
         * Where the content opening at {@code p} starts when it is an infinitive of a second verb of saying with a
         * clause of its own ({@code appeared to suggest that …}, {@code wanted to know who …}, {@code refused to pledge
         * to …}): at that clause, the report's innermost complement; the verbs are the cue. Else {@code p}.
         */
        private int nestedComplement(int p) {
            int n = words.size();
            if (p + 3 >= n || !words.get(p).is("to") || !words.get(p + 1).word() || words.get(p + 1).capitalized()) return p;
            if (ReportingVerbs.base(words.get(p + 1).text()) == null || !words.get(p + 2).word()) return p;
            String next = words.get(p + 2).lower();
            boolean clause = CLAUSE_STARTS.contains(next) && !next.equals("that") || next.equals("that") && !relativeThat(p + 1, p + 2)
                    || next.equals("to") && words.get(p + 3).word() && !words.get(p + 3).capitalized() && !DETERMINERS.contains(words.get(p + 3).lower());
            return clause ? p + 2 : p;
        }

        /**
         * Where an object that opens at {@code p} with a short noun of feeling or quantity and {@code about} or
         * {@code over} starts: at what the feeling or the talk is about ({@code expressed deep concern about the
         * policy}, {@code isn't saying much about the plan}, {@code outrage over the test}); else {@code p}. A time
         * after the preposition ({@code plans over the summer}) keeps the object whole.
         */
        private int pastTopicNoun(int p) {
            int n = words.size();
            int k = p;
            while (k < n && k < p + 2 && words.get(k).word() && !words.get(k).capitalized()) {
                String w = words.get(k).lower();
                if (ABOUT.contains(w) || w.equals("on") || DETERMINERS.contains(w) && !w.equals("no") || PERSONAL_PRONOUNS.contains(w)
                        || OBJECT_PRONOUNS.contains(w) || FINITE.contains(w) || CLAUSE_STARTS.contains(w) || NOT_CONTENT_START.contains(w)
                        || w.equals("it")) break;
                k++;
            }
            if (k == p || k + 1 >= n || !words.get(k).word()) return p;
            String prep = words.get(k).lower();
            if (!prep.equals("about") && !prep.equals("over")) return p;
            Word after = words.get(k + 1);
            if (!after.word() && !after.quoteMark() || occasionAfter(k + 1, n)) return p;
            return k + 1;
        }

        /**
         * Whether the {@code that} at {@code p}, where the content of the verb at {@code j} would open, is a relative
         * pronoun rather than a complementizer: a verb follows it right away ({@code attacks that helped …},
         * {@code dresses that showed …}), so its clause describes the noun before it, and a complementizer's clause
         * has a subject first. It is relative when words stand between the verb and it (an object, not a time:
         * {@code said on Friday that} is a complementizer), or when the verb itself is a noun by the tagger.
         */
        private boolean relativeThat(int j, int p) {
            int n = words.size();
            if (!words.get(p).lower().equals("that") || p + 1 >= n || !words.get(p + 1).word()) return false;
            Word next = words.get(p + 1);
            String w = next.lower();
            boolean verbNext = !next.capitalized() && (FINITE.contains(w) && !w.equals("that") && !w.equals("not")
                    || w.endsWith("ed") && w.length() > 3);
            if (!verbNext) return false;
            if (p > j + 2) return !TIME_WORDS.contains(words.get(p - 1).lower()) && !words.get(p - 1).is(",");
            Word before = words.get(j - 1);
            return p == j + 1 && canBeNoun(words.get(j).lower()) && !afterSubject(j)
                    && (before.word() && (NOT_CONTENT_START.contains(before.lower()) || DETERMINERS.contains(before.lower()))
                    || pos.noun(words, j));
        }

        /**
         * Whether the subject of the verb at {@code j} is a relative pronoun ({@code voters who said they …},
         * {@code many of whom say …}): the verb reports for someone named before it, whom the rules need not
         * resolve for the content to be reported speech.
         */
        private boolean relativeSubject(int j) {
            int k = j - 1;
            while (k > 0 && words.get(k).word() && BEFORE_VERB.contains(words.get(k).lower())) k--;
            if (k < 1 || !words.get(k).word()) return false;
            String w = words.get(k).lower();
            return w.equals("who") || w.equals("whom") && words.get(k - 1).lower().equals("of");
        }

        /**
         * The relative pronoun that is the subject of the verb at {@code j} ({@code the port authority, which reported
         * …}, {@code towns that support …}, {@code a senator who argued …}), auxiliaries and adverbs between; or -1.
         * A {@code that} is relative only after a noun: after a verb ({@code said that}) or a preposition it opens a
         * clause whose subject comes first.
         */
        private int relativePronounBefore(int j) {
            int k = j - 1;
            while (k > 0 && words.get(k).word() && (BEFORE_VERB.contains(words.get(k).lower())
                    || !words.get(k).capitalized() && words.get(k).lower().endsWith("ly") && words.get(k).text().length() > 4)) k--;
            if (k < 1 || !words.get(k).word() || words.get(k).capitalized()) return -1;
            String w = words.get(k).lower();
            if (w.equals("who") || w.equals("which")) return k;
            if (!w.equals("that")) return -1;
            Word noun = words.get(k - 1);
            String b = noun.lower();
            if (!noun.word() || FINITE.contains(b) || SUBJECT_WORDS.contains(b) || NOT_CONTENT_START.contains(b)
                    || CLAUSE_STARTS.contains(b) || BEFORE_VERB.contains(b) || b.endsWith("ly")
                    || ReportingVerbs.base(noun.text()) != null && !noun.capitalized()) return -1;
            return k;
        }

        /**
         * The antecedent of a relative pronoun that is the subject of the verb at {@code j}, the one whose report the
         * relative clause gives ({@code the port authority, which reported …}): the noun phrase right before the
         * pronoun (its comma passed), resolved as a name or kept as the article describes it; null when there is no
         * relative subject or the noun phrase names no one.
         */
        private @Nullable Attribution relativeAntecedent(int j, String cue, double confidence) {
            int k = relativePronounBefore(j);
            if (k < 0) return null;
            int e = words.get(k - 1).is(",") ? k - 1 : k;
            int s = e;
            while (s > 0 && e - s < 8) {
                Word t = words.get(s - 1);
                String w = t.lower();
                if (!t.word() || !t.capitalized() && (FINITE.contains(w) || SUBJECT_OPENERS.contains(w) || CLAUSE_STARTS.contains(w)
                        || NOT_CONTENT_START.contains(w) && !w.equals("of") || ReportingVerbs.base(t.text()) != null
                        || w.endsWith("ed") && w.length() > 4)) break;
                s--;
                // "hired a senator who …": the noun phrase opens at its determiner, unless an "of" chains it on.
                if (DETERMINERS.contains(w) && !(s > 0 && words.get(s - 1).is("of"))) break;
            }
            while (s < e && words.get(s).is("of")) s++;
            if (s >= e) return null;
            // "Several pilots who opposed the plan joined the march": a restrictive clause in the sentence's subject
            // ends at the main verb, which its object gives no sign of; no row rather than one that runs into it.
            boolean opensSentence = true;
            for (int i = 0; i < s; i++) if (words.get(i).word()) { opensSentence = false; break; }
            if (opensSentence && e == k) return null;
            // "a jury that agreed Lund won": after a relative "that" a bare clause is as likely the noun's complement.
            Word next = j + 1 < words.size() ? words.get(j + 1) : null;
            if (words.get(k).is("that") && next != null && (next.capitalized() || PERSONAL_PRONOUNS.contains(next.lower()))) return null;
            String np = PARENTHESES.matcher(text.substring(words.get(s).start(), words.get(e - 1).end())).replaceAll(" ").strip();
            if (np.isEmpty()) return null;
            Attribution a = speakers.speakerNamed(cast, np, cue, words.get(s).start(), SIEVE, confidence);
            return a != null ? a : described(s, e, cue);
        }

        /**
         * Where the content of the verb at {@code j} ends when the verb is in a relative clause set off by commas
         * after the sentence's subject ({@code Ames, who argued that the vote would fail, told his aides …}): at the
         * comma before the main clause's verb, which the subject's report does not reach. Else {@code to}.
         */
        private int relativeAsideEnd(int j, int p, int to) {
            int k = relativePronounBefore(j);
            if (k < 1) return to;
            to = relativeVerbEnd(p, to);
            if (k < 2 || !words.get(k - 1).is(",")) return to;
            // The antecedent is the sentence's subject: no verb before the relative pronoun.
            for (int i = 0; i < k - 1; i++) {
                Word t = words.get(i);
                if (t.word() && !t.capitalized() && (FINITE.contains(t.lower()) || ReportingVerbs.base(t.text()) != null)) return to;
            }
            for (int c = p + 1; c + 1 < to; c++) {
                if (!words.get(c).is(",")) continue;
                Word next = words.get(c + 1);
                String w = next.lower();
                if (!next.word() || next.capitalized() || w.equals("that") || w.equals("not")) continue;
                if (FINITE.contains(w) && !w.equals("be") && !w.equals("been")
                        || ReportingVerbs.base(next.text()) != null && !w.endsWith("ing") && (w.endsWith("ed") || w.endsWith("s") || IRREGULAR_PAST.contains(w)))
                    return c;
            }
            return to;
        }

        /**
         * Where a relative clause's content {@code words[p, to)} ends at a second verb of the relative pronoun
         * ({@code rules that promise to transform the economy but are likely to …}, {@code a book which explored the
         * changes and discussed …}): {@code and} or {@code but} right before a verb with no subject of its own opens
         * what the antecedent does next, not more of what it reports. Else {@code to}.
         */
        private int relativeVerbEnd(int p, int to) {
            for (int c = p + 1; c + 1 < to; c++) {
                Word t = words.get(c);
                if (!t.word() || !CLAUSE_BREAKS.contains(t.lower())) continue;
                Word next = words.get(c + 1);
                String w = next.lower();
                if (!next.word() || next.capitalized() || w.equals("that") || w.equals("not")) continue;
                if (FINITE.contains(w) && !w.equals("be") && !w.equals("been")
                        || w.endsWith("ed") && w.length() > 4 && ReportingVerbs.base(next.text()) != null)
                    return words.get(c - 1).is(",") ? c - 1 : c;
            }
            return to;
        }

        /** Whether an {@code as} comes among the first words of {@code words[p, to)}, after the object. */
        private boolean asWithin(int p, int to) {
            for (int k = p + 1; k < to && k <= p + 10; k++) if (words.get(k).word() && words.get(k).lower().equals("as")) return true;
            return false;
        }

        /**
         * Where the object that opens at {@code p} ends, at most at {@code to}: what was criticised or described is
         * the noun phrase (with its {@code as …} complement), not the time, occasion or reason the reporter adds
         * after it ({@code described the plan as reckless after the vote}, {@code called the hearing because …}).
         */
        private int objectEnd(int p, int to) {
            for (int k = p + 1; k < to; k++) {
                Word t = words.get(k);
                if (t.quoteMark()) { // quoted words run to their own end; the reporter's words may go on after them
                    int close = closingMarkAfter(t.end());
                    if (close >= 0) {
                        while (k + 1 < to && words.get(k + 1).start() < close) k++;
                        continue;
                    }
                    // Scare quotes the quote stage left alone ("a “crazy system”"): the next mark closes them.
                    int m = k + 1;
                    while (m < to && m < k + 8 && !words.get(m).quoteMark()) m++;
                    if (m >= to || m >= k + 8) return to;
                    k = m;
                    continue;
                }
                if (t.word() && OBJECT_TAIL.contains(t.lower())) return k;
            }
            return to;
        }

        /**
         * Whether the content {@code words[p, to)} is a noun phrase, what was cited, mentioned or criticised, rather
         * than a clause ({@code said the plan failed}): no finite verb in its first words.
         */
        private boolean nounPhraseOpens(int p, int to) {
            for (int k = p + 1; k < to && k < p + 8; k++) {
                Word t = words.get(k);
                if (t.quoteMark() || t.is(",") || t.is(";")) break;
                if (!t.word() || t.capitalized()) continue;
                String w = t.lower();
                if (w.equals("and") || w.equals("but") || w.equals("or")) break;
                if (FINITE.contains(w) || SAYS.contains(w) || w.endsWith("ed") && w.length() > 4) return false;
            }
            return true;
        }

        /**
         * Where a noun-phrase content that opens at {@code p} ends, at most at {@code to}: before what the reporter
         * adds after the object, which the annotation leaves out: the occasion or time ({@code in a statement},
         * {@code at the rally}, {@code on Thursday}, {@code during …}, {@code since …}), an aside after a comma
         * ({@code , even suggesting …}, {@code , who …}) and the subject's next verb ({@code and has since left}).
         */
        private int nounPhraseEnd(int p, int to) {
            for (int k = p + 1; k < to; k++) {
                Word t = words.get(k);
                if (t.quoteMark()) { // quoted words run to their own end
                    int close = closingMarkAfter(t.end());
                    while (close >= 0 && k + 1 < to && words.get(k + 1).start() < close) k++;
                    if (close < 0) return to;
                    continue;
                }
                if (!t.word()) {
                    if (t.is(",") && k + 1 < to && words.get(k + 1).word() && !words.get(k + 1).capitalized()
                            && asideAfterObject(words.get(k + 1).lower())) return k;
                    continue;
                }
                String w = t.lower();
                if (OBJECT_TAIL.contains(w) && !w.equals("when") || w.equals("so")) return k;
                if ((w.equals("and") || w.equals("but")) && k + 1 < to && words.get(k + 1).word() && !words.get(k + 1).capitalized()) {
                    String v = words.get(k + 1).lower();
                    if (BEFORE_VERB.contains(v) && !v.equals("all") && !v.equals("both") && !v.equals("each") || FINITE.contains(v) && !v.equals("that")
                            || SAYS.contains(v) || v.endsWith("ed") && v.length() > 4) return k;
                }
                if (w.equals("as") && !headline && k + 1 < to && words.get(k + 1).word()
                        && (words.get(k + 1).capitalized() && !ARTICLES.contains(words.get(k + 1).lower()) || PERSONAL_PRONOUNS.contains(words.get(k + 1).lower()))) return k;
                if (OCCASION_PREPOSITIONS.contains(w) && occasionAfter(k + 1, to)) return k;
                // "blasted Vell as a "menace" Wednesday on the show": a bare weekday opens the reporter's time.
                // Not a day inside the object ("the moderator of Monday night's debate", "the Tuesday vote").
                if (WEEKDAYS.contains(w) && t.capitalized() && (words.get(k - 1).quoteMark() || words.get(k - 1).word()
                        && !NOT_CONTENT_START.contains(words.get(k - 1).lower()) && !DETERMINERS.contains(words.get(k - 1).lower()))
                        && !(k + 1 < to && POSSESSIVE_S.matcher(words.get(k + 1).lower()).find())) return k;
            }
            return to;
        }

        /** Whether the word after a comma opens an aside of the reporter's ({@code , even suggesting}, {@code , who}), not more of an object. */
        private boolean asideAfterObject(String w) {
            return ASIDE_OPENERS.contains(w) || OBJECT_ASIDES.contains(w) || w.endsWith("ly") && w.length() > 4
                    || w.endsWith("ing") && w.length() > 5 && !w.equals("including");
        }

        /** Whether a time or an occasion opens at {@code k}: {@code Thursday}, {@code a televised interview}, {@code last week's forum}. */
        private boolean occasionAfter(int k, int to) {
            for (int m = k; m < to && m < k + 4; m++) {
                Word t = words.get(m);
                if (!t.word()) return false;
                String w = POSSESSIVE_S.matcher(t.lower()).replaceAll("");
                if (OCCASIONS.contains(w) || TIME_WORDS.contains(w) && !w.equals("this") && !w.equals("then") && !w.equals("once")) return true;
                if (m > k && !(w.endsWith("ed") || w.endsWith("ly") || w.contains("-") || t.capitalized())) return false;
                if (m == k && !DETERMINERS.contains(w) && !w.equals("last") && !t.capitalized() && !w.contains("-") && !w.endsWith("ed")) return false;
            }
            return false;
        }

        /**
         * Whether {@code find}, {@code know} or {@code learn} takes a thing as its object at {@code p} ({@code found
         * ways to cut costs}, {@code found an ally}, {@code knows nothing}, {@code find it hard to …}): a discovery or
         * a skill, not a finding reported. A clause ({@code found that …}, {@code found the plan had failed}) or a
         * count ({@code found 31 cases}) still reports one.
         */
        private boolean thingFound(String base, int p) {
            if (!base.equals("find") && !base.equals("know") && !base.equals("learn") || p >= words.size()) return false;
            Word first = words.get(p);
            if (!first.word() || first.capitalized()) return false;
            String f = first.lower();
            if (f.equals("a") || f.equals("an") || THINGS_FOUND.contains(f)) return true;
            // "find it difficult to …": "it" and an adjective, not "found it was …".
            return f.equals("it") && p + 1 < words.size() && words.get(p + 1).word() && !FINITE.contains(words.get(p + 1).lower())
                    && !words.get(p + 1).capitalized();
        }

        /**
         * Whether a short object and an infinitive open at {@code p}: {@code urged farmers to sell}, {@code expects
         * the board to act}; what was urged or expected is the object with its infinitive.
         */
        private boolean infinitiveAfterObject(int p) {
            for (int k = p + 1; k < words.size() && k <= p + 4; k++) {
                Word t = words.get(k);
                if (!t.word()) return false;
                if (t.is("to")) return true;
                if (ReportingVerbs.base(t.text()) != null || FINITE.contains(t.lower())) return false;
            }
            return false;
        }

        /**
         * The relative word that opens the clause of the verb at {@code j} ({@code which he said}, {@code what the
         * panel says}, {@code the plan that Ames said}), with a short subject between; or -1.
         */
        private int relativeBefore(int j) {
            int k = j - 1;
            while (k > 0 && words.get(k).word() && BEFORE_VERB.contains(words.get(k).lower())) k--;
            int subjectWords = 0;
            while (k > 0 && words.get(k).word() && !RELATIVES.contains(words.get(k).lower()) && subjectWords < 4) {
                if (ReportingVerbs.base(words.get(k).text()) != null && !words.get(k).capitalized()) return -1;
                subjectWords++;
                k--;
            }
            if (subjectWords == 0 || k < 0 || !words.get(k).word() || !RELATIVES.contains(words.get(k).lower())) return -1;
            if (words.get(k).lower().equals("that")) {
                // "the plan that Ames said …" is relative; "said that Ames said …" is a complementizer.
                if (k == 0 || !words.get(k - 1).word() || words.get(k - 1).capitalized() || ReportingVerbs.base(words.get(k - 1).text()) != null
                        || SUBJECT_WORDS.contains(words.get(k - 1).lower()) || NOT_CONTENT_START.contains(words.get(k - 1).lower())) return -1;
            }
            return k;
        }

        /**
         * The subject of the verb at {@code j}, resolved: the noun phrase before it (auxiliaries and adverbs skipped),
         * back to the clause's start; the name before an appositive ({@code Ames, a senator, said}) or before a
         * relative pronoun ({@code Ames, who chairs the panel, said}) first.
         */
        private @Nullable Attribution subject(int j, String cue, double confidence) {
            int e = j;
            while (e > 0 && words.get(e - 1).word() && (BEFORE_VERB.contains(words.get(e - 1).lower())
                    || !words.get(e - 1).capitalized() && words.get(e - 1).lower().endsWith("ly") && words.get(e - 1).text().length() > 4)) e--;
            // Appositive chains, coordinations and described sources opening the sentence: the speaker stage's reading.
            Attribution whole = e == 0 ? null : speakers.speakerOfSubject(cast,
                    text.substring(sentence.start(), words.get(e - 1).end()), sentence.start(), cue, SIEVE, confidence);
            if (whole != null) return whole;
            Attribution beforeAside = beforeAside(e, cue, confidence);
            if (beforeAside != null) return beforeAside;
            int s = e;
            while (s > 0) {
                Word t = words.get(s - 1);
                if (!t.word() && !t.is(",") && !t.is("(") && !t.is(")") && !t.is("-")) break;
                if (t.word() && !t.capitalized() && (SUBJECT_OPENERS.contains(t.lower()) || ReportingVerbs.base(t.text()) != null)) break;
                s--;
            }
            // "In an interview on Monday he blasted …": a personal pronoun right before the verb is the whole
            // subject; the words before it are a fronted phrase without its comma.
            if (e - s > 1 && words.get(e - 1).word() && PERSONAL_PRONOUNS.contains(words.get(e - 1).lower())
                    && !words.get(e - 1).is("it") && !words.get(e - 1).is("you") && words.get(e - 2).word()) s = e - 1;
            if (s > 1 && words.get(s - 1).lower().equals("who") && words.get(s - 2).is(",")) {
                // "Ames, who chairs the panel, said": the walk stopped at a relative pronoun; the name is before it.
                e = s - 2;
                s = e;
                while (s > 0 && (words.get(s - 1).word() && (words.get(s - 1).capitalized() || NAME_FILLER.matcher(words.get(s - 1).lower()).matches()))) s--;
            }
            var segments = new ArrayList<int[]>();
            int segStart = s, depth = 0;
            for (int k = s; k <= e; k++) {
                boolean cut = k == e || depth == 0 && (words.get(k).is(",") || words.get(k).is("-"));
                if (k < e && words.get(k).is("(")) depth++;
                if (k < e && words.get(k).is(")")) depth = Math.max(0, depth - 1);
                if (cut) {
                    if (k > segStart) segments.add(new int[] {segStart, k});
                    segStart = k + 1;
                }
            }
            if (segments.isEmpty()) return null;
            int[] head = segments.get(segments.size() - 1);
            subjectSeen = head[1] - head[0] <= 10;
            var order = new ArrayList<int[]>();
            int[] last = segments.get(segments.size() - 1);
            boolean appositive = segments.size() >= 2 && !words.get(last[0]).capitalized();
            if (appositive) order.add(segments.get(segments.size() - 2));
            order.add(last);
            for (int[] seg : order) {
                int from = seg[0], to = seg[1];
                if (to - from > 14) from = to - 14;
                String np = text.substring(words.get(from).start(), words.get(to - 1).end()); // parenthesised party and state ("(D-Ohio)") dropped below
                np = PARENTHESES.matcher(np).replaceAll(" ").strip();
                if (np.isEmpty()) continue;
                Attribution a = speakers.speakerNamed(cast, np, cue, words.get(from).start(), SIEVE, confidence);
                if (a != null) return a;
            }
            return described(last[0], last[1], cue);
        }

        /**
         * A source that the article only describes ({@code A university poll}, {@code Several former aides},
         * {@code Twelve percent}), as written, when the noun phrase {@code words[from, to)} is one: it opens with a
         * capital, a determiner or a number, holds no verb or clause, and names no one the cast knows.
         */
        private @Nullable Attribution described(int from, int to, String cue) {
            if (to - from < 2 || to - from > 8) return null;
            Word first = words.get(from);
            String f = first.lower();
            if (!first.word() || NOT_DESCRIPTION.contains(f) || !first.capitalized() && !DETERMINERS.contains(f)) return null;
            for (int k = from; k < to; k++) {
                Word t = words.get(k);
                if (!t.word() && !t.is("-") && !t.is("'") && !t.is("’")) return null;
                String w = t.lower();
                if (k > from && (FINITE.contains(w) || SUBJECT_OPENERS.contains(w) || CLAUSE_STARTS.contains(w))) return null;
            }
            Word head = words.get(to - 1);
            if (head.capitalized() || OBJECT_PRONOUNS.contains(head.lower())) return null; // a name is the resolver's to find
            String np = text.substring(first.start(), head.end());
            SpeakerType type = BODIES.contains(head.lower()) ? SpeakerType.ORGANIZATION : SpeakerType.PERSON;
            return new Attribution(np, np, type, cue, SIEVE + "-described", 0.45);
        }

        /**
         * The name before an aside that ends right before the verb at {@code e}: {@code Ames, who served as envoy to
         * Peru until May, said …}, {@code Ames -- author of a book on trade -- said …}; or null.
         */
        private @Nullable Attribution beforeAside(int e, String cue, double confidence) {
            if (e < 3) return null;
            Word close = words.get(e - 1);
            boolean dash = close.is("--") || close.is("—") || close.is("–");
            if (!dash && !close.is(",")) return null;
            int k = e - 2;
            while (k > 0 && e - k < 40 && !(dash ? words.get(k).text().equals(close.text()) : words.get(k).is(",")) && !isEnd(k)) k--;
            if (k <= 0 || isEnd(k) || k + 1 >= e - 1) return null;
            Word opener = words.get(k + 1);
            // The aside describes: a relative pronoun, an article or a common noun ("co-author of …"), not a name.
            if (!opener.word() || opener.capitalized() && !ARTICLES.contains(opener.lower())) return null;
            int to = k, from = k;
            while (from > 0 && words.get(from - 1).word() && (words.get(from - 1).capitalized()
                    || NAME_PARTICLES.contains(words.get(from - 1).lower()) && from - 2 >= 0 && words.get(from - 2).capitalized())) from--;
            if (from == to) return null;
            String np = text.substring(words.get(from).start(), words.get(to - 1).end());
            return speakers.speakerNamed(cast, np, cue, words.get(from).start(), SIEVE, confidence);
        }

        /**
         * The subject of a participle's sentence ({@code At the rally, Ames attacked the plan, saying …}): the first
         * comma-separated part before the participle that opens with a subject, read up to its verb
         * ({@code Westland's deputy mayor Ann Vell attacked …}, {@code Several harbour pilots, …}). Parts inside a
         * quotation and fronted phrases ({@code At the rally}, {@code Stung by the vote}, {@code Heading into May})
         * are passed over.
         */
        private @Nullable Attribution sentenceSubject(int j, String cue, double confidence) {
            // A coordinated or described subject opening the sentence: the speaker stage's reading.
            Attribution whole = j == 0 ? null : speakers.speakerOfLeadingSubject(cast,
                    text.substring(sentence.start(), words.get(j - 1).end()), sentence.start(), cue, SIEVE, confidence);
            if (whole != null) return whole;
            int k = 0;
            while (k < j) {
                int from = k;
                while (k < j && !words.get(k).is(",")) k++;
                // "“…,” she said in May, adding …": the part after a quotation's closing mark opens with it.
                while (from < k && words.get(from).quoteMark()) from++;
                if (from < k && opensSubject(from)) {
                    int to = from + 1;
                    while (to < k && words.get(to).word() && !endsNounPhrase(to)) to++;
                    String np = text.substring(words.get(from).start(), words.get(to - 1).end());
                    if (to == from + 1 && opensSubject(from) && POSSESSIVE_S.matcher(np).find())
                        np = np.substring(0, np.length() - 2); // "she's" is "she"
                    Attribution a = speakers.speakerNamed(cast, np, cue, words.get(from).start(), SIEVE, confidence);
                    if (a == null) a = described(from, to, cue);
                    if (a != null) return a;
                }
                k++;
            }
            return null;
        }

        /** Whether the word at {@code k} can open a sentence's subject: a name, a he or she, a described source. */
        private boolean opensSubject(int k) {
            Word w = words.get(k);
            if (!w.word() || insideQuote(w.start())) return false;
            String lower = w.lower();
            if (lower.equals("he") || lower.equals("she")) return true;
            // "she's claiming": a contracted "is" or "has" after the pronoun.
            if ((lower.endsWith("'s") || lower.endsWith("’s")) && CONTRACTED_SUBJECTS.contains(lower.substring(0, lower.length() - 2))
                    && !lower.startsWith("who")) return true;
            if (!w.capitalized() || NOT_CONTENT_START.contains(lower) || SUBJECT_OPENERS.contains(lower) || FRONTED.contains(lower)) return false;
            // "Stung by the vote", "Heading into May": a fronted participle, not a name.
            String next = k + 1 < words.size() ? words.get(k + 1).lower() : "";
            boolean participle = (lower.endsWith("ed") || lower.endsWith("ing")) && lower.length() > 4;
            return !(participle && NOT_CONTENT_START.contains(next) || next.equals("by"));
        }

        /** Whether the word at {@code k} ends the noun phrase before it: a verb, a relative word or a preposition. */
        private boolean endsNounPhrase(int k) {
            Word w = words.get(k);
            if (w.capitalized()) return false;
            String lower = w.lower();
            if (FINITE.contains(lower) || BEFORE_VERB.contains(lower) || SUBJECT_OPENERS.contains(lower)
                    || CLAUSE_STARTS.contains(lower) || NOT_CONTENT_START.contains(lower)) return true;
            if (ReportingVerbs.base(w.text()) != null || lower.endsWith("ed")) return true;
            // "Vell attacks the plan": a verb's -s right after a name.
            return lower.endsWith("s") && !lower.endsWith("ss") && words.get(k - 1).capitalized();
        }

        /**
         * Whether {@code called} at {@code j} calls something something ({@code X called the plan a gift}), not a
         * name given ({@code a group called Harbour First}, {@code …, called …}) or a summons ({@code called to}).
         */
        private boolean namesSomething(int j) {
            int n = words.size();
            String form = words.get(j).lower();
            // "is calling the plan a gift": the progressive calls something something too.
            boolean progressive = form.equals("calling") && j > 1 && BE.contains(words.get(j - 1).lower());
            if (!form.equals("called") && !form.equals("calls") && !progressive && !participleAfterComma(j)) return false;
            Word before = words.get(j - 1);
            if (before.word() && DETERMINERS.contains(before.lower())) return false;
            if (j + 2 >= n || !words.get(j + 1).word()) return false;
            String next = words.get(j + 1).lower();
            if (NOT_CONTENT_START.contains(next)) return false;
            if (words.get(j + 1).capitalized()) {
                // "called Lund a quack": a name, then what it was called; "a group called Harbour First" names.
                // "called Lund's plan "a gift"": a possessive name opens the object, read on as below.
                int k = j + 1;
                while (k < n && (words.get(k).capitalized() || words.get(k).is(".") && k + 1 < n && words.get(k + 1).capitalized())) k++;
                if (k < n && ARTICLES.contains(words.get(k).lower()) || k < n && words.get(k).quoteMark()) return true;
                String last = words.get(k - 1).lower();
                if (!(last.endsWith("'s") || last.endsWith("’s"))) return false;
            }
            // Two noun phrases follow: an object, then what it was called; "called the meeting" has one. The second
            // may be quoted words ("called the vote "a farce"").
            for (int k = j + 2; k < n && k < j + 12; k++) {
                Word t = words.get(k);
                if (t.quoteMark()) return true;
                if (!t.word()) return false;
                if (k > j + 1 && (DETERMINERS.contains(t.lower()) && !t.lower().equals("his") && !t.lower().equals("her") || t.quoteMark())) return true;
            }
            return false;
        }

        /**
         * Whether {@code calling} at {@code j} is a participle set off by a comma after a clause, with at most an
         * adverb between ({@code …, even calling it a model}): it calls something something for the clause's subject.
         */
        private boolean participleAfterComma(int j) {
            if (!words.get(j).lower().equals("calling") || j < 4) return false;
            int k = j - 1;
            if (words.get(k).word() && words.get(k).lower().endsWith("ly") || words.get(k).is("even") || words.get(k).is("also")) k--;
            return words.get(k).is(",");
        }

        /**
         * Whether the capitalised words at {@code p} are the subject of a clause ({@code …, said Vell reached out}),
         * not the speaker of an inverted attribution ({@code …, said Vell, a senator}): a finite verb follows them.
         */
        private boolean clauseAfterName(int p) {
            int n = words.size();
            int k = p;
            while (k < n && words.get(k).word() && words.get(k).capitalized()) k++;
            String last = words.get(k - 1).lower();
            if (k > p && (last.endsWith("'s") || last.endsWith("’s"))) return true; // "said Vell's plan was …"
            if (k >= n || !words.get(k).word()) return false;
            String next = words.get(k).lower();
            if (NOT_CONTENT_START.contains(next) || TIME_WORDS.contains(next) || ReportingVerbs.base(next) != null) return false;
            return FINITE.contains(next) && !next.equals("that") || next.endsWith("ed") || next.endsWith("s") && !next.endsWith("ss");
        }

        /** Whether the clause of the verb at {@code j} opens right after a closing quotation mark ({@code "…," Ames said}). */
        private boolean followsQuote(int j) {
            int k = j - 1;
            while (k >= 0 && k > j - 8 && words.get(k).word()) k--;
            if (k >= 0 && words.get(k).is(",")) k--;
            return k >= 0 && words.get(k).quoteMark() && insideQuoteEnding(words.get(k).end());
        }

        private boolean insideQuoteEnding(int index) {
            for (Span q : quotes) if (q.end() == index) return true;
            return false;
        }

        private Attribution withCue(Attribution a, String cue) {
            return new Attribution(a.speaker(), a.mention(), a.speakerType(), cue, a.sieve(), a.confidence());
        }

        /** The first word after the hearer of {@code told}, {@code reminded}: {@code told reporters (that) …}; or -1. */
        private int skipHearer(int p) {
            int n = words.size();
            for (int k = p; k < n && k < p + 7; k++) {
                Word t = words.get(k);
                if (!t.word()) break;
                if (t.lower().equals("that") && k > p) return k;
            }
            if (p >= n || !words.get(p).word()) return -1;
            Word h = words.get(p);
            // "warned that …", "warned it would …": no hearer.
            if (CLAUSE_STARTS.contains(h.lower()) || Set.of("he", "she", "they", "we", "i", "there", "to").contains(h.lower())) return p;
            if (OBJECT_PRONOUNS.contains(h.lower())) return p + 1;
            int k = p;
            if (DETERMINERS.contains(h.lower())) k++;
            while (k < n && k < p + 6 && words.get(k).word() && (words.get(k).capitalized() || k > p && words.get(k).lower().equals("of")))
                k++;
            // "told the paper's weekly podcast it …": a possessive goes on to its noun.
            if (k > p && (words.get(k - 1).lower().endsWith("'s") || words.get(k - 1).lower().endsWith("’s"))) {
                int limit = k + 5;
                while (k < n && k < limit && words.get(k).word() && !words.get(k).capitalized()
                        && !SUBJECT_WORDS.contains(words.get(k).lower()) && !CLAUSE_STARTS.contains(words.get(k).lower())) k++;
            }
            if (k > p && (k > p + 1 || !DETERMINERS.contains(h.lower()))) return k;
            // "told reporters he …", "told the audience it …"
            k = p + (DETERMINERS.contains(h.lower()) ? 1 : 0);
            if (k < n && words.get(k).word() && !SUBJECT_WORDS.contains(words.get(k).lower())) return k + 1;
            return -1;
        }

        /** Past the times, places and asides between a verb and its clause: {@code said on Tuesday that}. */
        private int skipAdverbials(int p) {
            int n = words.size();
            // A "that" soon after, with only words and commas before it; an aside set off by commas may be longer
            // ("insists, most recently in an interview with a radio station, that …").
            int reach = p < n && words.get(p).is(",") ? 16 : 10;
            for (int k = p; k < n && k < p + reach; k++) {
                Word t = words.get(k);
                if (!t.word() && !t.is(",")) break;
                // "urged farmers to sell and warned that …": a "that" after another verb is that verb's.
                if (k > p && ReportingVerbs.base(t.text()) != null && !t.capitalized()) break;
                if (t.lower().equals("that") && k > p) {
                    // Past the usual reach, only a "that" right after the aside's closing comma is the verb's.
                    if (k >= p + 10 && !words.get(k - 1).is(",")) break;
                    Word first = words.get(p);
                    // "says he's satisfied that …": a subject with its verb contracted opens the clause.
                    String opener = POSSESSIVE_S.matcher(first.lower()).replaceAll("");
                    if (first.is(",") || !SUBJECT_WORDS.contains(opener) || TIME_WORDS.contains(first.lower())
                            || Set.of("in", "on", "at", "during", "after", "before", "over", "last", "this", "to").contains(first.lower()))
                        return k;
                    break;
                }
            }
            int k = p;
            while (k < n && words.get(k).word() && (TIME_WORDS.contains(words.get(k).lower())
                    || words.get(k).lower().endsWith("ly") && !words.get(k).lower().equals("only") && words.get(k).lower().length() > 4
                    && Character.isLowerCase(words.get(k).text().charAt(0)))) k++;
            return k;
        }

        /** The index just past the content that opens at word {@code from}. */
        private int contentEnd(int from) {
            int n = words.size();
            boolean quoted = false;
            boolean detail = false; // inside a dash that spells out part of the content
            for (int k = from + 1; k < n; k++) {
                Word t = words.get(k);
                if (t.is(";")) return k;
                // Most reported content is one clause: a comma, a dash or a parenthesis opens an aside, a relative
                // clause, a participle or a second clause that the reporter adds ("…, which …", "…, and he …").
                // A comma before a name, a number or "and" more often joins a list, and one inside quoted words is
                // the speaker's.
                if (t.quoteMark() && !pluralPossessive(k)) quoted = !quoted;
                if (quoted) continue;
                // "… -- ''the president but also …''": a dash before quoted words elaborates the content.
                if ((t.is("--") || t.is("—") || t.is("―")) && !(k + 1 < n && words.get(k + 1).quoteMark())) {
                    // A detail between dashes (or after one to the end) is read whole: its commas separate a list.
                    if (detail) { detail = false; continue; }
                    if (!dashElaborates(from, k)) return k;
                    detail = true;
                    continue;
                }
                if (detail) continue;
                if (t.is("(")) {
                    // "Rep. Ann Vell (D-Ohio)": a party and state after a name belong to the name, not an aside.
                    int close = nameLabelEnd(k);
                    if (close < 0) return k;
                    // "… Ann Vell (D-Ohio), a former mayor": the appositive after the label is the reporter's.
                    if (close + 1 < n && words.get(close + 1).is(",")) return close + 1;
                    k = close;
                    continue;
                }
                if (t.is(",") && k > from + 1 && k + 1 < n) {
                    Word next = words.get(k + 1);
                    String w = next.lower();
                    // ", and Ames is promising …", ", but that was not the case": a second clause of the reporter's.
                    // "that A, and that B": a second complement of the same verb, part of the content.
                    boolean secondComplement = w.equals("and") && k + 2 < n && words.get(k + 2).lower().equals("that")
                            && words.get(from).lower().equals("that");
                    // ", and the answers were …", ", and it will …" after a clause: the annotation keeps a second
                    // clause joined by a comma and "and" in the content; a name opening it is the reporter's new
                    // subject, and no clause goes on an infinitive ("to cut fares, and the board …").
                    boolean secondClause = !secondComplement && w.equals("but") && !butWithTheContentsSubject(from, k) || !secondComplement && w.equals("and") && k + 2 < n && (words.get(k + 2).capitalized()
                            || words.get(from).lower().equals("to") && Set.of("he", "she", "they", "it", "we", "i", "that", "this", "there", "the", "his", "her", "their")
                            .contains(words.get(k + 2).lower()));
                    boolean aside = ASIDE_OPENERS.contains(w) || w.endsWith("ing") && next.word() && !next.capitalized()
                            && !w.equals("including") && !w.equals("according") && w.length() > 5 || secondClause
                            || w.equals("and") && k + 3 < n && SUBJECT_WORDS.contains(words.get(k + 2).lower())
                            && coordinatedVerb(k + 3) || endsInAttribution(k);
                    if (aside && ASIDE_OPENERS.contains(w)) {
                        int resumed = pastAsideBeforeVerb(from, k);
                        if (resumed > k) { k = resumed - 1; continue; }
                    }
                    if (aside || w.equals("according") || !frontedInside(from) && clauseAfterComma(k + 1)) return k;
                    if (reportersTail(k)) return k;
                }
                if (t.word() && (t.lower().equals("and") || t.lower().equals("but")) && coordinatedReportingVerb(k + 1)) return k;
                // "… and followed the same script", "… and says he will …": the subject's next verb phrase.
                // "… the inquiry and Democrats accused …": a new subject with its own past-tense verb.
                if (t.word() && t.lower().equals("and") && k + 2 < n && words.get(k + 1).capitalized()
                        && words.get(k + 2).word() && !words.get(k + 2).capitalized() && words.get(k + 2).lower().endsWith("ed")) return k;
                if (t.word() && t.lower().equals("and") && k + 1 < n && words.get(k + 1).word() && !words.get(k + 1).capitalized()
                        && SAYS.contains(words.get(k + 1).lower())) return k;
                if (t.word() && t.lower().equals("and") && secondVerbPhrase(from, k + 1)) return k;
            }
            int end = n;
            while (end > from + 1 && !words.get(end - 1).word() && !words.get(end - 1).quoteMark() && !words.get(end - 1).is(")")) end--;
            return end;
        }

        /**
         * Whether the {@code , but} at {@code k} opens a second verb phrase of the clause that opens at {@code from}: an
         * auxiliary or a modal with no subject before it ({@code said the levy would cut fares at first, but would
         * cost more later}), after a content with a finite verb of its own. Its subject is the content's, so the
         * speaker said both. A past verb ({@code …, but pledged to stay}) goes with the reporter's verb, and a verb of
         * saying ({@code …, but has said}) is a report of its own.
         */
        private boolean butWithTheContentsSubject(int from, int k) {
            int n = words.size();
            if (k + 3 >= n || !words.get(k + 1).lower().equals("but")) return false;
            Word next = words.get(k + 2);
            String w = next.lower();
            if (!next.word() || next.capitalized() || !MODALS.contains(w) || coordinatedReportingVerb(k + 2)) return false;
            return finiteIn(from, k);
        }

        /**
         * Whether the comma at {@code k} opens what the reporter adds at the end of the sentence after the content: a
         * short adverbial ({@code …, too}, {@code …, in part}, {@code …, as well}) or an appositive noun phrase that
         * describes the common noun before the comma ({@code … with the alliance, the pact that includes most of Europe},
         * {@code … growth, a key factor for decades}). The reporter explains the speaker's words; a list ({@code
         * …, the fees and the tolls}) or a clause with a verb of its own ({@code …, the fares would rise}) is not such
         * a tail.
         */
        private boolean reportersTail(int k) {
            int n = words.size();
            int end = n;
            while (end > k + 1 && !words.get(end - 1).word()) end--;
            if (end <= k + 1 || !words.get(k - 1).word()) return false;
            for (int m = k + 1; m < end; m++) if (!words.get(m).word() && !words.get(m).is("-") && !words.get(m).is("'")) return false;
            String tail = text.substring(words.get(k + 1).start(), words.get(end - 1).end()).toLowerCase(java.util.Locale.ROOT);
            if (TAIL_ADVERBIALS.contains(tail)) return true;
            Word first = words.get(k + 1);
            // "… Alicia Vell, a former mayor": an appositive after a name says who is meant, part of the content.
            if (!first.word() || first.capitalized() || !ARTICLES.contains(first.lower()) || end - k < 4 || words.get(k - 1).capitalized()) return false;
            // The noun phrase's head runs to its first relative word or preposition; no verb may come before it.
            int head = k + 2;
            while (head < end && !RELATIVES.contains(words.get(head).lower()) && !NOT_CONTENT_START.contains(words.get(head).lower())) {
                String w = words.get(head).lower();
                if (FINITE.contains(w) || BEFORE_VERB.contains(w) || SAYS.contains(w)) return false;
                head++;
            }
            if (head == k + 2) return false;
            // "…, the fees and the tolls": more items of a list, not one description.
            for (int m = k + 2; m + 1 < end; m++)
                if ((words.get(m).is("and") || words.get(m).is("or")) && DETERMINERS.contains(words.get(m + 1).lower())) return false;
            return true;
        }

        /**
         * Past an aside set off by commas inside the subject of a {@code that} clause, before the clause has its verb
         * ({@code that the council, which met in May, would vote again}, {@code that states, led by Ohio, will
         * pay}): the clause goes on after the closing comma, where its verb (or, after a fronted phrase, its subject
         * and verb) follows. The index of that closing comma, or {@code k}.
         */
        private int pastAsideBeforeVerb(int from, int k) {
            int n = words.size();
            if (!words.get(from).lower().equals("that") || finiteIn(from + 1, k)) return k;
            for (int c = k + 2; c + 1 < n; c++) {
                Word t = words.get(c);
                if (t.is(";") || t.is("--") || t.is("—") || t.is("―") || t.quoteMark() || t.is("(")) return k;
                if (!t.is(",")) continue;
                if (isVerbAt(c + 1) || c + 2 < n && words.get(c + 1).word() && !isVerbAt(c + 1) && isVerbAt(c + 2)) return c;
            }
            return k;
        }

        /** Whether the word at {@code k} is a finite verb or an auxiliary by its form alone ({@code would}, {@code has}). */
        private boolean isVerbAt(int k) {
            Word t = words.get(k);
            String w = t.lower();
            return t.word() && !t.capitalized() && FINITE.contains(w) && !w.equals("that") && !w.equals("not") && !w.equals("been");
        }

        /**
         * Whether the dash at {@code k} opens a noun phrase that spells out part of a {@code that} clause opening at
         * {@code from} ({@code that costs would fall — the fares, the fees and the tolls}, {@code that voters — a few
         * hundred of them — would decide}): the speaker's detail, part of the content. A dash before a verb, a
         * pronoun, a participle, a relative or a fronted word ({@code — as was true in May —}) still ends it.
         */
        private boolean dashElaborates(int from, int k) {
            if (!words.get(from).lower().equals("that") || k + 1 >= words.size()) return false;
            Word next = words.get(k + 1);
            String w = next.lower();
            return next.word() && !next.capitalized() && (ARTICLES.contains(w) || w.equals("from") || w.endsWith("ly") && !BEFORE_VERB.contains(w));
        }

        /**
         * Past a {@code , which} clause whose verb follows at once, after the clause a verb of saying reports ({@code
         * said the levy had failed, which is why fares rose}): the speaker's own comment on the claim, part of the
         * content. A {@code which} with a subject of its own ({@code , which the board denies}) or a past event after
         * it ({@code , which angered the council}) is the reporter's aside and still ends it. Else {@code to}.
         */
        private int pastSpeakersWhich(int to) {
            int n = words.size();
            if (to + 2 >= n || !words.get(to).is(",") || !words.get(to + 1).lower().equals("which")) return to;
            Word next = words.get(to + 2);
            String w = next.lower();
            boolean verbFollows = next.is(",") || next.word() && !next.capitalized() && !DETERMINERS.contains(w)
                    && !SUBJECT_WORDS.contains(w) && !POSSESSIVES.contains(w)
                    && (FINITE.contains(w) || BEFORE_VERB.contains(w) || w.length() > 3 && w.endsWith("s") && !w.endsWith("ss"));
            return verbFollows ? contentEnd(to + 1) : to;
        }

        /**
         * Where the content {@code words[p, to)} of the cue at {@code j} ends when an {@code and} in it opens a verb in
         * the cue's own form with no subject between ({@code proposes a repeal, and plans to cut costs}, {@code
         * ignoring the jeers and continuing to speak}): a second verb phrase of the cue's subject, what the subject
         * did next, not more of what was reported. Else {@code to}.
         */
        private int beforeCuesNextVerb(int j, int p, int to) {
            String cue = words.get(j).lower();
            String suffix = cue.endsWith("ing") ? "ing" : cue.endsWith("s") && !cue.endsWith("ss") ? "s" : cue.endsWith("ed") ? "ed" : null;
            if (suffix == null) return to;
            boolean quoted = false;
            for (int k = p + 1; k + 2 < to; k++) {
                Word t = words.get(k);
                if (t.quoteMark()) quoted = !quoted;
                if (quoted || !t.is("and")) continue;
                Word v = words.get(k + 1);
                String w = v.lower();
                if (!v.word() || v.capitalized() || !w.endsWith(suffix) || w.length() < suffix.length() + 4 || FINITE.contains(w)
                        || BEFORE_VERB.contains(w)) continue;
                if (suffix.equals("s") && (w.endsWith("ss") || w.endsWith("ous") || w.endsWith("'s") || w.endsWith("’s"))) continue;
                Word o = words.get(k + 2);
                if (!o.word()) continue;
                String ol = o.lower();
                // "and bonds that …": a "that" after a plural noun is a relative; after a reporting verb a complementizer.
                if (o.capitalized() || DETERMINERS.contains(ol) || OBJECT_PRONOUNS.contains(ol) || ol.equals("to")
                        || ol.equals("that") && ReportingVerbs.base(v.text()) != null)
                    return k > p + 1 && words.get(k - 1).is(",") ? k - 1 : k;
            }
            return to;
        }

        /**
         * Past a participle phrase after a comma that goes on with the clause a verb of saying reports ({@code said
         * the fund would close in May, leaving the piers unpaid}, {@code announced it would cut fares, beginning in
         * June}): its subject is the clause's, so it spells out the claim. A participle of a reporting verb ({@code ,
         * saying …}, {@code , citing …}) is the speaker's next act, and one that sets the claim against another
         * ({@code , contradicting …}, {@code , amounting to …}) the reporter's judgment: both still end the content.
         * Else {@code to}.
         */
        private int pastSpeakersParticiple(int to) {
            int n = words.size();
            if (to + 2 >= n || !words.get(to).is(",")) return to;
            Word next = words.get(to + 1);
            String w = next.lower();
            if (!next.word() || next.capitalized() || !w.endsWith("ing") || w.length() <= 5 || w.equals("including")
                    || w.equals("according") || RELATING.contains(w) || ReportingVerbs.base(next.text()) != null) return to;
            return contentEnd(to + 1);
        }

        /**
         * Whether a main clause of the reporter's opens at {@code k}, after a comma that ends the content: a pronoun,
         * a name or a possessive noun phrase, then its finite verb ({@code …, Ames restricted her remarks to …},
         * {@code …, he does not defend it}, {@code …, his ruling was overturned}). The content was a fronted clause
         * of that sentence ({@code While Ames called for …, Ames …}) or ran past its own clause.
         */
        private boolean clauseAfterComma(int k) {
            int n = words.size();
            if (k >= n || !words.get(k).word()) return false;
            Word first = words.get(k);
            String f = first.lower();
            int v;
            if (PERSONAL_PRONOUNS.contains(f) && !f.equals("you")) {
                v = k + 1;
            } else if (POSSESSIVES.contains(f) && !first.capitalized()) {
                v = k + 1;
                while (v < n && v < k + 3 && words.get(v).word() && !words.get(v).capitalized() && !FINITE.contains(words.get(v).lower())) v++;
            } else if (first.capitalized() && !FRONTED.contains(f) && !OPENING_CONJUNCTIONS.contains(f) && !NOT_CONTENT_START.contains(f)
                    && !SUBJECT_WORDS.contains(f)) {
                v = k + 1;
                while (v < n && v < k + 5 && (words.get(v).capitalized() || words.get(v).is(".") && v + 1 < n && words.get(v + 1).capitalized())) v++;
            } else {
                return false;
            }
            if (v >= n || !words.get(v).word() || words.get(v).capitalized()) return false;
            String w = words.get(v).lower();
            if (BEFORE_VERB.contains(w) && !Set.of("all", "both", "each", "long", "first", "last").contains(w)) return true;
            return FINITE.contains(w) && !w.equals("that") && !w.equals("be") && !w.equals("been") && !w.equals("not")
                    || w.endsWith("ed") && w.length() > 4;
        }

        /**
         * Whether a second verb phrase of the reporter's subject opens at {@code k}, after an {@code and} with no
         * subject of its own: {@code … and encouraged voters to …}, {@code … and then purged them}, {@code … and has
         * since left}. The past-tense verb takes an object right after it; a participle that ends the sentence
         * ({@code was delayed and cancelled}) belongs to the content's own verb. When the content {@code words[from,
         * k)} is a clause with a finite verb of its own ({@code he posed a threat and refused to …}) the second verb
         * is more often that clause's, unless a {@code then} or {@code since} marks the reporter's sequence.
         */
        private boolean secondVerbPhrase(int from, int k) {
            int n = words.size();
            boolean sequence = false;
            while (k < n && words.get(k).word() && !words.get(k).capitalized()
                    && (Set.of("then", "later", "also", "since", "has", "have", "had").contains(words.get(k).lower()))) {
                sequence |= Set.of("then", "later", "since").contains(words.get(k).lower());
                k++;
            }
            if (!sequence && finiteIn(from, k)) return false;
            if (k + 1 >= n || !words.get(k).word() || words.get(k).capitalized()) return false;
            String v = words.get(k).lower();
            if (!(v.endsWith("ed") && v.length() > 4 || Set.of("left", "told", "made", "took", "gave", "sent", "said").contains(v))) return false;
            Word next = words.get(k + 1);
            if (!next.word()) return false;
            String o = next.lower();
            return next.capitalized() || DETERMINERS.contains(o) || OBJECT_PRONOUNS.contains(o) || o.equals("to") || o.equals("on")
                    || o.equals("for") || o.equals("that");
        }

        /**
         * Whether {@code words[from, to)} hold a finite verb of a clause of their own: an auxiliary or a form of
         * {@code be}, or a word right after a personal pronoun; a verb right after a relative word ({@code polls that
         * showed}) describes a noun and does not count.
         */
        private boolean finiteIn(int from, int to) {
            for (int k = from; k < to; k++) {
                Word t = words.get(k);
                if (!t.word() || t.capitalized() && k > from) continue;
                String w = t.lower();
                if (k > from + 1 && RELATIVES.contains(words.get(k - 1).lower())) continue;
                if (FINITE.contains(w) && !w.equals("that") && !w.equals("not") && !w.equals("be") && !w.equals("been")) return true;
                if (w.endsWith("'d") || w.endsWith("’d")) return true;
                if (k > from && PERSONAL_PRONOUNS.contains(words.get(k - 1).lower()) && !words.get(k - 1).capitalized()) return true;
                // "the captain ignored", "Vell supported": a past tense right after a noun or a name.
                if (k > from && w.endsWith("ed") && w.length() > 4 && words.get(k - 1).word()) {
                    Word b = words.get(k - 1);
                    String bl = b.lower();
                    if (b.capitalized() || !DETERMINERS.contains(bl) && !NOT_CONTENT_START.contains(bl) && !bl.endsWith("ly")
                            && !BEFORE_VERB.contains(bl) && !SUBJECT_WORDS.contains(bl)) return true;
                }
            }
            return false;
        }

        /**
         * Whether the content opening at {@code from} opens with a fronted phrase whose clause's subject comes after
         * a comma: {@code that, like her, Ames had …}, {@code that in May, Ames …}, {@code that if the vote fails,
         * it …}, {@code after the vote, she …}. Its first comma ends that phrase, not the content.
         */
        private boolean frontedInside(int from) {
            Word first = words.get(from);
            String f = first.lower();
            if (FRONTED.contains(f)) return true;
            if (!f.equals("that") || from + 1 >= words.size()) return false;
            Word next = words.get(from + 1);
            String w = next.lower();
            return next.is(",") || next.word() && (FRONTED.contains(w) || NOT_CONTENT_START.contains(w) || w.equals("no"));
        }

        /**
         * Past a short comment on the whole sentence that opens it, before a comma: {@code As it stands, …},
         * {@code Details aside, …}, {@code As it happens, …}. The reporter's framing, not what was said. Else {@code start}.
         */
        private int pastSentenceAdverbial(int start, int to) {
            int comma = start;
            while (comma < to && comma < start + 4 && words.get(comma).word()) comma++;
            if (comma >= to || comma == start || !words.get(comma).is(",") || comma + 1 >= to) return start;
            String first = words.get(start).lower(), last = words.get(comma - 1).lower();
            boolean comment = first.equals("as") && comma - start == 3 && PERSONAL_PRONOUNS.contains(words.get(start + 1).lower())
                    || last.equals("aside");
            return comment ? comma + 1 : start;
        }

        /**
         * When the parenthesis at {@code k} holds a short label right after a name, a party and state ({@code (D-Ohio)})
         * or a state ({@code (Vt.)}), the index of its closing parenthesis; else -1.
         */
        private int nameLabelEnd(int k) {
            int n = words.size();
            if (k == 0 || !words.get(k - 1).capitalized() || k + 2 >= n) return -1;
            Word label = words.get(k + 1);
            int close = k + 2;
            if (words.get(close).is(".") && close + 1 < n) close++; // "(Vt.)"
            if (!label.capitalized() || label.text().length() > 8 || !words.get(close).is(")")) return -1;
            return close;
        }

        /**
         * Whether the mark at {@code k} is the apostrophe of a plural possessive ({@code the States’ military}): a
         * single mark right after a word ending in {@code s}, with a space after it, which opens no quotation.
         */
        private boolean pluralPossessive(int k) {
            Word t = words.get(k);
            if (!(t.is("’") || t.is("'")) || k == 0 || k + 1 >= words.size()) return false;
            Word before = words.get(k - 1);
            return before.word() && before.end() == t.start() && before.lower().endsWith("s") && words.get(k + 1).start() > t.end();
        }

        /** Whether the comma at {@code k} opens a trailing attribution that runs to the sentence's end. */
        private boolean endsInAttribution(int k) {
            int n = words.size();
            for (int v = k + 1; v < n && v < k + 10; v++) {
                Word t = words.get(v);
                if (t.is(",") || isEnd(v) && !t.is(".")) return false;
                if (t.word() && !t.capitalized() && ReportingVerbs.base(t.text()) != null) return trailing(v) == k;
            }
            return false;
        }

        /** Whether a finite reporting verb (after an optional adverb) opens at {@code k}: {@code and added that}. */
        private boolean coordinatedVerb(int k) {
            int n = words.size();
            if (k < n && words.get(k).word() && BEFORE_VERB.contains(words.get(k).lower())) k++;
            if (k >= n || !words.get(k).word() || words.get(k).capitalized()) return false;
            String lower = words.get(k).lower();
            if (ReportingVerbs.base(lower) != null) return lower.endsWith("ed") || lower.endsWith("s") || lower.equals("said")
                    || lower.equals("told") || lower.equals("wrote") || lower.equals("thought");
            // "… and encouraged voters to …": a second verb phrase of the same subject.
            return lower.endsWith("ed") && lower.length() > 4 && !BEFORE_VERB.contains(words.get(k - 1).lower());
        }

        /** Whether a finite reporting verb, after an optional auxiliary, opens at {@code k}: {@code but has said}. */
        private boolean coordinatedReportingVerb(int k) {
            int n = words.size();
            if (k < n && words.get(k).word() && BEFORE_VERB.contains(words.get(k).lower())) k++;
            if (k < n && words.get(k).word() && BEFORE_VERB.contains(words.get(k).lower())) k++;
            return k < n && words.get(k).word() && !words.get(k).capitalized() && SAYS.contains(words.get(k).lower());
        }

        /** The first word of a content that runs from the sentence's start (or {@code from}) to {@code to}. */
        private int contentStart(int from, int to) {
            int start = from;
            for (int k = from; k < to; k++) if (words.get(k).is(";") || words.get(k).is(":")) start = k + 1;
            while (start < to && (!words.get(start).word() && !words.get(start).quoteMark() || words.get(start).word()
                    && OPENING_CONJUNCTIONS.contains(words.get(start).lower()))) start++;
            start = pastSentenceAdverbial(start, to);
            // "WASHINGTON (AP) — …": a dateline in capitals and a dash open the story, not the content.
            int k = start;
            while (k < to && words.get(k).word() && words.get(k).text().length() > 1 && words.get(k).text().equals(words.get(k).text().toUpperCase(java.util.Locale.ROOT))
                    && Character.isLetter(words.get(k).text().charAt(0))) k++;
            if (k > start && k + 1 < to && words.get(k).is("(")) while (k < to && !words.get(k).is(")")) k++;
            if (k > start && k < to && words.get(k).is(")")) k++;
            if (k > start && k + 1 < to && (words.get(k).is("—") || words.get(k).is("--") || words.get(k).is("―") || words.get(k).is("–"))) start = k + 1;
            return start;
        }

        /**
         * A report in the passive or raised shape, whose source the sentence leaves out (or names after {@code by}):
         * {@code The talks are expected to resume}, {@code The mayor is said to favour …}, {@code it is believed
         * that …}, {@code Vell was accused of lying}, {@code Vell was quoted as saying …}. The annotation gives the
         * raised subject and the complement as the two parts of one attribution; an expletive subject ({@code it})
         * is no part. The last word used, -1 when the words are no passive, or {@link #NOT_A_REPORT}.
         */
        private int passive(int j, List<Candidate> out) {
            int n = words.size();
            int b = j - 1;
            while (b > 0 && words.get(b).word() && PASSIVE_ADVERBS.contains(words.get(b).lower())) b--;
            // "was supposed to …" is an obligation or a plan, not a report.
            if (words.get(j).lower().equals("supposed")) return NOT_A_REPORT;
            boolean raising = RAISING.contains(words.get(j).lower());
            // "The plan seems to …": a raising verb has no "be" before it, its subject is right before it.
            if (raising) b = j;
            else if (b < 1 || !words.get(b).word() || !BE.contains(words.get(b).lower())) return -1;
            if (raising && !(j + 1 < n && words.get(j + 1).is("to"))) return -1;
            // The auxiliaries before "be": "has been", "will be", "could have been".
            int s = b;
            while (s > 0 && words.get(s - 1).word() && (BEFORE_VERB.contains(words.get(s - 1).lower())
                    || words.get(s - 1).lower().equals("been"))) s--;
            int p = j + 1;
            if (p + 1 >= n || !words.get(p).word()) return NOT_A_REPORT;
            String next = words.get(p).lower();
            String verb = words.get(j).lower();
            int from;
            @Nullable Attribution a = null;
            if (next.equals("to")) {
                // "is said to have", "is expected to": an infinitive; "was reported to the police" is a place.
                Word after = words.get(p + 1);
                if (!after.word() || DETERMINERS.contains(after.lower()) || after.capitalized()) return -1;
                from = p;
            } else if (next.equals("that")) {
                from = p;
            } else if ((next.equals("of") || next.equals("for")) && Set.of("accused", "suspected", "criticized",
                    "criticised", "blamed", "charged").contains(verb)) {
                from = p + 1;
            } else if (next.equals("as") && verb.equals("quoted") && words.get(p + 1).lower().equals("saying")) {
                from = p + 2;
                if (from < n && words.get(from).lower().equals("that")) from++;
            } else {
                return -1;
            }
            if (from < n) from = nestedComplement(from);
            if (from >= n || !words.get(from).word() && !words.get(from).quoteMark()) return -1;
            int to = contentEnd(from);
            if (to - from < 2) return -1;
            // The subject: the noun phrase before the auxiliaries, back to the clause's start.
            int k = s;
            while (k > 0 && s - k < 10) {
                Word t = words.get(k - 1);
                if (!t.word()) break;
                String lower = t.lower();
                // The word right before the auxiliaries is the subject's head, a noun even when it could be a verb
                // ("the talks are expected").
                if (!t.capitalized() && (SUBJECT_OPENERS.contains(lower) || CLAUSE_STARTS.contains(lower)
                        || ReportingVerbs.base(lower) != null && k < s || FINITE.contains(lower))) break;
                // "Although the ferry is expected …", "Now the harbour seems …": a fronted word opens no subject.
                if (t.capitalized() && k - 1 == 0 && (FRONTED.contains(lower) || OPENING_CONJUNCTIONS.contains(lower))) break;
                k--;
            }
            if (k == s) return -1;
            boolean expletive = s - k == 1 && EXPLETIVES.contains(words.get(k).lower());
            // "it is believed that …" and "X was quoted as saying …" report; "it is expected to rain" does not.
            if (expletive && !next.equals("that")) return NOT_A_REPORT;
            if (!expletive && next.equals("that")) return -1;
            if (verb.equals("quoted")) {
                String np = text.substring(words.get(k).start(), words.get(s - 1).end());
                a = speakers.speakerNamed(cast, np, "quoted as saying", words.get(k).start(), SIEVE + "-passive", 0.7);
                if (!emit(from, to, a, out)) return -1;
                return to - 1;
            }
            if (!expletive) emitPart(k, s, null, out);
            if (!emit(from, to, a, out)) return -1;
            return to - 1;
        }

        /**
         * {@code Ames is a staunch opponent of the levy}, {@code Vell has been critical of the board}: a noun or an
         * adjective of a stance after a form of {@code be} (with at most an article and three modifiers between)
         * reports what the stance is about, for the subject of {@code be}. The last word used, or -1.
         */
        private int stance(int j, List<Candidate> out) {
            int n = words.size();
            int b = j - 1;
            while (b > 0 && j - b <= 4 && words.get(b).word() && !BE.contains(words.get(b).lower())
                    && !words.get(b).capitalized() && (ARTICLES.contains(words.get(b).lower()) || ReportingVerbs.base(words.get(b).text()) == null
                    && !FINITE.contains(words.get(b).lower()) && !NOT_CONTENT_START.contains(words.get(b).lower()) || words.get(b).is("and"))) b--;
            if (b < 1 || !words.get(b).word() || !BE.contains(words.get(b).lower())) return -1;
            int p = j + 2;
            if (p >= n || !words.get(p).word() && !words.get(p).quoteMark()) return -1;
            String f = words.get(p).lower();
            if (NOT_CONTENT_START.contains(f) || FINITE.contains(f) || OBJECT_PRONOUNS.contains(f)) return -1;
            int to = objectEnd(p, contentEnd(p));
            if (nounPhraseOpens(p, to)) to = nounPhraseEnd(p, to);
            // "Ames, who is a critic of Vell, suggests …": the comma closes the relative clause before its verb.
            for (int k = p + 1; k + 1 < to; k++)
                if (words.get(k).is(",") && words.get(k + 1).word() && !words.get(k + 1).capitalized()
                        && (ReportingVerbs.base(words.get(k + 1).text()) != null || FINITE.contains(words.get(k + 1).lower()))) { to = k; break; }
            boolean oneName = to - p == 1 && words.get(p).capitalized();
            if (to - p < 2 && !oneName) return -1;
            // The subject of "be": its auxiliaries first ("has been").
            int s = b;
            while (s > 0 && words.get(s - 1).word() && BEFORE_VERB.contains(words.get(s - 1).lower())) s--;
            String cue = text.substring(words.get(b).start(), words.get(j + 1).end());
            if (!emitForSubjectOf(s, cue, p, to, oneName, out)) return -1;
            return j + 1; // "Ames, who is a critic of Vell, suggests …": the verbs after the stance still report
        }

        /**
         * Past a particle, an adverb or a time between a verb of talking and its preposition ({@code spoke out on
         * Tuesday about …}, {@code spoke emotionally of …}, {@code speaking out against …}): the index of the
         * preposition when one follows, else {@code p}.
         */
        private int pastParticle(String base, int p) {
            if (!TALK.contains(base)) return p;
            int n = words.size(), k = p;
            while (k < n && k < p + 4 && words.get(k).word() && (TIME_WORDS.contains(words.get(k).lower()) || !words.get(k).capitalized()
                    && (words.get(k).is("out") || words.get(k).is("up") || words.get(k).lower().endsWith("ly") && words.get(k).lower().length() > 4
                    || words.get(k).is("on") && k + 1 < n && TIME_WORDS.contains(words.get(k + 1).lower())))) k++;
            if (k == p || k + 1 >= n) return p;
            // "spoke out on the levy": "on" is what was spoken about, like "about".
            return ABOUT.contains(words.get(k).lower()) ? k : words.get(k).is("on") ? k + 1 : p;
        }

        /**
         * Whether the comma before the verb at {@code j} closes a relative clause set off after the subject ({@code
         * Ames, who chairs the panel, blasted …}): a {@code who} right after an earlier comma of the sentence.
         */
        private boolean relativeAsideBefore(int j) {
            for (int k = j - 2; k > 0 && j - k < 25; k--) {
                if (words.get(k).is(",")) return words.get(k + 1).is("who");
                if (!words.get(k).word()) return false;
            }
            return false;
        }

        /**
         * Past the {@code with} or {@code on} after a verb of agreeing ({@code agreed with the auditor}, {@code
         * disagrees with her former boss}, {@code agrees on who should chair}): whom or what the subject agrees with
         * is what the report is about. The index of the word after the preposition, else {@code p}.
         */
        private int pastPartner(String base, int p) {
            if (!AGREEING.contains(base) || p + 1 >= words.size() || !words.get(p + 1).word() && !words.get(p + 1).quoteMark()) return p;
            return words.get(p).is("with") || words.get(p).is("on") ? p + 1 : p;
        }

        /** Whether word {@code p} follows the {@code with} or {@code on} of a verb of agreeing ({@link #pastPartner}). */
        private boolean partnerBefore(String base, int p) {
            return AGREEING.contains(base) && (words.get(p - 1).is("with") || words.get(p - 1).is("on"));
        }

        /**
         * {@code Ames made clear that …}, {@code made it clear …}, {@code made the case for X}, {@code made no secret
         * of X}: the light verb {@code make} with an adjective or a noun of saying reports like a verb of saying,
         * for the subject of {@code make}. The last word used, or -1.
         */
        private int madeClear(int j, List<Candidate> out) {
            int n = words.size();
            if (j < 1 || !words.get(j - 1).word() && !words.get(j - 1).is(",")) return -1;
            int p = j + 1;
            if (p < n && words.get(p).is("it")) p++;
            if (p + 1 >= n) return -1;
            String w = words.get(p).lower();
            if (w.equals("clear") || w.equals("plain") || w.equals("known")) p++;
            else if ((w.equals("the") || w.equals("a")) && (words.get(p + 1).is("case") || words.get(p + 1).is("point"))) p += 2;
            else if ((w.equals("no") || w.equals("little")) && words.get(p + 1).is("secret")) p += 2;
            else return -1;
            int cueEnd = p - 1;
            if (p < n && (words.get(p).is("for") || words.get(p).is("of") || words.get(p).is("against")) && !words.get(cueEnd).is("clear")) p++;
            if (p >= n || !words.get(p).word()) return -1;
            String f = words.get(p).lower();
            if (NOT_CONTENT_START.contains(f) || FINITE.contains(f) && !f.equals("that")) return -1;
            int to = contentEnd(p);
            if (!CLAUSE_STARTS.contains(f) && !SUBJECT_WORDS.contains(f) || words.get(p - 1).is("for") || words.get(p - 1).is("of"))
                if (nounPhraseOpens(p, to)) to = nounPhraseEnd(p, to);
            boolean oneName = to - p == 1 && words.get(p).capitalized();
            if (to - p < 2 && !oneName) return -1;
            String cue = text.substring(words.get(j).start(), words.get(cueEnd).end());
            if (!emitForSubjectOf(j, cue, p, to, oneName, out)) return -1;
            return to - 1;
        }

        /**
         * {@code The plan seems too costly}, {@code That looks unlikely}, {@code RT can seem like a rival}, {@code It is
         * considered a threat}: a verb of appearing, or the passive of a verb of judging, with a complement rather
         * than an infinitive. The annotation reports such a view without its holder in two parts, the subject and
         * the complement. The last word used, or -1.
         */
        private int complementReport(int j, List<Candidate> out) {
            int n = words.size();
            String verb = words.get(j).lower();
            boolean judged = verb.equals("considered") || verb.equals("deemed");
            int b = j - 1;
            while (b > 0 && words.get(b).word() && PASSIVE_ADVERBS.contains(words.get(b).lower())) b--;
            if (judged && (b < 1 || !words.get(b).word() || !BE.contains(words.get(b).lower()))) return -1;
            if (!judged && (b < 1 || !words.get(b).word())) return -1;
            int s = judged ? b : b + 1;
            while (s > 0 && words.get(s - 1).word() && (BEFORE_VERB.contains(words.get(s - 1).lower())
                    || words.get(s - 1).lower().equals("been"))) s--;
            int from = j + 1;
            if (from + 1 > n || !words.get(from).word() || words.get(from).capitalized()) return -1;
            String f = words.get(from).lower();
            // "looks like a win" reads like "seems"; "looks at", "seems to", "appeared on television" do not.
            if ((NOT_COMPLEMENT.contains(f) || NOT_CONTENT_START.contains(f)) && !(judged && ARTICLES.contains(f)) && !f.equals("like")
                    || f.endsWith("ing") || FINITE.contains(f) || f.equals("alongside")) return -1;
            // "appeared Monday", "looks a mess": after these verbs a noun is more often a time or a place than a view.
            if (!judged && (verb.startsWith("look") || verb.startsWith("appear")) && !f.equals("like") && pos.noun(words, from)) return -1;
            int to = contentEnd(from);
            // "seemed far away to most voters": the "to" phrase names whom it seemed so to, not part of the view.
            for (int k = from + 1; !judged && k + 1 < to; k++)
                if (words.get(k).is("to") && (OBJECT_PRONOUNS.contains(words.get(k + 1).lower()) || HOLDERS.contains(words.get(k + 1).lower())
                        || words.get(k + 1).capitalized())) { to = k; break; }
            for (int k = from; k < to; k++) if (words.get(k).lower().equals("that") || ReportingVerbs.base(words.get(k).text()) != null
                    && !words.get(k).capitalized() && k == from) return -1;
            // The subject: the noun phrase before the auxiliaries, back to the clause's start.
            int k = s;
            while (k > 0 && s - k < 8) {
                Word t = words.get(k - 1);
                if (!t.word()) break;
                String lower = t.lower();
                if (!t.capitalized() && (SUBJECT_OPENERS.contains(lower) || CLAUSE_STARTS.contains(lower) && !lower.equals("what")
                        || FINITE.contains(lower))) break;
                if (t.capitalized() && k - 1 == 0 && (FRONTED.contains(lower) || OPENING_CONJUNCTIONS.contains(lower))) break;
                // "which makes him seem kinder": an object of another verb is no subject of its own; "whose support
                // appeared steady" is a relative clause's; "Ames said the ferry seemed slow" is nested in a report.
                if (HEARER_PRONOUNS.contains(lower) || lower.equals("whose")) return -1;
                if (!t.capitalized() && ReportingVerbs.base(lower) != null && k < s
                        && !(k >= 2 && (DETERMINERS.contains(words.get(k - 2).lower()) || ABOUT.contains(words.get(k - 2).lower())))) return -1;
                k--;
            }
            if (k == s || to <= from) return -1;
            // "Ames noted that the ferry appeared slow": a view inside another report is that report's content.
            if (k >= 2 && words.get(k - 1).lower().equals("that") && ReportingVerbs.base(words.get(k - 2).text()) != null) return -1;
            // "it seems likely", "there appears no way": an expletive stands for a clause that is not there.
            if (s - k == 1 && (words.get(k).lower().equals("there") || !judged && words.get(k).lower().equals("it"))) return -1;
            emitPart(k, s, null, out);
            emitPart(from, to, null, out);
            return to - 1;
        }

        /**
         * Whether the participle {@code verb} reports its subject for the agent after {@code by}: an object verb
         * ({@code is supported by}), and as well a verb of saying or deciding ({@code was first reported by},
         * {@code was being told by}, {@code is likely to be decided by}), whose subject is then what was said.
         */
        private boolean agentPassive(String verb) {
            String base = ReportingVerbs.base(verb);
            return base != null;
        }

        /** The end of the agent that opens after the {@code by} at {@code by}: up to a time, an occasion or a verb. */
        private int agentEnd(int by) {
            int n = words.size();
            int agentEnd = by + 1;
            while (agentEnd < n && words.get(agentEnd).word() && !(agentEnd > by + 1 && (OCCASION_PREPOSITIONS.contains(words.get(agentEnd).lower())
                    || OBJECT_TAIL.contains(words.get(agentEnd).lower()) || FINITE.contains(words.get(agentEnd).lower())
                    || words.get(agentEnd).is("for")))) agentEnd++;
            return agentEnd;
        }

        /**
         * A participle of a reporting verb right after a noun phrase, with its source after {@code by} (a reduced
         * relative): {@code a record penalty imposed by the board}, {@code the levels desired by the alliance}. The
         * noun phrase is what was imposed or desired, the agent its source, as for {@link #passiveWithAgent}. The last
         * word used, or -1.
         */
        private int participleByAgent(int j, List<Candidate> out) {
            int n = words.size();
            String verb = words.get(j).lower();
            if (!verb.endsWith("ed") && !IRREGULAR_PAST.contains(verb) || !agentPassive(verb) || j < 2) return -1;
            int by = j + 1;
            if (by < n && words.get(by).word() && words.get(by).lower().endsWith("ly")) by++;
            if (by + 1 >= n || !words.get(by).lower().equals("by") || !words.get(by + 1).word()) return -1;
            Word noun = words.get(j - 1);
            String b = noun.lower();
            if (!noun.word() || noun.capitalized() || FINITE.contains(b) || BE.contains(b) || DETERMINERS.contains(b) || CLAUSE_STARTS.contains(b)
                    || NOT_CONTENT_START.contains(b) || SUBJECT_WORDS.contains(b) || OBJECT_PRONOUNS.contains(b) || BEFORE_VERB.contains(b)
                    || b.endsWith("ly") || ReportingVerbs.base(noun.text()) != null) return -1;
            // The noun phrase, back to its determiner (through an "of" that chains it on) or a verb.
            int e = j, k = j;
            while (k > 0 && e - k < 10) {
                Word t = words.get(k - 1);
                String w = t.lower();
                if (!t.word() && !t.is("$") && !t.is("-") || !t.capitalized() && (FINITE.contains(w) || SUBJECT_OPENERS.contains(w)
                        || CLAUSE_STARTS.contains(w) || NOT_CONTENT_START.contains(w) && !w.equals("of") || ReportingVerbs.base(t.text()) != null
                        || w.endsWith("ed") && w.length() > 4 && !DETERMINERS.contains(w))) break;
                k--;
                if (DETERMINERS.contains(w) && !(k > 0 && words.get(k - 1).is("of"))) break;
            }
            while (k < e && (words.get(k).is("of") || !words.get(k).word())) k++;
            if (e - k < 2 || !DETERMINERS.contains(words.get(k).lower()) && !Character.isDigit(words.get(k).text().charAt(0))) return -1;
            int agentEnd = agentEnd(by);
            String agent = text.substring(words.get(by + 1).start(), words.get(agentEnd - 1).end());
            String cue = text.substring(words.get(j).start(), words.get(by).end());
            Attribution a = speakers.speakerNamed(cast, agent, cue, words.get(by + 1).start(), SIEVE + "-passive", 0.7);
            if (a == null) a = described(by + 1, agentEnd, cue);
            if (a == null) return -1;
            emitPart(k, e, a, out);
            return agentEnd - 1;
        }

        /**
         * A relative clause without a relative word whose verb reports for a pronoun ({@code the fare target it
         * pledged to reach}, {@code the rate he has proposed for pilots}, {@code the plan she backed}): the noun phrase
         * before the pronoun is what was pledged or proposed, and the infinitive or the preposition's object after the
         * verb is the rest, as for {@code which X said B}. The verb takes no object of its own here, or the clause is
         * no such relative. The last word used, or -1.
         */
        private int zeroRelative(int j, List<Candidate> out) {
            int n = words.size();
            Word verb = words.get(j);
            String v = verb.lower();
            // "the ones he refused to answer": a verb of what is not yet said reports nothing here.
            if (!(v.endsWith("ed") || v.endsWith("s") || IRREGULAR_PAST.contains(v)) || NOT_SAID_YET.contains(v)) return -1;
            int k = j - 1;
            while (k > 0 && words.get(k).word() && (BEFORE_VERB.contains(words.get(k).lower())
                    || !words.get(k).capitalized() && words.get(k).lower().endsWith("ly") && words.get(k).text().length() > 4)) k--;
            if (k < 2 || !words.get(k).word()) return -1;
            String pronoun = words.get(k).lower();
            if (POSSESSIVE_S.matcher(pronoun).find() && CONTRACTED_SUBJECTS.contains(pronoun.substring(0, pronoun.length() - 2)))
                pronoun = pronoun.substring(0, pronoun.length() - 2); // "the pills he’s promoted"
            if (!PERSONAL_PRONOUNS.contains(pronoun)) return -1;
            Word noun = words.get(k - 1);
            String b = noun.lower();
            if (!noun.word() || noun.capitalized() || FINITE.contains(b) || BE.contains(b) || DETERMINERS.contains(b) || CLAUSE_STARTS.contains(b)
                    || NOT_CONTENT_START.contains(b) || SUBJECT_WORDS.contains(b) || OBJECT_PRONOUNS.contains(b) || BEFORE_VERB.contains(b)
                    || TIME_WORDS.contains(b) || b.endsWith("ly") || ReportingVerbs.base(noun.text()) != null) return -1;
            // The noun phrase, back to its determiner ("practices of some pills he promoted": the pills).
            int e = k, s = k;
            while (s > 0 && e - s < 10) {
                Word t = words.get(s - 1);
                String w = t.lower();
                if (!t.word() && !t.is("$") && !t.is("-") || !t.capitalized() && (FINITE.contains(w) || SUBJECT_OPENERS.contains(w)
                        || CLAUSE_STARTS.contains(w) || NOT_CONTENT_START.contains(w) && !w.equals("of") || ReportingVerbs.base(t.text()) != null
                        || w.endsWith("ed") && w.length() > 4)) break;
                s--;
                if (DETERMINERS.contains(w)) break;
            }
            while (s < e && !words.get(s).word()) s++;
            if (e - s < 2 || !DETERMINERS.contains(words.get(s).lower()) && !Character.isDigit(words.get(s).text().charAt(0))) return -1;
            // After the verb: an infinitive, a preposition and its object, or the clause's end; never an object.
            int p = j + 1, from = -1, to = -1;
            if (p < n && words.get(p).is("to") && p + 1 < n && words.get(p + 1).word() && !words.get(p + 1).capitalized()) {
                from = p;
                to = contentEnd(p);
                // "to reach at the May summit", "to answer last year": the reporter's occasion ends the infinitive.
                for (int c = p + 2; c < to; c++)
                    if (words.get(c).word() && (OCCASION_PREPOSITIONS.contains(words.get(c).lower()) || TIME_WORDS.contains(words.get(c).lower()))) { to = c; break; }
            } else if (p + 1 < n && words.get(p).word() && (ABOUT.contains(words.get(p).lower()) || words.get(p).is("for"))
                    && words.get(p + 1).word() && !NOT_CONTENT_START.contains(words.get(p + 1).lower())) {
                from = p + 1;
                to = contentEnd(from);
                to = nounPhraseOpens(from, to) ? nounPhraseEnd(from, to) : to;
            } else if (p < n && words.get(p).word() && !OCCASION_PREPOSITIONS.contains(words.get(p).lower()) && !OBJECT_TAIL.contains(words.get(p).lower())
                    && !CLAUSE_BREAKS.contains(words.get(p).lower()) && !FINITE.contains(words.get(p).lower())) return -1;
            String cue = text.substring(verb.start(), words.get(from > j + 1 && !words.get(j + 1).is("to") ? j + 1 : j).end());
            Attribution a = speakers.subjectOfVerb(cast, text.substring(sentence.start(), verb.end()), verb.start(), SIEVE, 0.7);
            if (a != null) a = withCue(a, cue);
            emitPart(s, e, a, out);
            if (from >= 0 && to > from) emitPart(from, to, a, out);
            return Math.max(j, to - 1);
        }

        /**
         * The comma that opens a one-word aside right before word {@code s} ({@code Ames, meanwhile, is …}, {@code The
         * levy, however, was …}); else {@code s}.
         */
        private int pastOneWordAside(int s) {
            if (s < 4 || !words.get(s - 1).is(",") || !words.get(s - 3).is(",") || !words.get(s - 2).word()) return s;
            String w = words.get(s - 2).lower();
            return w.equals("meanwhile") || w.equals("however") || w.equals("too") || w.endsWith("ly") && w.length() > 4 ? s - 3 : s;
        }

        /**
         * The start of a raising frame before a passive's auxiliaries ({@code is likely to be decided}, {@code is
         * expected to be approved}): the subject is before it. Else {@code s}.
         */
        private int pastRaisingBefore(int s) {
            if (s < 3 || !words.get(s - 1).is("to") || !words.get(s - 2).word()) return s;
            String w = words.get(s - 2).lower();
            if (!(w.equals("likely") || w.equals("unlikely") || w.equals("expected") || w.equals("set") || w.equals("due"))) return s;
            int k = s - 2;
            while (k > 0 && words.get(k - 1).word() && (BEFORE_VERB.contains(words.get(k - 1).lower()) || BE.contains(words.get(k - 1).lower()))) k--;
            return k < s - 2 ? k : s;
        }

        /**
         * A passive of an object verb with its source after {@code by}: {@code The levy is supported by most
         * councillors}, {@code The plan was rejected by the board}. What was supported or rejected is the subject,
         * the source is the agent. The last word used, or -1.
         */
        private int passiveWithAgent(int j, List<Candidate> out) {
            int n = words.size();
            String verb = words.get(j).lower();
            if (!verb.endsWith("ed") && !IRREGULAR_PAST.contains(verb) || !agentPassive(verb)) return -1;
            int b = j - 1;
            while (b > 0 && words.get(b).word() && (PASSIVE_ADVERBS.contains(words.get(b).lower()) || words.get(b).lower().equals("first"))) b--;
            if (b < 1 || !words.get(b).word() || !BE.contains(words.get(b).lower())) return -1;
            int by = j + 1;
            if (by < n && words.get(by).word() && words.get(by).lower().endsWith("ly")) by++;
            if (by + 1 >= n || !words.get(by).lower().equals("by") || !words.get(by + 1).word()) return -1;
            int agentEnd = agentEnd(by);
            int s = b;
            while (s > 0 && words.get(s - 1).word() && (BEFORE_VERB.contains(words.get(s - 1).lower()) || words.get(s - 1).lower().equals("been"))) s--;
            s = pastRaisingBefore(s);
            int aside = pastOneWordAside(s);
            // The subject: back from the auxiliaries to the clause's start, a comma or a word that opens a clause.
            int k = s;
            while (k > 0 && s - k < 12) {
                Word t = words.get(k - 1);
                if (!t.word() && !t.is("'") && !t.is("’")) break;
                String lower = t.lower();
                // "The proposals about the levy are supported by …": a preposition inside the subject is part of it.
                if (t.word() && !t.capitalized() && (SUBJECT_OPENERS.contains(lower) && !ABOUT.contains(lower) || CLAUSE_STARTS.contains(lower)
                        || FINITE.contains(lower) || ReportingVerbs.base(lower) != null && k < s)) break;
                k--;
            }
            if (aside < s) {
                // "Ames, meanwhile, is supported by …": the subject is before the aside, which is no part of it.
                k = aside;
                while (k > 0 && aside - k < 12 && words.get(k - 1).word() && !(SUBJECT_OPENERS.contains(words.get(k - 1).lower())
                        || CLAUSE_STARTS.contains(words.get(k - 1).lower()) || FINITE.contains(words.get(k - 1).lower()))) k--;
                s = aside;
            }
            k = contentStart(k, s);
            if (k >= s || EXPLETIVES.contains(words.get(k).lower()) && s - k == 1) return -1;
            String agent = text.substring(words.get(by + 1).start(), words.get(agentEnd - 1).end());
            String cue = text.substring(words.get(b).start(), words.get(by).end());
            Attribution a = speakers.speakerNamed(cast, agent, cue, words.get(by + 1).start(), SIEVE + "-passive", 0.7);
            if (a == null) a = described(by + 1, agentEnd, cue);
            emitPart(k, s, a, out);
            return agentEnd - 1;
        }

        /**
         * {@code X's comments about CONTENT}, {@code his long-standing ideas on CONTENT}: a noun of saying or of a view
         * after a possessive (one modifier or a day between allowed), and the noun phrase after {@code about}, {@code on}
         * or {@code over}, what was said, up to the sentence's own verb ({@code … about the levy were wrong}). The owner
         * is the source. The last word used, or -1.
         */
        private int nominalTopic(int j, List<Candidate> out) {
            int n = words.size();
            int p = j + 1;
            if (p < n && words.get(p).word() && TIME_WORDS.contains(words.get(p).lower())) p++;
            if (p + 1 >= n || !words.get(p).word() || !TOPIC_PREPOSITIONS.contains(words.get(p).lower())) return -1;
            int o = j - 1;
            if (o >= 1 && words.get(o).word() && !words.get(o).capitalized() && !POSSESSIVES.contains(words.get(o).lower())
                    && !POSSESSIVE_S.matcher(words.get(o).lower()).find() && !DETERMINERS.contains(words.get(o).lower())
                    && ReportingVerbs.base(words.get(o).text()) == null) o--;
            if (o < 0) return -1;
            Word owner = words.get(o);
            String ol = owner.lower();
            boolean pronoun = POSSESSIVES.contains(ol);
            if (!owner.word() || !pronoun && !POSSESSIVE_S.matcher(ol).find() || CONTRACTED_SUBJECTS.contains(ol.substring(0, ol.length() - 2))) return -1;
            int from = p + 1;
            Word first = words.get(from);
            // "his remarks on Saturday": a time, not a topic.
            if (!first.word() && !first.quoteMark() || TIME_WORDS.contains(first.lower()) || OCCASIONS.contains(first.lower())) return -1;
            int to = from + 1;
            boolean quoted = first.quoteMark();
            while (to < n) {
                Word t = words.get(to);
                if (t.quoteMark()) quoted = !quoted;
                else if (!quoted && !t.word() && !t.is("-") && !t.is("'") && !t.is("’")) break;
                else if (!quoted && t.word() && !t.capitalized() && (FINITE.contains(t.lower()) || SAYS.contains(t.lower())
                        || OBJECT_TAIL.contains(t.lower()) || t.lower().endsWith("ed") && t.lower().length() > 4
                        || Set.of("came", "comes", "carried", "carries", "went", "goes", "made", "makes", "drew", "draws").contains(t.lower()))) break;
                to++;
            }
            if (to - from < 1 || to < n && !words.get(to).word() && !words.get(to).is(",") && !isEnd(to)) return -1;
            int ownerStart = o;
            while (ownerStart > 0 && !pronoun && words.get(ownerStart - 1).capitalized()) ownerStart--;
            String mention = POSSESSIVE_S.matcher(text.substring(words.get(ownerStart).start(), owner.end())).replaceAll("");
            Attribution a = speakers.speakerNamed(cast, mention, words.get(j).text(), words.get(ownerStart).start(), SIEVE + "-nominal", 0.6);
            if (to - from == 1) emitPart(from, to, a, out);
            else if (!emit(from, to, a, out)) return -1;
            return to - 1;
        }

        /**
         * {@code X's claim that CONTENT}, {@code his warning that CONTENT}: a noun of saying after a possessive; the
         * content runs from {@code that}. The last word used, or -1.
         */
        private int nominal(int j, List<Candidate> out) {
            if (j == 0) return -1;
            Word owner = words.get(j - 1);
            String o = owner.lower();
            boolean possessive = owner.word() && (POSSESSIVES.contains(o) || o.endsWith("'s") || o.endsWith("’s"));
            if (!possessive) return -1;
            int from = j + 1;
            int to = contentEnd(from);
            if (to - from < 3) return -1;
            int ownerStart = j - 1;
            while (ownerStart > 0 && !POSSESSIVES.contains(o) && words.get(ownerStart - 1).capitalized()) ownerStart--;
            String mention = text.substring(words.get(ownerStart).start(), owner.end()); // "Ames's" names Ames
            mention = POSSESSIVE_S.matcher(mention).replaceAll("");
            Attribution a = speakers.speakerNamed(cast, mention, words.get(j).text(), words.get(ownerStart).start(), SIEVE + "-nominal", 0.6);
            if (!emit(from, to, a, out)) return -1;
            return to - 1;
        }

        /**
         * An attribution in an {@code as} clause set off by commas: {@code As Ames pointed out, CONTENT},
         * {@code A, as Ames noted, B} (both halves, as for {@code A, X said, B}) and {@code CONTENT, as Ames put it.}
         * The clause has a subject, a verb of saying with no object or clause of its own (a particle, {@code put it}
         * and a short tail of time, place or occasion allowed), and ends at a comma or the sentence's end. The last
         * word used, or -1.
         */
        private int asParenthetical(int j, int consumedTo, List<Candidate> out) {
            int n = words.size();
            int open = contentStart(0, j) == j ? -1 : j - 1; // the comma before a mid-sentence "as", or -1 at the start
            if (open >= 0 && !words.get(open).is(",")) return -1;
            int v = j + 1;
            while (v < n && v < j + 12 && (words.get(v).word() || words.get(v).is(",")) && !asReportingVerb(v)) v++;
            if (v >= n || v == j + 1 || !asReportingVerb(v) || words.get(v).capitalized()) return -1;
            int k = v + 1;
            if (k < n && words.get(k).word() && AS_PARTICLES.contains(words.get(k).lower())) k++;
            int tail = 0;
            while (k < n && words.get(k).word() && tail < 12) {
                String t = words.get(k).lower();
                if (!words.get(k).capitalized() && (FINITE.contains(t) || CLAUSE_STARTS.contains(t)) || tail == 0 && !OCCASION_PREPOSITIONS.contains(t)
                        && !TIME_WORDS.contains(t) && !t.equals("to") && !t.equals("during")) return -1;
                tail++;
                k++;
            }
            boolean sentenceEnds = k >= n || isEnd(k) && !words.get(k).quoteMark() || words.get(k).quoteMark() && k + 1 >= n;
            if (!sentenceEnds && !(k < n && words.get(k).is(","))) return -1;
            String cue = text.substring(words.get(v).start(), words.get(k - 1).end());
            Attribution a = subject(v, words.get(v).text(), 0.75);
            if (a != null) a = withCue(a, cue);
            int beforeFrom = -1, beforeTo = -1;
            if (open >= 0) {
                // The part before: from the clause's start, after the last comma outside quotation marks.
                int from = open;
                while (from > 0 && from - 1 > consumedTo && !(words.get(from - 1).is(",") && !insideQuote(words.get(from - 1).start()))
                        && !words.get(from - 1).is(";")) from--;
                from = contentStart(from, open);
                // "If, as Ames argued, …": an attribution inside a fronted clause, whose content has no clear end.
                if (from < open && open - from == 1 && (FRONTED.contains(words.get(from).lower())
                        || SUBJECT_OPENERS.contains(words.get(from).lower()))) return -1;
                if (from < open && from > consumedTo && !NOT_CONTENT_START.contains(words.get(from).lower())) {
                    beforeFrom = from;
                    beforeTo = open;
                }
            }
            if (sentenceEnds) {
                if (beforeFrom < 0 || !emit(beforeFrom, beforeTo, a, out)) return -1;
                return k - 1;
            }
            // "A, as Ames put it, "…"": quoted words after the clause are a direct quote with its attribution.
            int from = k + 1;
            while (from < n && !words.get(from).word() && !words.get(from).quoteMark()) from++;
            if (from >= n) return -1;
            int to = contentEnd(from);
            if (!emit(from, to, a, out)) return -1;
            if (beforeFrom >= 0) emitPart(beforeFrom, beforeTo, a, out);
            return to - 1;
        }

        /** Whether the word at {@code k} is the verb of an {@code as} attribution: {@code noted}, {@code put (it)}. */
        private boolean asReportingVerb(int k) {
            Word w = words.get(k);
            if (!w.word()) return false;
            String lower = w.lower();
            if (lower.equals("put") || lower.equals("puts")) return k + 1 < words.size() && words.get(k + 1).lower().equals("it");
            String base = ReportingVerbs.base(lower);
            return base != null && AS_VERBS.contains(base);
        }

        /** {@code According to X, CONTENT} or {@code CONTENT, according to X}; the last word used, or -1. */
        private int accordingTo(int j, List<Candidate> out) {
            int n = words.size();
            int sourceStart = j + 2;
            int sourceEnd = sourceStart;
            while (sourceEnd < n && !words.get(sourceEnd).is(",") && !isEnd(sourceEnd) && !words.get(sourceEnd).is("--")) sourceEnd++;
            if (sourceEnd == sourceStart) return -1;
            String source = text.substring(words.get(sourceStart).start(), words.get(sourceEnd - 1).end());
            Attribution a = speakers.speakerNamed(cast, source, "according to", words.get(sourceStart).start(), SIEVE + "-according-to", 0.8);
            int from, to;
            if (contentStart(0, j) >= j) {
                if (sourceEnd >= n || !words.get(sourceEnd).is(",")) return -1;
                from = sourceEnd + 1;
                to = contentEnd(from);
            } else {
                from = contentStart(0, j);
                to = j;
                while (to > from && !words.get(to - 1).word() && !words.get(to - 1).quoteMark()) to--;
            }
            if (from >= to || !emit(from, to, a, out)) return -1;
            return Math.max(sourceEnd, to - 1);
        }

        /**
         * Emits the content {@code [p, to)} for the subject of the word at {@code verb}, as the rules read it or else
         * as the speaker resolver does, with confidence 0.7 and the given cue; {@code false} when no row is kept (no
         * subject at all, or a content the emit rules refuse).
         */
        private boolean emitForSubjectOf(int verb, String cue, int p, int to, boolean oneName, List<Candidate> out) {
            subjectSeen = false;
            Attribution a = subject(verb, cue, 0.7);
            if (a == null) a = speakers.subjectOfVerb(cast, text.substring(sentence.start(), words.get(verb).end()),
                    words.get(verb).start(), SIEVE, 0.7);
            if (a == null && !subjectSeen) return false;
            if (a != null) a = withCue(a, cue);
            if (!oneName) return emit(p, to, a, out);
            emitPart(p, to, a, out);
            return true;
        }

        /**
         * {@code The driver allegedly ran a red light}, {@code Campaign Reportedly Scrambling For Votes}: a hearsay
         * adverb between a subject and its verb phrase passes on what unnamed others say. The annotation gives such
         * a report without a source in two parts, the subject and the verb phrase after the adverb. Not before a
         * verb of saying ({@code reportedly told}, which reports for itself) nor inside another report's content.
         * The last word used, or -1.
         */
        private int hearsay(int j, List<Candidate> out) {
            int n = words.size();
            int from = j + 1;
            if (j < 1 || from + 1 >= n || !words.get(from).word() || !words.get(j - 1).word()) return -1;
            Word first = words.get(from);
            String f = first.lower();
            if (first.capitalized() && !headline || NOT_CONTENT_START.contains(f) || DETERMINERS.contains(f)
                    || ReportingVerbs.base(first.text()) != null && !first.capitalized()) return -1;
            // The subject: the noun phrase right before the adverb ("is reportedly weighing": before its
            // auxiliary), back to a clause opener or the sentence's start.
            int s = j;
            while (s > 1 && words.get(s - 1).word() && (BE.contains(words.get(s - 1).lower()) || FINITE.contains(words.get(s - 1).lower()))
                    && !words.get(s - 1).is("that") && !words.get(s - 1).is("not")) s--;
            int k = s;
            while (k > 0 && s - k < 8) {
                Word t = words.get(k - 1);
                if (!t.word()) break;
                String lower = t.lower();
                if (!t.capitalized() && (SUBJECT_OPENERS.contains(lower) || CLAUSE_STARTS.contains(lower) || FINITE.contains(lower)
                        || ReportingVerbs.base(lower) != null)) break;
                if (t.capitalized() && k - 1 == 0 && (FRONTED.contains(lower) || OPENING_CONJUNCTIONS.contains(lower))) break;
                k--;
            }
            if (k == s || s - k >= 8) return -1;
            int to = contentEnd(from);
            if (to - from < 2) return -1;
            emitPart(k, s, null, out);
            emitPart(from, to, null, out);
            return to - 1;
        }

        /**
         * {@code The host pressed him on the budget}, {@code When pressed about why …}, {@code pressed by the host
         * on …}, {@code Officials weighed in Friday about whether …}: a verb of putting a question or a view to
         * someone ({@link ReportingVerbs#topicVerb}) names what was asked or said after {@code on}, {@code about} or
         * {@code over}, past a hearer, an agent after {@code by} or, for {@code weigh}, the particle {@code in}
         * and a time. The source is the subject, the agent of a passive, or no one in a reduced clause ({@code when
         * pressed on}). The last word used, or -1.
         */
        private int topicAfterPreposition(int j, List<Candidate> out) {
            int n = words.size();
            if (j < 1) return -1;
            String base = ReportingVerbs.topicVerb(words.get(j).lower());
            int p = j + 1;
            int agentFrom = -1, agentTo = -1;
            if ("weigh".equals(base)) {
                // "weighed in on": without "in" the verb is a burden ("worries weighed on markets").
                if (p >= n || !words.get(p).is("in")) return -1;
                p++;
                while (p < n && words.get(p).word() && (TIME_WORDS.contains(words.get(p).lower())
                        || words.get(p).lower().endsWith("ly") && words.get(p).lower().length() > 4
                        || words.get(p).is("on") && p + 1 < n && TIME_WORDS.contains(words.get(p + 1).lower()))) p++;
                if (p < n && words.get(p).is("with")) p++; // "weighed in with an explanation": what was offered
                else if (p < n && words.get(p).word() && TOPIC_PREPOSITIONS.contains(words.get(p).lower())) p++;
                else return -1;
            } else {
                // The hearer ("him", "the host", "Ames") or the agent of a passive ("pressed by the host").
                if (p < n && words.get(p).is("by")) {
                    agentFrom = p + 1;
                    p = agentFrom;
                    while (p < n && p < agentFrom + 4 && words.get(p).word() && !TOPIC_PREPOSITIONS.contains(words.get(p).lower())) p++;
                    agentTo = p;
                    if (agentTo == agentFrom) return -1;
                } else if (p < n && HEARER_PRONOUNS.contains(words.get(p).lower()) || p < n && words.get(p).is("her")) {
                    p++;
                } else {
                    int h = p;
                    while (h < n && h < p + 4 && words.get(h).word() && (words.get(h).capitalized() || h == p && ARTICLES.contains(words.get(h).lower())
                            || h > p && ARTICLES.contains(words.get(h - 1).lower()) && !TOPIC_PREPOSITIONS.contains(words.get(h).lower()))) h++;
                    p = h;
                }
                p = skipAdverbials(p);
                if (p >= n || !words.get(p).word() || !TOPIC_PREPOSITIONS.contains(words.get(p).lower())) return -1;
                p++;
            }
            if (p >= n || !words.get(p).word() && !words.get(p).quoteMark()) return -1;
            String f = words.get(p).lower();
            // "pressed on with the plan", "pressed ahead": pressing on is going on, not asking.
            if (NOT_CONTENT_START.contains(f) || FINITE.contains(f) && !f.equals("that")) return -1;
            int to = contentEnd(p);
            if (!CLAUSE_STARTS.contains(f) && nounPhraseOpens(p, to)) to = nounPhraseEnd(p, to);
            Word before = words.get(j - 1);
            // "When pressed on why …, the minister changed the subject", "before officials had weighed in with X,
            // Ames said …": a fronted clause ends at its comma, where the sentence's own subject begins.
            if (inFrontedClause(j))
                for (int k = p + 1; k < to; k++) if (words.get(k).is(",")) { to = k; break; }
            boolean oneName = to - p == 1 && words.get(p).capitalized();
            if (to - p < 2 && !oneName) return -1;
            String cue = text.substring(words.get(j).start(), words.get(p - 1).end());
            if (agentFrom >= 0 || before.word() && FRONTED.contains(before.lower()) || before.is(",")) {
                // A passive or a reduced clause ("When pressed on …"): the agent, when there is one, is the source.
                Attribution a = agentFrom < 0 ? null : speakers.speakerNamed(cast, text.substring(words.get(agentFrom).start(),
                        words.get(agentTo - 1).end()), cue, words.get(agentFrom).start(), SIEVE, 0.7);
                if (a == null && agentFrom >= 0) a = described(agentFrom, agentTo, cue);
                if (agentFrom < 0 && !(before.word() && FRONTED.contains(before.lower()))) return -1;
                if (oneName) emitPart(p, to, a, out);
                else if (!emit(p, to, a, out)) return -1;
                return to - 1;
            }
            if (!emitForSubjectOf(j, cue, p, to, oneName, out)) return -1;
            return to - 1;
        }

        /**
         * Whether the word at {@code j} is in a clause fronted before the sentence's subject: the words since the
         * sentence's start or the last comma open with a subordinator ({@code When}, {@code before}, {@code if}),
         * after an optional conjunction ({@code but before …}).
         */
        private boolean inFrontedClause(int j) {
            int k = j - 1;
            while (k >= 0 && !words.get(k).is(",")) k--;
            k++;
            while (k < j && words.get(k).word() && OPENING_CONJUNCTIONS.contains(words.get(k).lower())) k++;
            if (k >= j || !words.get(k).word()) return false;
            String w = words.get(k).lower();
            return FRONTED.contains(w) && !w.equals("and") && !w.equals("but") && !w.equals("like") && !w.equals("unlike");
        }

        /** Adds a part of an interrupted content, which may be a single word ({@code The plan, Ames said, …}). */
        private void emitPart(int from, int to, @Nullable Attribution a, List<Candidate> out) {
            if (to - from == 1 && words.get(from).word()) {
                int start = words.get(from).start();
                int end = words.get(from).end();
                if (!insideQuote(start)) out.add(Candidate.found(start, end, start, end, QuoteType.INDIRECT, true, false).withAttribution(a));
                return;
            }
            emit(from, to, a, out);
        }

        /**
         * Whether the content opening at {@code from} opens with {@code because} ({@code I write this because …},
         * {@code it failed because of the lobby}): the reporter's or the writer's reason for the verb before it,
         * whose object, if any, came first; what someone said does not open so.
         */
        private boolean opensWithAReason(int from) {
            return words.get(from).word() && words.get(from).lower().equals("because");
        }

        /** Adds the content {@code words[from, to)} as an indirect quotation, unless it is a quotation in marks. */
        private boolean emit(int from, int to, @Nullable Attribution a, List<Candidate> out) {
            if (to - from < 2 || opensWithAReason(from)) return false;
            int start = words.get(from).start();
            int end = words.get(to - 1).end();
            // Content in marks is the quote stage's; content with quoted words inside is reported speech (mixed).
            if (insideQuote(start) && insideQuote(end - 1)) return false;
            // "“…,” Ames, a senator, said": a quotation whose last words end in a comma (or ? !) inside the closing
            // mark is a direct quote with its attribution after it, the quote stage's row, not reported speech.
            int opened = words.get(from).quoteMark() ? closingMarkAfter(words.get(from).end()) : closingMarkAfter(start);
            if (opened > 0 && opened < end) {
                int last = opened - 1; // the closing mark's index is just before its end; '' is two characters
                while (last > start && "\"“”‘’'".indexOf(text.charAt(last)) >= 0) last--;
                if (",?!".indexOf(text.charAt(last)) >= 0) return false;
            }
            if (words.get(from).quoteMark()) {
                // Content opening with quoted words is mixed when the reporter's words go on after the closing mark.
                int close = closingMarkAfter(words.get(from).end());
                if (close < 0 || !hasWordsBetween(close, end)) return false;
            }
            out.add(Candidate.found(start, end, start, end, QuoteType.INDIRECT, true, false).withAttribution(a));
            return true;
        }
    }
}
