package org.quotable.extractor.reported;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The verbs of English news that report what someone said, wrote, thought or found, with every inflected form, and
 * what each takes after it. Built once; immutable and thread-safe.
 */
final class ReportingVerbs {
    private ReportingVerbs() {}

    /** What a reporting verb takes: a clause ({@code said that}), a hearer and a clause, or an object. */
    enum Frame {
        /** {@code said (that) …}, {@code asked whether …}. */
        CLAUSE,
        /** {@code told reporters (that) …}, {@code reminded voters …}: a hearer comes first. */
        HEARER,
        /** {@code pledged to …}, {@code called for …}: an infinitive or an object as well as a clause. */
        INFINITIVE,
        /** {@code criticized …}, {@code called for …}: what was said is named by the object. */
        OBJECT
    }

    /**
     * A short verb ending in one vowel and one consonant, whose final consonant doubles before {@code -ed} and
     * {@code -ing} ({@code dub, dubbed}; {@code slam, slammed}). Declared before the tables below, which need it
     * while the class initializes.
     */
    private static final Pattern SHORT_CLOSED_SYLLABLE = Pattern.compile(".*[^aeiou][aeiou][bdgmnpt]");

    private static final String[] CLAUSE = {"say", "note", "add", "argue", "claim", "insist", "announce", "suggest",
        "acknowledge", "admit", "agree", "allege", "assert", "believe", "concede", "conclude", "confirm", "contend",
        "declare", "deny", "emphasize", "emphasise", "explain", "estimate", "predict", "report", "reveal", "stress",
        "testify", "tweet", "indicate", "maintain", "mention", "observe", "recall", "reply", "respond", "state",
        "fear", "worry", "complain", "charge", "boast", "signal", "hint", "speculate", "ask", "wonder", "question",
        "reiterate", "repeat", "caution", "posit", "recommend", "propose", "decide", "realize", "realise", "doubt",
        "imply", "counter", "retort", "guess", "suspect", "affirm", "disclose", "highlight", "underscore", "lament",
        "joke", "quip", "brag", "clarify", "confess", "opine", "theorize", "surmise", "calculate", "determine", "reckon",
        "acknowledge", "assume", "conclude", "complain", "demand", "insinuate", "project", "forecast", "point",
        "suppose", "contend", "stipulate", "specify", "recount", "muse", "comment", "remark", "exclaim", "concur",
        "allow", "emphasize", "observe", "presume", "anticipate", "acknowledge", "insist", "talk", "rail", "rant",
        "inquire", "care", "hear",
        // "disagreed with the mayor", "disagrees that …": the negative of "agree" reports the same way
        "disagree"};
    private static final String[] HEARER = {"tell", "remind", "assure", "inform", "warn", "notify", "convince",
        "advise", "reassure", "persuade", "promise"};
    private static final String[] INFINITIVE = {"pledge", "vow", "promise", "threaten", "hope", "expect", "plan",
        "vote", "offer", "refuse", "decline", "urge", "intend", "aim", "seek", "want"};
    private static final String[] OBJECT = {"criticize", "criticise", "attack", "praise", "blast", "condemn", "reject",
        "endorse", "support", "oppose", "cite", "describe", "propose", "discuss", "dismiss", "slam", "applaud",
        "welcome", "defend", "denounce", "decry", "tout", "mention", "highlight", "question", "dispute", "echo",
        "recommend", "accuse", "blame", "challenge",
        // verbs that say what someone made of something ("mocked the plan", "likened the plan to …")
        "mock", "ridicule", "deride", "liken", "compare", "dub", "label", "brand", "hail", "encourage",
        // verbs of a view held ("viewed the deal as a trap"), which report only with "as" (see ReportedSpeechFinder)
        "view", "regard", "express", "laud",
        // verbs of judging someone or something aloud (Levin's judgement verbs): "chastised the board for …"
        "chastise", "rebuke", "scold", "fault", "castigate", "lambaste", "excoriate", "assail", "berate", "commend",
        "congratulate", "compliment", "grill", "thank", "resent", "admire", "ignore", "apologize", "apologise",
        // verbs of portraying ("characterized the deal as a win", "portrayed her as weak")
        "characterize", "characterise", "portray", "depict",
        // verbs of looking into or setting out something ("examined the claims", "articulated a vision")
        "examine", "explore", "chronicle", "articulate", "recognize", "recognise", "embrace", "unleash", "retweet",
        // verbs of making a plan or a position known: "unveiled a tax plan", "outlined his agenda"
        "champion", "advocate", "promote", "unveil", "outline", "invoke", "downplay", "proclaim", "bemoan",
        // verbs of a decision of a body or an officer, which news reports as its position ("imposed sanctions",
        // "appointed a judge", "vetoed the bill"), and of asserting a connection ("linked the breach to …")
        "impose", "appoint", "nominate", "veto", "approve", "link"};
    /**
     * Object verbs given by their past and participle forms only, because their bare and -s forms are more often
     * other words ({@code back}, {@code rules}, {@code rates}, {@code details}).
     */
    private static final String[] OBJECT_FORMS = {"backed:back", "backing:back", "ruled:rule", "rated:rate",
        "documented:document", "referenced:reference",
        // decisions whose bare and -s forms are mostly nouns ("blocks", "lifts", "issues")
        "blocked:block", "lifted:lift", "issued:issue"};
    private static final String[] IRREGULAR = {"said:say", "says:say", "saying:say", "told:tell", "tells:tell",
        "telling:tell", "wrote:write", "writes:write", "writing:write", "written:write", "write:write",
        "thought:think", "thinks:think", "thinking:think", "think:think", "knew:know", "knows:know", "know:know",
        "known:know", "found:find", "finds:find", "find:find", "finding:find", "felt:feel", "feels:feel", "feel:feel",
        "swore:swear", "swears:swear", "sworn:swear", "swear:swear", "showed:show", "shows:show", "shown:show",
        "show:show", "showing:show", "spoke:speak", "speaks:speak", "speak:speak", "speaking:speak", "spoken:speak", "understood:understand", "understands:understand", "understand:understand",
        "learned:learn", "learnt:learn", "learn:learn", "learns:learn", "foresaw:foresee", "foresees:foresee",
        "saw:see", "sees:see", "see:see"};

    private static final Map<String, String> BASE = new HashMap<>();
    private static final Map<String, Frame> FRAME = new HashMap<>();

    static {
        for (String v : CLAUSE) add(v, Frame.CLAUSE);
        for (String v : INFINITIVE) add(v, Frame.INFINITIVE);
        for (String v : HEARER) add(v, Frame.HEARER);
        for (String v : OBJECT) if (!FRAME.containsKey(v)) add(v, Frame.OBJECT);
        for (String v : new String[] {"call"}) add(v, Frame.OBJECT);
        for (String pair : OBJECT_FORMS) {
            String[] p = pair.split(":");
            BASE.put(p[0], p[1]);
            FRAME.putIfAbsent(p[1], Frame.OBJECT);
        }
        for (String pair : IRREGULAR) {
            String[] p = pair.split(":");
            BASE.put(p[0], p[1]);
        }
        FRAME.put("tell", Frame.HEARER);
        FRAME.put("see", Frame.OBJECT);
        for (String v : Set.of("say", "write", "think", "know", "find", "feel", "swear", "show", "understand", "learn", "foresee"))
            FRAME.putIfAbsent(v, Frame.CLAUSE);
    }

    private static void add(String base, Frame frame) {
        FRAME.put(base, frame);
        for (String form : forms(base)) BASE.putIfAbsent(form, base);
    }

    private static Set<String> forms(String v) {
        var forms = new HashSet<String>();
        forms.add(v);
        boolean sibilant = v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") || v.endsWith("z");
        boolean consonantY = v.endsWith("y") && !v.endsWith("ay") && !v.endsWith("ey") && !v.endsWith("oy");
        forms.add(sibilant ? v + "es" : consonantY ? v.substring(0, v.length() - 1) + "ies" : v + "s");
        if (v.endsWith("e")) {
            forms.add(v + "d");
            forms.add(v.substring(0, v.length() - 1) + "ing");
        } else if (consonantY) {
            forms.add(v.substring(0, v.length() - 1) + "ied");
            forms.add(v + "ing");
        } else if (SHORT_CLOSED_SYLLABLE.matcher(v).matches() && !v.endsWith("it") && v.length() <= 4) {
            String doubled = v + v.charAt(v.length() - 1);
            forms.add(doubled + "ed");
            forms.add(doubled + "ing");
        } else {
            forms.add(v + "ed");
            forms.add(v + "ing");
        }
        if (v.equals("admit") || v.equals("quip") || v.equals("regret")) {
            forms.add(v + v.charAt(v.length() - 1) + "ed");
            forms.add(v + v.charAt(v.length() - 1) + "ing");
        }
        return forms;
    }

    /** The base form of a reporting verb ({@code "argued"} → {@code "argue"}), or null when the word is not one. */
    static @Nullable String base(String word) {
        return BASE.get(word.toLowerCase(Locale.ROOT));
    }

    /** What the reporting verb {@code base} takes after it. */
    static Frame frame(String base) {
        return FRAME.getOrDefault(base, Frame.CLAUSE);
    }

    /**
     * Verbs that report with a clause and also with a plain noun-phrase object naming what was said or made known
     * ({@code announced his resignation}, {@code denied the allegations}, {@code proposed a tax cut}); the verbs of
     * saying proper ({@code said}) and of feeling ({@code feared}) take no such object.
     */
    private static final Set<String> CLAUSE_OR_OBJECT = Set.of("announce", "acknowledge", "admit", "allege", "confirm",
            "deny", "declare", "emphasize", "emphasise", "explain", "estimate", "predict", "report", "reveal", "stress",
            "mention", "recall", "signal", "reiterate", "repeat", "recommend", "propose", "highlight", "underscore",
            "lament", "clarify", "confess", "forecast", "project", "specify", "recount", "demand", "disclose", "suggest",
            "concede", "detail", "question", "dispute",
            // verbs of an undertaking, which take an infinitive or what is undertaken ("promised a veto")
            "pledge", "vow", "threaten", "urge");

    /** Whether the clause or infinitive verb {@code base} may also take what was said as a noun-phrase object. */
    static boolean takesObject(String base) {
        return CLAUSE_OR_OBJECT.contains(base);
    }

    /**
     * Verbs of putting a question or a view to someone, which name their topic after a preposition rather than as an
     * object: {@code pressed him on X}, {@code quizzed the board about X}, {@code weighed in on X}. None of them
     * reports on its own ({@code the press}, {@code pressed ahead}, {@code weighed on markets}), so they are kept
     * apart from the tables above, which every reporting-verb rule reads.
     */
    private static final Set<String> TOPIC_VERBS = Set.of("press", "quiz", "weigh");
    private static final Map<String, String> TOPIC_FORMS = new HashMap<>();

    static {
        for (String v : TOPIC_VERBS) for (String form : forms(v)) TOPIC_FORMS.put(form, v);
        TOPIC_FORMS.put("quizzed", "quiz");
        TOPIC_FORMS.put("quizzing", "quiz");
        TOPIC_FORMS.put("quizzes", "quiz");
    }

    /** The base of a verb that names its topic after a preposition ({@code "pressed"} → {@code "press"}), or null. */
    static @Nullable String topicVerb(String word) {
        return TOPIC_FORMS.get(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Hearsay adverbs: the reporter passes on what others say without naming them ({@code he allegedly took a van},
     * {@code the campaign is reportedly worried}).
     */
    private static final Set<String> HEARSAY = Set.of("allegedly", "reportedly", "supposedly", "purportedly");

    /** Whether the word is a hearsay adverb ({@code allegedly}, {@code reportedly}). */
    static boolean hearsay(String word) {
        return HEARSAY.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the form is a present participle ({@code saying}), which reports for the clause's subject. */
    static boolean participle(String word) {
        return word.endsWith("ing");
    }
}
