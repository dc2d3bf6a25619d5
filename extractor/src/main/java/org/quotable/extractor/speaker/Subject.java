package org.quotable.extractor.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.quotable.extractor.internal.Lexicon;

/**
 * Reads the subject that opens a sentence and runs up to its reporting verb, when the subject is more than one plain
 * noun phrase: an appositive chain ({@code Ann Vell, the group's director, said}, {@code the director, Ann Vell,
 * said}), a coordination ({@code Vell and Lund said}, {@code A, B and C said}) or a description with what follows
 * its head ({@code A spokeswoman for the union said}, {@code A poll released on Monday found}). Stateless.
 *
 * <p>The rules of English news writing it follows: an appositive renames the noun phrase before it, so the first
 * part of a chain that names someone is the speaker, and a relative clause set off by commas only describes; the
 * parts of a coordination speak together and are kept as written; a description keeps its complements, which are
 * what tell one source from another ({@code a spokeswoman for the union}, not {@code a spokeswoman}).
 */
final class Subject {
    private Subject() {}

    /** What the subject is, and the words of it (offsets in the context read). */
    sealed interface Reading permits Named, Written {}

    /** A name (or a pronoun) to resolve through the cast: {@code [start, end)} of the context. */
    record Named(int start, int end) implements Reading {}

    /** A source kept as written ({@code [start, end)} of the context): a coordination or a described source. */
    record Written(int start, int end, boolean body) implements Reading {}

    /** A word or a punctuation mark, with its offsets. */
    private record Tok(String text, int start, int end, boolean word) {
        String lower() { return text.toLowerCase(Locale.ROOT); }
        boolean capitalized() { return word && Character.isUpperCase(text.charAt(0)); }
        boolean is(String s) { return text.equals(s); }
    }

    /** Single words that open a sentence without being part of its subject ({@code But Vell said}). */
    private static final Set<String> LEADING = Set.of("but", "and", "so", "yet", "still", "even", "also", "now", "then",
            "meanwhile", "instead", "however");
    /** Words that open a fronted phrase or clause before the subject ({@code In May, Vell said}). */
    private static final Set<String> FRONTED = Set.of("in", "at", "on", "after", "before", "during", "when", "while",
            "as", "if", "because", "since", "although", "though", "despite", "amid", "like", "unlike", "according",
            "for", "with", "by", "from", "under", "over", "following", "last", "earlier", "later", "once", "until",
            "asked", "speaking", "writing", "to", "of", "along", "besides", "beyond", "among", "against", "without", "throughout", "within", "through");
    /** Words that open a clause inside the words before a verb: "Shares fell after the company". */
    private static final Set<String> CLAUSE_WORDS = Set.of("after", "before", "when", "while", "as", "because", "since",
            "if", "than", "but", "so", "until", "although", "though", "whether", "once");
    private static final Set<String> TIME = Set.of("week", "year", "month", "weekend", "night", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "spring", "summer", "fall", "autumn", "winter");
    private static final Set<String> ADVERBS = Set.of("however", "indeed", "moreover", "separately", "instead",
            "overall", "additionally", "first", "second", "finally", "again", "together", "nevertheless", "nonetheless",
            "otherwise", "similarly", "likewise", "previously", "today", "yesterday", "tonight");
    private static final Set<String> TITLE_CASE_WORDS = Set.of("From", "To", "Of", "In", "On", "At", "For", "With",
            "And", "Is", "Are", "Was", "Be", "By", "As", "Over", "After", "Says", "Said", "Into", "About");
    /** Common irregular past tenses, which end no "-ed": "Vell met …", "Lund came …". */
    private static final Set<String> PAST = Set.of("met", "came", "went", "gave", "took", "made", "held", "ran", "won",
            "lost", "sent", "spoke", "wrote", "saw", "became", "began", "kept", "left", "brought", "bought", "sought",
            "fought", "got", "put", "set", "told", "said", "thought", "felt", "found", "knew", "grew", "drew",
            "threw", "flew", "rose", "fell", "stood", "sat", "led", "paid", "meant", "heard", "built", "spent");
    private static final Set<String> RELATIVE = Set.of("who", "which", "whose", "whom", "where");
    /** Words after a head noun that open its complement ({@code a study by …}, {@code the poll released …}). */
    private static final Set<String> COMPLEMENT = Set.of("of", "for", "at", "on", "by", "from", "in", "with", "to",
            "that", "who", "which", "led", "released", "conducted", "published", "commissioned", "tracking", "based",
            "handling", "seeking", "close", "near");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "these", "those", "his",
            "her", "their", "its", "our", "my", "your", "some", "many", "most", "several", "both", "all", "two",
            "three", "four", "five", "one", "other", "another", "no", "few", "more", "each", "every");
    /** A finite verb or auxiliary: words that make the part they are in a clause, not a subject. */
    private static final Set<String> FINITE = Set.of("is", "was", "are", "were", "has", "had", "have", "would", "will",
            "could", "should", "can", "may", "might", "must", "did", "does", "do", "be", "been");
    /** Capitalised words that describe rather than name when {@code of} or {@code from} follows: "Democrat of Ohio". */
    private static final Set<String> PARTY = Set.of("democrat", "republican", "independent", "member", "head", "chief",
            "leader", "chair", "chairman", "chairwoman", "director", "founder", "president", "secretary");
    private static final int LONGEST = 24;

    // The word sets of these rules, made once: a Set.of(...) in a method is built again on every call.
    private static final Set<String> BEFORE_VERB = Set.of("also", "all", "both", "each", "now", "not", "never",
            "repeatedly", "later", "previously", "again");
    private static final Set<String> TIME_DETERMINERS = Set.of("this", "last", "next", "earlier", "later");
    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "yesterday", "today");
    private static final Set<String> NAME_CONNECTORS = Set.of("de", "van", "von", "der", "la", "le", "al", "bin");

    /**
     * The subject of the sentence that {@code context} opens, up to its verb (which is not in {@code context}); null
     * when the subject is one plain noun phrase (the caller's own rules read it), or when the words before the verb
     * are not a subject the rules here are sure of (a clause, quoted words, a long run).
     */
    static @Nullable Reading read(String context) {
        List<Tok> toks = tokenize(context);
        // Auxiliaries and adverbs before the verb: "has long said", "all suggested".
        int n = toks.size();
        while (n > 0 && toks.get(n - 1).word() && (FINITE.contains(toks.get(n - 1).lower())
                || BEFORE_VERB.contains(toks.get(n - 1).lower())
                || toks.get(n - 1).lower().endsWith("ly") && toks.get(n - 1).text().length() > 4 && !toks.get(n - 1).capitalized())) n--;
        if (n == 0) return null;
        List<List<Tok>> segments = segments(toks, n);
        if (segments == null || segments.isEmpty()) return null;
        // A fronted phrase or clause ("In 2013,", "When the vote came,", "Heading into May,") is no part of the subject.
        if (isTitleCase(toks, n)) return null; // a headline: its capitals say nothing about names
        List<Tok> first = segments.get(0);
        boolean fronted = segments.size() > 1 && isFronted(first);
        if (fronted) segments.remove(0);
        var parts = new ArrayList<List<Tok>>();
        for (int i = 0; i < segments.size(); i++) {
            List<Tok> s = segments.get(i);
            if (i == 0) s = withoutLeading(s);
            if (s.isEmpty()) continue;
            // ", who chairs the panel," and ", which represents …,": a relative clause set off by commas describes.
            if (i > 0 && RELATIVE.contains(s.get(0).text())) continue;
            parts.add(s);
        }
        if (parts.isEmpty() || parts.size() > 5) return null;
        if (parts.size() == 1 && hasClause(parts.get(0))) return coordinatedPredicate(parts.get(0));
        for (List<Tok> p : parts) if (hasClause(p)) return null;
        List<Tok> head = parts.get(0);
        if (parts.size() == 1) {
            if (isCoordination(head)) return written(head, head);
            if (!isName(head) && hasComplement(head)) return written(head, head);
            // "The Ohio state attorney general": a description whose proper modifiers are no name of the source.
            if (isDescribedByProperModifier(head)) return written(head, head);
            return null;
        }
        // "A, B and C said": a list of names (each may carry its party and state in parentheses).
        List<Tok> last = parts.get(parts.size() - 1);
        // "Other unions, including the teachers' federation, said": the examples belong to the noun phrase.
        if (parts.size() == 2 && last.get(0).is("including") && !isName(head)) return written(head, last);
        if (startsWithAnd(last) || isCoordination(last)) {
            for (int i = 0; i < parts.size() - 1; i++) if (!isName(withoutThe(parts.get(i)))) return null;
            return written(head, last);
        }
        if (fronted) {
            // "At a fair in Dunmore, Ohio, Vell said", "In her book, Open Water, Vell wrote": names after a
            // fronted phrase finish it (a place's state, a title), and the last of them is the subject.
            boolean allNames = true;
            for (List<Tok> p : parts) allNames &= isName(p);
            if (allNames) return new Named(last.get(0).start(), nameEnd(last));
        }
        if (isName(head)) return new Named(head.get(0).start(), nameEnd(head));
        // "The director, Ann Vell, said": a description, then the name it introduces.
        List<Tok> second = parts.get(1);
        if (isName(second)) return new Named(second.get(0).start(), nameEnd(second));
        // "Officials at the agency, a division of the ministry, said": the first description is the source.
        return written(head, head);
    }

    /** Whether the words are a headline's title case: a capitalised function word inside them ("… From Public"). */
    private static boolean isTitleCase(List<Tok> toks, int n) {
        for (int k = 1; k < n; k++) {
            Tok t = toks.get(k);
            if (t.capitalized() && TITLE_CASE_WORDS.contains(t.text()) && toks.get(k - 1).word()) return true;
        }
        return false;
    }

    /**
     * A source phrase read on its own ({@code according to a report by the agency}): as {@link #read}, but a source
     * kept as written must open like a noun phrase, with a determiner or a capitalised word that opens no fronted
     * phrase ("analysis of the vote", "with the talks near collapse" and "After the meeting" name no source).
     */
    static @Nullable Reading readSource(String words) {
        Reading r = read(words);
        if (!(r instanceof Written w)) return r;
        List<Tok> toks = tokenize(words.substring(w.start(), w.end()));
        if (toks.isEmpty() || !toks.get(0).word()) return null;
        Tok first = toks.get(0);
        String f = first.lower();
        if (FRONTED.contains(f) || LEADING.contains(f) || ADVERBS.contains(f) || Character.isDigit(f.charAt(0))) return null;
        if (!DETERMINERS.contains(f) && !f.endsWith("'s") && !f.endsWith("’s") && !first.capitalized()) return null;
        if (Lexicon.isNotName(first.text()) && !DETERMINERS.contains(f)) return null;
        return r;
    }

    /**
     * "Vell met the mayors and came away convinced": a verb coordinated with the sentence's first one has its subject,
     * the name opening the sentence. The name, when the part opens with one and ends with "and" and at most three
     * words; else null.
     */
    private static @Nullable Reading coordinatedPredicate(List<Tok> s) {
        int and = -1;
        for (int k = Math.max(1, s.size() - 4); k < s.size(); k++) if (s.get(k).is("and")) and = k;
        if (and < 0) return null;
        int end = 0;
        while (end < s.size() && s.get(end).capitalized()) end++;
        if (end == 0 || end >= and || !isName(s.subList(0, end))) return null;
        for (int k = and + 1; k < s.size(); k++) if (s.get(k).capitalized() || Lexicon.isPronoun(s.get(k).lower())) return null;
        return new Named(s.get(0).start(), s.get(end - 1).end());
    }

    /**
     * Where the first verb of the sentence that {@code context} opens starts (a fronted phrase passed over): an
     * auxiliary, a common irregular past, a reporting verb, or an "-ed" word that is no participle of a description
     * ({@code led by}, {@code filed by}, after an article); -1 when none is found or a clause word comes first.
     */
    static int firstVerb(String context) {
        List<Tok> toks = tokenize(context);
        int k = 0;
        // "In May, …": a fronted phrase up to its comma.
        if (!toks.isEmpty() && toks.get(0).word() && (FRONTED.contains(toks.get(0).lower()) || LEADING.contains(toks.get(0).lower()))) {
            while (k < toks.size() && !toks.get(k).is(",")) k++;
            k++;
        }
        for (int i = k + 1; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (!t.word()) {
                if (t.is(",") || t.is("(") || t.is(")")) continue;
                return -1;
            }
            if (t.capitalized()) continue;
            String w = t.lower();
            if (RELATIVE.contains(w) || w.equals("that") || CLAUSE_WORDS.contains(w)) return -1;
            if (COMPLEMENT.contains(w)) continue;
            if (FINITE.contains(w) || PAST.contains(w) || Lexicon.isReportingVerb(w) && !w.endsWith("ing")) return t.start();
            if (w.endsWith("ed") && w.indexOf('-') < 0 && !(i + 1 < toks.size() && toks.get(i + 1).is("by"))
                    && !DETERMINERS.contains(toks.get(i - 1).lower())) return t.start();
        }
        return -1;
    }

    /**
     * Whether a part is an article, capitalised modifiers and a lower-case role or body noun at its end ("the Ohio
     * state attorney general", "the Harbour Trust board"): the source is the role, which the modifiers only place.
     */
    private static boolean isDescribedByProperModifier(List<Tok> s) {
        if (s.size() < 3 || s.size() > 8 || !s.get(0).lower().equals("the") || !s.get(1).capitalized()) return false;
        Tok last = s.get(s.size() - 1);
        if (last.capitalized() || !(Lexicon.isRoleNoun(last.lower()) || SpeakerResolver.isOrganizationHead(last.lower()))) return false;
        for (Tok t : s) if (!t.word()) return false;
        return true;
    }

    /** Whether a part is a fronted phrase or clause: it opens with a preposition, a subordinator or a participle. */
    private static boolean isFronted(List<Tok> s) {
        if (s.isEmpty()) return false;
        Tok t = s.get(0);
        if (!t.word()) return false;
        String w = t.lower();
        if (FRONTED.contains(w) || Character.isDigit(w.charAt(0))) return true;
        // "However,", "Ultimately,": one adverb or conjunction; "Two years ago,": a time.
        if (s.size() == 1 && (LEADING.contains(w) || ADVERBS.contains(w) || w.endsWith("ly") && w.length() > 4)) return true;
        if (s.get(s.size() - 1).is("ago")) return true;
        // "This week,", "Last year,": a time phrase
        if (TIME_DETERMINERS.contains(w) && s.size() > 1 && TIME.contains(s.get(1).lower())) return true;
        // "Heading into May", "Stung by the vote"
        if ((w.endsWith("ing") || w.endsWith("ed")) && w.length() > 4 && s.size() > 1 && s.get(1).word()
                && !s.get(1).capitalized()) return true;
        // "Last week", "On Tuesday": a time phrase
        return DAYS.contains(w);
    }

    private static List<Tok> withoutLeading(List<Tok> s) {
        int k = 0;
        while (k < s.size() - 1 && s.get(k).word() && LEADING.contains(s.get(k).lower())) k++;
        return s.subList(k, s.size());
    }

    /** Whether a part holds a finite verb before any relative word: then it is a clause, not a noun phrase. */
    private static boolean hasClause(List<Tok> s) {
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            if (!t.word() || t.capitalized()) continue;
            String w = t.lower();
            // "A study that appeared in …": a relative clause after a noun; "Video shows that …" is a clause.
            if (i > 0 && RELATIVE.contains(w)) return false;
            if (i > 0 && w.equals("that")) {
                Tok before = s.get(i - 1);
                boolean verbBefore = Lexicon.isReportingVerb(before.lower()) || i == 1
                        || before.lower().endsWith("s") && !before.lower().endsWith("ss") && s.get(i - 2).capitalized();
                if (!verbBefore) return false;
                return true;
            }
            if (FINITE.contains(w) || CLAUSE_WORDS.contains(w) || PAST.contains(w) && !COMPLEMENT.contains(w)
                    || Lexicon.isReportingVerb(w) && !w.endsWith("ing") && !w.endsWith("ed")) return true;
            if (Lexicon.isPronoun(w) && i > 0) return true;
            if (COMPLEMENT.contains(w)) continue;
            // "a complaint filed by the board": a participle with its agent.
            if (w.endsWith("ed") && i + 1 < s.size() && s.get(i + 1).is("by")) continue;
            // "Vell arrived at noon": a past tense after a noun; "a retired judge" has a determiner before it.
            if (w.endsWith("ed") && w.indexOf('-') < 0 && i > 0 && !DETERMINERS.contains(s.get(i - 1).lower())
                    && !s.get(i - 1).lower().endsWith("ly")) return true;
        }
        return false;
    }

    /** "Vell and Lund", "Regulators and environmental groups": two noun phrases joined at the top level. */
    private static boolean isCoordination(List<Tok> s) {
        for (int i = 1; i < s.size() - 1; i++) {
            if (!s.get(i).is("and")) continue;
            // "a lawyer and spokeswoman for …" joins two nouns of one description; a name or a determiner opens a new one.
            Tok next = s.get(i + 1);
            Tok before = s.get(i - 1);
            // "met the mayors and came away": two verbs, not two noun phrases.
            if (!next.capitalized() && (next.lower().endsWith("ed") || PAST.contains(next.lower()))) return false;
            if (isComplementWordBefore(s, i)) return false; // "the Institute for Rivers and Coastal Studies"
            if (next.capitalized() || DETERMINERS.contains(next.lower()) || before.capitalized() && !next.capitalized()
                    && !Lexicon.isRoleNoun(next.lower())) return true;
        }
        return false;
    }

    /** Whether a complement word opens before {@code i}: the "and" then belongs to the complement. */
    private static boolean isComplementWordBefore(List<Tok> s, int i) {
        for (int k = 1; k < i; k++) if (s.get(k).word() && !s.get(k).capitalized() && COMPLEMENT.contains(s.get(k).lower())) return true;
        return false;
    }

    /** A list item without its article: "the Netherlands" in "the Netherlands, Norway and Iceland". */
    private static List<Tok> withoutThe(List<Tok> s) {
        return s.size() > 1 && s.get(0).lower().equals("the") && s.get(1).capitalized() ? s.subList(1, s.size()) : s;
    }

    private static boolean startsWithAnd(List<Tok> s) {
        return s.get(0).is("and") || s.get(0).is("or");
    }

    /**
     * Whether a part is a name: its words up to a complement are capitalised (title words, initials and name
     * particles allowed), and it opens with no determiner; "Democrat of Ohio" describes.
     */
    private static boolean isName(List<Tok> s) {
        Tok first = s.get(0);
        if (!first.word()) return false;
        String f = first.lower();
        if (DETERMINERS.contains(f) || f.endsWith("'s") || f.endsWith("’s")) return false;
        if (PARTY.contains(f) && s.size() > 1 && (s.get(1).is("of") || s.get(1).is("from"))) return false;
        if (s.size() == 1 && Lexicon.isPronoun(f)) return true;
        int end = nameEndIndex(s);
        if (end == 0) return false;
        Tok last = s.get(end - 1);
        if (!last.capitalized() || Lexicon.isNotName(last.text())) return false;
        for (int k = 0; k < end; k++) {
            Tok t = s.get(k);
            if (!t.word()) continue;
            if (!t.capitalized() && !NAME_CONNECTORS.contains(t.text())
                    && !(k == 0 && Lexicon.isTitleWord(t.text()))) return false;
        }
        // A capitalised run that opens a sentence may still be a description: "Officials", "Experts".
        if (end == 1 && SpeakerResolver.isNominal(first.text().toLowerCase(Locale.ROOT))) return false;
        return !Names.find(join(s.subList(0, end))).isEmpty();
    }

    /** The index after the words of a part that come before its complement. */
    private static int nameEndIndex(List<Tok> s) {
        for (int k = 1; k < s.size(); k++) {
            Tok t = s.get(k);
            if (t.word() && !t.capitalized() && (COMPLEMENT.contains(t.lower())
                    || t.lower().endsWith("ed") && k + 1 < s.size() && s.get(k + 1).is("by"))) return k;
        }
        return s.size();
    }

    private static int nameEnd(List<Tok> s) {
        return s.get(nameEndIndex(s) - 1).end();
    }

    /** Whether a description goes on after its head: "A spokeswoman for the union", "a poll released on Monday". */
    private static boolean hasComplement(List<Tok> s) {
        int k = nameEndIndex(s);
        return k > 0 && k < s.size() - 1;
    }

    private static Written written(List<Tok> from, List<Tok> to) {
        int start = from.get(0).start();
        int end = to.get(to.size() - 1).end();
        String headWord = from.get(Math.max(0, nameEndIndex(from) - 1)).lower();
        return new Written(start, end, SpeakerResolver.isOrganizationHead(headWord));
    }

    /**
     * Comma-separated parts of the first {@code n} tokens, words in parentheses dropped ({@code (D-Ohio)}); null when
     * the context holds a mark that no subject holds (quotation marks, a colon or semicolon) or runs too long.
     */
    private static @Nullable List<List<Tok>> segments(List<Tok> toks, int n) {
        var out = new ArrayList<List<Tok>>();
        var current = new ArrayList<Tok>();
        int depth = 0, words = 0;
        for (int k = 0; k < n; k++) {
            Tok t = toks.get(k);
            if (t.is("(")) { depth++; continue; }
            if (t.is(")")) { depth = Math.max(0, depth - 1); continue; }
            if (depth > 0) continue;
            if (t.is(",") || t.is("—") || t.is("–") || t.is("--")) {
                if (!current.isEmpty()) out.add(current);
                current = new ArrayList<>();
                continue;
            }
            if (!t.word()) {
                if (t.is("-") || t.is("/") || t.is("&") || t.is(".") || t.is("’") || t.is("'")) continue;
                return null;
            }
            if (++words > LONGEST) return null;
            current.add(t);
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }

    /** Words (letters, digits and the marks inside words) and single marks, with offsets; "--" is one mark. */
    private static List<Tok> tokenize(String text) {
        var out = new ArrayList<Tok>();
        int i = 0, n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            if (Character.isLetterOrDigit(c)) {
                int j = Clause.wordEnd(text, i);
                // "Rep.", "Jr.", "D.C.": an abbreviation keeps its dot.
                if (j < n && text.charAt(j) == '.' && (j - i <= 4 && Character.isUpperCase(c))) j++;
                out.add(new Tok(text.substring(i, j), i, j, true));
                i = j;
            } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                out.add(new Tok("--", i, i + 2, false));
                i += 2;
            } else {
                out.add(new Tok(String.valueOf(c), i, i + 1, false));
                i++;
            }
        }
        return out;
    }

    private static String join(List<Tok> toks) {
        var out = new StringBuilder();
        for (Tok t : toks) {
            if (!out.isEmpty()) out.append(' ');
            out.append(t.text());
        }
        return out.toString();
    }
}
