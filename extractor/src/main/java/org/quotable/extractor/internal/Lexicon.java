package org.quotable.extractor.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The word lists behind the attribution rules: reporting verbs, honorifics, titles, organisation and place words.
 * They describe English news writing in general, not any particular article or outlet. Immutable.
 */
public final class Lexicon {
    private Lexicon() {}

    // Case-insensitive sets: the rules ask them about words as written ("Minister", "SAID"), per word of every
    // article, and a lower-cased copy per question cost about a tenth of the extraction's CPU.
    private static WordSet set(String... words) {
        return WordSet.of(words); // duplicates allowed: the lists overlap on purpose
    }

    private static final String[] REGULAR_VERBS = {
        "acknowledge", "add", "admit", "advise", "affirm", "agree", "allege", "announce", "answer", "argue", "ask",
        "assert", "boast", "caution", "charge", "claim", "comment", "complain", "concede", "conclude", "confirm",
        "contend", "continue", "counter", "declare", "demand", "deny", "describe", "emphasize", "emphasise", "explain",
        "exclaim", "insist", "joke", "lament", "maintain", "mention", "mock", "muse", "note", "object", "observe",
        "plead", "pledge", "point", "post", "praise", "predict", "proclaim", "promise", "protest", "question",
        "quip", "recall", "recount", "reflect", "remark", "reiterate", "remind", "repeat", "reply", "respond",
        "retort", "reveal", "say", "scoff", "shout", "sigh", "snap", "state", "stress", "suggest", "testify",
        "thank", "tweet", "underline", "underscore", "urge", "vow", "warn", "wonder", "write", "yell", "accuse",
        "call", "criticize", "criticise", "condemn", "welcome", "dismiss", "blast", "slam", "attack", "mark",
        "describe", "characterize", "label", "express", "hail", "applaud", "predict", "estimate", "conclude",
        "caution", "assure", "reassure", "recommend", "report", "quote", "cite", "interject", "chime", "begin", "liken", "compare", "chant", "tell", "sing", "scream", "whisper", "mutter",
        // views stated as someone's ("sees it as its "Achilles heel"", "weighed in"), and exclamations
        "weigh", "view", "consider", "deem", "brand", "laugh", "cry", "exult", "gush", "rave",
    };

    private static final WordSet IRREGULAR_FORMS = set("said", "says", "saying", "told", "tells", "telling",
            "tell", "wrote", "writes", "writing", "written", "spoke", "speaks", "speaking", "put", "puts", "went",
            "goes", "thought", "thinks", "began", "begins", "chimed", "sees", "saw", "regards", "regarded");

    private static final WordSet REPORTING_VERBS = buildVerbs();

    private static WordSet buildVerbs() {
        var forms = new HashSet<>(IRREGULAR_FORMS.words());
        for (String v : REGULAR_VERBS) {
            forms.add(v);
            forms.add(v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") ? v + "es" : v.endsWith("y") && !v.endsWith("ay") ? v.substring(0, v.length() - 1) + "ies" : v + "s");
            if (v.endsWith("e")) {
                forms.add(v + "d");
                forms.add(v.substring(0, v.length() - 1) + "ing");
            } else if (v.endsWith("y") && !v.endsWith("ay") && !v.endsWith("ey")) {
                forms.add(v.substring(0, v.length() - 1) + "ied");
                forms.add(v + "ing");
            } else {
                forms.add(v + "ed");
                forms.add(v + "ing");
                if (v.matches(".*[^aeiou][aeiou][pt]") && !v.endsWith("ept")) {
                    char last = v.charAt(v.length() - 1);
                    forms.add(v + last + "ed");
                    forms.add(v + last + "ing");
                }
            }
        }
        forms.remove("post");
        forms.remove("begin");
        forms.remove("mark");
        forms.remove("marked");
        forms.remove("marks");
        forms.remove("point");
        forms.remove("points");
        forms.remove("continue");
        forms.remove("question");
        forms.remove("report");
        forms.remove("quote");
        forms.remove("state");
        forms.remove("states");
        forms.remove("object");
        forms.remove("objects");
        forms.remove("put");
        forms.remove("puts");
        forms.remove("attack");
        forms.remove("attacks");
        forms.remove("mock");
        forms.remove("label");
        forms.remove("labels");
        forms.remove("went");
        forms.remove("goes");
        return WordSet.copyOf(forms);
    }

    /** Whether a word, in any case, is a form of a reporting verb ("said", "warned", "insisting"). */
    public static boolean isReportingVerb(CharSequence word) {
        return REPORTING_VERBS.contains(word);
    }

    /** Whether {@code text.subSequence(start, end)}, in any case, is a form of a reporting verb. */
    public static boolean isReportingVerb(CharSequence text, int start, int end) {
        return REPORTING_VERBS.contains(text, start, end);
    }

    /** A regular expression alternation of all reporting verb forms, longest first. */
    public static String reportingVerbPattern() {
        return String.join("|", REPORTING_VERBS.words().stream().sorted((a, b) -> b.length() - a.length()).toList());
    }

    private static final WordSet HONORIFICS = set("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame",
            "lord", "lady", "rev", "fr", "mx", "messrs");

    /** Whether a word (with or without its dot) is an honorific such as "Mr." or "Dr". */
    public static boolean isHonorific(String word) {
        return HONORIFICS.containsWithoutDot(word);
    }

    private static final WordSet TITLES = set("president", "chancellor", "secretary", "general", "minister",
            "prime", "premier", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "gov",
            "governor", "mayor", "judge", "justice", "king", "queen", "prince", "princess", "pope", "chief", "director",
            "speaker", "leader", "ambassador", "commissioner", "attorney", "vice", "deputy", "foreign", "defense",
            "defence", "state", "interior", "finance", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman",
            "spokesperson", "envoy", "aide", "adviser", "advisor", "officer", "head", "candidate", "nominee", "gen",
            "lt", "col", "sgt", "capt", "captain", "colonel", "lieutenant", "sergeant", "admiral", "adm", "commander",
            "former", "acting", "presidential", "democratic", "republican", "sheriff", "detective", "officer",
            "professor", "coach", "ceo", "executive", "founder", "manager", "economist", "analyst", "host",
            "anchor", "moderator", "chancellor-elect", "president-elect", "first", "lady", "supreme", "leader",
            "majority", "minority", "house", "senate", "whip", "emperor", "cardinal", "archbishop", "bishop",
            "sheikh", "ayatollah", "crown", "sultan", "emir", "marshal", "agent", "inspector", "superintendent",
            "councilman", "councilwoman", "councillor", "councilor", "alderman", "alderwoman", "opposition", "shadow",
            "assemblyman", "assemblywoman", "delegate", "lawmaker", "official",
            "diplomat", "negotiator", "mp", "mep", "dean", "provost", "rabbi", "imam", "pastor", "reverend",
            "father", "sister", "brother", "auditor", "comptroller", "treasurer", "solicitor", "magistrate",
            "commissioner", "surgeon", "nato", "un", "eu", "u.s.", "us", "white", "press", "affairs", "policy",
            "security", "national", "intelligence", "military", "trade", "health", "energy", "education", "labor",
            "labour", "justice", "homeland", "economy", "economic", "communications", "campaign", "senior",
            "special", "top", "chief", "spokesperson", "adviser", "counsel", "counselor",
            // government portfolios, which stand before a title word: "Transport Minister", "Home Secretary"
            "transport", "transportation", "environment", "agriculture", "culture", "industry", "housing",
            "immigration", "treasury", "development", "technology", "science", "tourism", "sport", "sports",
            "welfare", "employment", "infrastructure", "digital", "climate", "commerce", "fisheries", "veterans",
            "equality", "home");

    /** Whether a word can be part of a title before a name ("President", "Secretary", "foreign", "aide"). */
    public static boolean isTitleWord(String word) {
        return TITLES.containsWithoutDot(word) || isNationality(word);
    }

    private static final WordSet ROLE_NOUNS = set("president", "chancellor", "secretary", "minister", "premier",
            "senator", "representative", "congressman", "congresswoman", "governor", "mayor", "judge", "justice",
            "king", "queen", "prince", "princess", "pope", "chief", "director", "speaker", "leader", "ambassador",
            "commissioner", "attorney", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson",
            "envoy", "aide", "adviser", "advisor", "officer", "head", "candidate", "nominee", "general", "captain",
            "colonel", "lieutenant", "sergeant", "admiral", "commander", "sheriff", "detective", "professor", "coach",
            "ceo", "executive", "founder", "manager", "economist", "analyst", "host", "anchor", "moderator",
            "member", "fellow", "strategist", "official", "diplomat", "negotiator", "lawmaker", "lawyer", "expert",
            "researcher", "scientist", "author", "editor", "reporter", "correspondent", "columnist", "owner",
            "partner", "president-elect", "chancellor-elect", "emperor", "dean", "rabbi", "imam", "pastor", "bishop",
            "cardinal", "archbishop", "activist", "organizer", "organiser", "consultant", "pollster", "operative",
            "surrogate", "veteran", "worker", "employee", "student", "teacher", "resident", "voter", "supporter",
            "critic", "ally", "friend", "mother", "father", "son", "daughter", "wife", "husband", "sister",
            "brother", "son-in-law", "daughter-in-law", "widow", "founder", "co-founder", "delegate", "whip",
            "councillor", "councilor", "councilman", "councilwoman", "alderman", "alderwoman",
            "treasurer", "auditor", "counsel", "counselor", "historian", "professor", "physician", "doctor",
            "nurse", "agent", "inspector", "superintendent", "marshal", "mp", "mep", "minister", "prosecutor",
            "defender", "sponsor", "staffer", "adviser", "advocate", "specialist", "principal", "provost",
            "commentator", "vice", "deputy", "secretary-general", "administrator", "governor-elect", "head",
            "boss", "manager", "mogul", "billionaire", "businessman", "businesswoman", "entrepreneur", "nominee",
            "contender", "challenger", "incumbent", "opponent", "rival", "mate", "politician", "legislator",
            "councilman", "councilwoman", "assemblyman", "assemblywoman", "sen.", "rep.", "gov.", "secretary",
            "intern", "volunteer", "narrator", "announcer", "protesters", "demonstrators", "crowd", "audience",
            "supporters", "residents", "voters", "witnesses", "neighbors", "neighbours", "officers", "chairperson", "president.", "physicist", "economist", "sociologist", "psychologist");

    // Occupations that news writing puts before or after a name ("singer Ann Lund", "Ann Lund, a filmmaker,").
    private static final WordSet OCCUPATIONS = set("actor", "actress", "singer", "songwriter", "musician",
            "rapper", "drummer", "guitarist", "bassist", "pianist", "composer", "producer", "filmmaker", "writer",
            "novelist", "poet", "artist", "painter", "photographer", "designer", "architect", "engineer", "star",
            "comedian", "dancer", "model", "chef", "player", "quarterback", "striker", "midfielder", "defender",
            "goalkeeper", "pitcher", "catcher", "forward", "guard", "center", "receiver", "linebacker", "tackle",
            "athlete", "runner", "swimmer", "boxer", "fighter", "wrestler", "golfer", "jockey", "driver", "rider",
            "investor", "banker", "trader", "broker", "accountant", "scholar", "geologist", "biologist", "chemist",
            "astronomer", "astronaut", "pilot", "vp", "svp", "evp", "cfo", "coo", "cto", "cmo", "cio", "co-ceo",
            "judge", "juror", "attorney", "barrister", "clerk", "spokesman", "spokeswoman", "publicist", "agent",
            "manager", "trainer", "therapist", "psychiatrist", "dentist", "pharmacist", "paramedic", "firefighter",
            "soldier", "sailor", "marine", "officer", "trooper", "constable", "chief", "captain", "skipper",
            "lecturer", "tutor", "instructor", "headteacher", "principal", "farmer", "owner", "landlord", "tenant",
            "shopkeeper", "mechanic", "technician", "programmer", "developer", "analyst", "strategist", "planner",
            "curator", "librarian", "archivist", "translator", "interpreter", "journalist", "presenter", "broadcaster",
            "blogger", "influencer", "youtuber", "streamer", "creator", "inventor", "innovator", "pioneer", "judge",
            "referee", "umpire", "commentator", "pundit", "candidate", "hopeful", "winner", "champion", "medalist",
            "laureate", "fellow", "postdoc", "graduate", "alumnus", "alumna", "chairperson", "president", "physician",
            "epidemiologist", "virologist", "economist", "director", "co-director", "co-writer", "co-author",
            "co-chair", "co-host", "host", "partner", "associate", "head", "lead", "member", "deputy");

    /**
     * Whether a lower-case word names an occupation: the list above, or a noun of the kinds English forms for
     * practitioners ("-ologist", "-ist", "-ician").
     */
    public static boolean isOccupation(String word) {
        if (OCCUPATIONS.contains(word)) return true;
        if (word.length() <= 6 && isAscii(word)) return false;
        String w = word.toLowerCase(Locale.ROOT);   // returns the word itself when it is lower-case already
        return w.length() > 6 && (w.endsWith("ologist") || w.endsWith("ician") || w.endsWith("ist") && !NOT_OCCUPATIONS.contains(w));
    }

    private static final WordSet NOT_OCCUPATIONS = set("exist", "insist", "persist", "resist", "assist",
            "consist", "desist", "twist", "against", "amidst", "playlist", "checklist", "shortlist", "wishlist");

    /** Whether a lower-case word is a noun naming a person's role ("chancellor", "aide", "spokeswoman"). */
    public static boolean isRoleNoun(String word) {
        return ROLE_NOUNS.contains(word);
    }

    private static final WordSet ORGANIZATION_WORDS = set("productions", "records", "studios", "entertainment",
            "media", "inc", "inc.", "llc", "ltd", "ltd.", "corp", "corp.", "plc", "co.", "pictures", "publishing",
            "party", "committee", "ministry", "department",
            "commission", "council", "kremlin", "house", "office", "agency", "administration", "government",
            "campaign", "institute", "university", "college", "school", "association", "union", "bank", "inc", "corp",
            "corporation", "company", "co", "ltd", "group", "foundation", "center", "centre", "times", "post", "news",
            "journal", "press", "network", "reuters", "bureau", "board", "court", "congress", "senate", "parliament",
            "pentagon", "army", "navy", "police", "fbi", "cia", "nato", "un", "eu", "service", "organization",
            "organisation", "authority", "federation", "league", "alliance", "coalition", "fund", "trust", "society",
            "cnn", "bbc", "fox", "nbc", "abc", "cbs", "msnbc", "ap", "afp", "tass", "interfax", "xinhua", "politico",
            "magazine", "tribune", "herald", "gazette", "daily", "telegraph", "guardian", "observer", "network",
            "clinic", "hospital", "club", "firm", "industries", "holdings", "systems", "technologies", "labs",
            "ministries", "forces", "command", "republicans", "democrats", "gop", "assembly", "cabinet",
            "secretariat", "embassy", "consulate", "mission", "delegation", "team", "staff", "spokesperson",
            "statement", "tribunal", "commission", "directorate", "caucus", "state", "states", "nations", "kingdom",
            "republic", "kyiv", "moscow", "washington", "beijing", "london", "paris", "berlin", "brussels", "tehran",
            "jerusalem", "ankara", "tokyo", "seoul", "pyongyang", "damascus", "baghdad", "kabul", "delhi", "islamabad",
            "ottawa", "canberra", "warsaw", "rome", "madrid", "minsk", "budapest", "vienna", "geneva", "riyadh",
            "russia", "ukraine", "china", "iran", "israel", "america", "britain", "france", "germany", "japan",
            "india", "pakistan", "turkey", "syria", "iraq", "poland", "canada", "mexico", "europe", "korea",
            "hamas", "hezbollah", "taliban", "isis", "opec", "who", "imf", "wto", "sec", "fda", "epa", "nasa",
            "facebook", "twitter", "google", "apple", "microsoft", "amazon", "youtube", "instagram", "tiktok");

    /** Whether a word marks a name as an organisation, a government or a place ("Kremlin", "Party", "Moscow"). */
    public static boolean isOrganizationWord(String word) {
        return ORGANIZATION_WORDS.containsWithoutDot(word);
    }

    private static final WordSet PERSON_PRONOUNS = set("he", "she", "i", "we", "they", "you");

    /** Whether a word is a pronoun that can report speech ("he", "she", "they", "we", "I"). */
    public static boolean isPronoun(String word) {
        return PERSON_PRONOUNS.contains(word);
    }

    private static final WordSet NOT_NAMES = set("the", "a", "an", "but", "and", "or", "so", "yet", "in", "on",
            "at", "for", "of", "to", "with", "by", "from", "as", "after", "before", "when", "while", "if", "that",
            "this", "these", "those", "there", "then", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
            "their", "our", "my", "your", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "meanwhile", "however", "still", "also", "now", "today", "yesterday", "according",
            "despite", "although", "though", "because", "since", "until", "under", "over", "asked", "speaking",
            "regarding", "why", "what", "who", "how", "where", "yes", "no", "not", "oh", "well", "indeed", "earlier",
            "later", "last", "next", "both", "all", "some", "many", "most", "several", "one", "two", "three", "during",
            "without", "instead", "here", "just", "even", "only", "like", "about", "among", "through", "against",
            "do", "does", "did", "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
            "should", "may", "might", "must", "we're", "i'm", "it's", "that's", "there's", "let", "let's", "mr", "mrs",
            "ms", "dr", "sources", "officials", "such", "each", "every", "other", "another", "any", "more", "less",
            "than", "again", "already", "never", "always", "sometimes", "often", "once", "twice", "first", "second");

    /** Whether a capitalised word is a function word or a date word rather than part of a name. */
    public static boolean isNotName(String word) {
        if (word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.') return false; // an initial
        return NOT_NAMES.containsWithoutDot(word) || isReportingVerb(word);
    }

    private static final WordSet NATIONALITIES = set("afghan", "african", "albanian", "algerian", "american",
            "argentine", "argentinian", "armenian", "asian", "australian", "austrian", "azerbaijani", "bangladeshi",
            "belarusian", "belgian", "bolivian", "bosnian", "brazilian", "british", "bulgarian", "cambodian",
            "canadian", "chilean", "chinese", "colombian", "croatian", "cuban", "cypriot", "czech", "danish", "dutch",
            "egyptian", "emirati", "english", "estonian", "ethiopian", "european", "filipino", "finnish", "french",
            "georgian", "german", "greek", "haitian", "hungarian", "indian", "indonesian", "iranian", "iraqi", "irish",
            "israeli", "italian", "japanese", "jordanian", "kazakh", "kenyan", "korean", "kurdish", "kuwaiti",
            "latvian", "lebanese", "libyan", "lithuanian", "malaysian", "mexican", "moldovan", "mongolian",
            "moroccan", "nigerian", "norwegian", "pakistani", "palestinian", "peruvian", "polish", "portuguese",
            "qatari", "romanian", "russian", "saudi", "scottish", "serbian", "slovak", "slovenian", "somali",
            "spanish", "sudanese", "swedish", "swiss", "syrian", "taiwanese", "thai", "tunisian", "turkish",
            "ukrainian", "venezuelan", "vietnamese", "welsh", "yemeni", "western", "eastern", "northern",
            "southern", "arab", "soviet", "federal", "national", "international", "regional", "local", "global",
            "kremlin", "pentagon", "vatican", "nato", "u.n.", "u.s.", "eu", "un", "us", "uk", "gop");

    /** Whether a capitalised word is a nationality, region or similar modifier of a title ("German", "EU"). */
    public static boolean isNationality(String word) {
        return NATIONALITIES.contains(word) || word.endsWith(".") && NATIONALITIES.containsWithoutDot(word);
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) if (word.charAt(i) >= 0x80) return false;
        return true;
    }

    /** A grammatical gender that a personal pronoun ("he", "she") agrees with. */
    public enum Gender { MALE, FEMALE }

    // Evidence of a person's gender in English news: honorifics, gendered role and kinship nouns, and a small list
    // of common first names that are used almost only for one gender (ambiguous ones such as Jordan, Chris, Terry,
    // Jean or Andrea are left out on purpose).
    private static final java.util.regex.Pattern FINAL_DOT = java.util.regex.Pattern.compile("\\.$");   // compiled once: genderOf runs per word
    private static final WordSet FEMALE_WORDS = set("mrs", "ms", "miss", "madam", "dame", "lady", "congresswoman",
            "chairwoman", "spokeswoman", "businesswoman", "councilwoman", "assemblywoman", "anchorwoman", "wife", "mother",
            "daughter", "sister", "niece", "aunt", "widow", "grandmother", "granddaughter", "queen", "princess",
            "actress", "mom", "girlfriend", "sister-in-law", "mother-in-law", "daughter-in-law");
    private static final WordSet MALE_WORDS = set("mr", "sir", "lord", "congressman", "chairman", "spokesman",
            "businessman", "councilman", "assemblyman", "anchorman", "husband", "father", "son", "brother", "nephew",
            "uncle", "widower", "grandfather", "grandson", "king", "prince", "dad", "boyfriend", "brother-in-law",
            "father-in-law", "son-in-law");
    private static final WordSet FEMALE_NAMES = set("mary", "patricia", "jennifer", "linda", "elizabeth", "barbara",
            "susan", "jessica", "sarah", "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly",
            "emily", "donna", "michelle", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "laura",
            "sharon", "cynthia", "kathleen", "amy", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma",
            "samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth", "maria",
            "heather", "diane", "julie", "joyce", "victoria", "christina", "lauren", "joan", "evelyn",
            "olivia", "judith", "megan", "cheryl", "martha", "hannah", "jacqueline", "ann", "anne", "gloria", "kathryn",
            "alice", "teresa", "theresa", "sara", "janice", "doris", "julia", "grace", "judy", "abigail", "marie",
            "denise", "beverly", "marilyn", "danielle", "diana", "natalie", "sophia", "rose", "isabella",
            "elena", "olena", "ursula", "kamala", "giorgia", "annalena", "kaja", "irina", "natalia",
            "svetlana", "yulia", "tatiana", "olga", "ines", "ingrid", "greta", "claire", "sophie", "nadia", "fatima",
            "aisha", "priya", "mei", "yuki", "lucia", "carmen", "isabel", "ana", "elisabeth",
            "elizabeth");
    private static final WordSet MALE_NAMES = set("james", "robert", "john", "michael", "david", "william",
            "richard", "joseph", "thomas", "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald",
            "steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward",
            "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin",
            "scott", "brandon", "benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack",
            "dennis", "jerry", "tyler", "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle",
            "walter", "noah", "jeremy", "keith", "roger", "gerald", "harold", "sean", "carl", "arthur", "lawrence",
            "bruce", "albert", "alan", "juan", "wayne", "randy", "roy", "vincent", "ralph", "eugene", "russell", "bobby",
            "philip", "louis", "mike", "ted", "bill", "tim", "jim", "joe", "tom", "bob",
            "vladimir", "volodymyr", "emmanuel", "friedrich", "olaf", "boris", "rishi", "keir", "dmitry", "sergei",
            "sergey", "yuri", "rustem", "andriy", "oleksandr", "viktor", "recep", "xi", "narendra", "mohammed",
            "muhammad", "ahmed", "ali", "hans", "klaus", "pierre", "jacques", "giuseppe", "marco", "luis", "carlos",
            "miguel", "pedro", "hiroshi", "kenji", "wei", "abdul", "ivan", "igor", "tomas", "lars", "erik", "sven");

    /** The gender a word gives evidence of (an honorific, a gendered noun, a first name), or null for none. */
    public static @Nullable Gender genderOf(String word) {
        if (hasLineBreak(word)) {   // where "$" also matches before a final line break
            String w = FINAL_DOT.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
            if (FEMALE_WORDS.contains(w) || FEMALE_NAMES.contains(w)) return Gender.FEMALE;
            if (MALE_WORDS.contains(w) || MALE_NAMES.contains(w)) return Gender.MALE;
            return null;
        }
        if (FEMALE_WORDS.containsWithoutDot(word) || FEMALE_NAMES.containsWithoutDot(word)) return Gender.FEMALE;
        if (MALE_WORDS.containsWithoutDot(word) || MALE_NAMES.containsWithoutDot(word)) return Gender.MALE;
        return null;
    }

    /** The gender a third-person singular pronoun agrees with ("he", "she"), or null for others ("they"). */
    public static @Nullable Gender genderOfPronoun(String pronoun) {
        if (MALE_PRONOUNS.contains(pronoun)) return Gender.MALE;
        if (FEMALE_PRONOUNS.contains(pronoun)) return Gender.FEMALE;
        return null;
    }

    private static final WordSet MALE_PRONOUNS = set("he", "him", "his");
    private static final WordSet FEMALE_PRONOUNS = set("she", "her", "hers");

    private static boolean hasLineBreak(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return true;
        }
        return false;
    }

    // People known for a work: "the "Harbour" star", "its "Late Talk" host".
    private static final WordSet WORK_ROLES = set("star", "host", "creator", "cast", "alum", "alumnus", "veteran",
            "showrunner", "narrator", "hitmaker");

    /** Whether a lower-case noun describes a person by role, occupation or the work they are known for. */
    public static boolean isPersonNoun(String word) {
        return isRoleNoun(word) || isOccupation(word) || WORK_ROLES.contains(word);
    }
}
