package org.quotable.extractor.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.quotable.extractor.pipeline.Candidate;
import org.quotable.extractor.pipeline.ExtractionStage;
import org.quotable.extractor.pipeline.ExtractionState;
import org.quotable.extractor.text.Document;
import org.quotable.extractor.text.Span;
import org.quotable.schema.DateBasis;
import org.quotable.schema.QuoteType;

/**
 * The fourth stage: dates each quote from the words around it (never from inside the quote). In order: an explicit
 * date ({@code on December 2}, {@code 2 December 2025}); a weekday or relative word ({@code on Sunday},
 * {@code yesterday}, {@code last week}) resolved against the publication date; the publication date itself; and
 * otherwise unknown. It never guesses: a weekday or a date without a year needs the publication date. A quote that
 * inherited its speaker from the quote before inherits that quote's stated date. A quote that nothing near it dates
 * takes the day of the story's event when the article's lead gives one ({@link DateBasis#CONTEXT}, see
 * {@link #storyEvent}), else the publication date. Immutable and thread-safe.
 */
public final class DateResolver implements ExtractionStage {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|"
            + "December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(?<month>" + MONTHS + ")\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<year>\\d{4})\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month>" + MONTHS + ")(?:,?\\s+(?<year>\\d{4})\\b)?");
    private static final Pattern ISO = Pattern.compile("\\b(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?<last>last\\s+)?(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    // A lead sentence about what is to come ("is set to reach severe levels on Wednesday") dates no past event.
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|'ll|shall|set to|likely to|expected to|due to|"
            + "scheduled|plans? to|planning to|is to|are to|going to|next|upcoming|ahead of|later this)\\b", Pattern.CASE_INSENSITIVE);
    /** How far into the text the story's event is looked for: the lead, where news writing states it. */
    static final int LEAD = 600;
    private static final Pattern RELATIVE = Pattern.compile("\\b(?<word>yesterday|today|tonight|this morning|this afternoon|this evening|last night|last week|last month)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEAD_DAY = Pattern.compile(WEEKDAY.pattern() + "|(?i:" + RELATIVE.pattern() + ")");

    /** A date and its basis. */
    public record Dated(LocalDate date, DateBasis basis) {}

    @Override public String name() { return "dates"; }

    @Override public ExtractionState apply(ExtractionState state) {
        LocalDate published = state.article().published();
        Document document = state.document();
        LocalDate event = published == null ? null : storyEvent(document, published);
        var out = new ArrayList<Candidate>();
        Candidate previous = null;
        for (Candidate c : state.candidates()) {
            Optional<Dated> stated = find(context(document, c), published);
            boolean inherits = c.continues() || c.attribution() != null && c.attribution().sieve().startsWith("previous");
            if (stated.isEmpty() && previous != null && inherits) {
                if (previous.dateBasis() == DateBasis.EXPLICIT || previous.dateBasis() == DateBasis.RELATIVE)
                    stated = Optional.of(new Dated(previous.date(), previous.dateBasis()));
            }
            Candidate dated;
            if (stated.isPresent()) dated = c.withDate(stated.get().date(), stated.get().basis());
            else if (event != null) dated = c.withDate(event, DateBasis.CONTEXT);
            else if (published != null) dated = c.withDate(published, DateBasis.PUBLISHED);
            else dated = c.withDate(null, DateBasis.UNKNOWN);
            out.add(dated);
            // Reported speech between two quotations does not break the run that passes a stated date on.
            if (c.type() != QuoteType.INDIRECT) previous = dated;
        }
        return state.withCandidates(List.copyOf(out));
    }

    /**
     * The day of the story's event: the first weekday or relative day ("on Monday", "yesterday") in the article's
     * lead, in a sentence about the past, resolved against the publication date; null when the lead gives none.
     * News writing states when the reported event happened in its first sentences ("Scientists on Monday
     * unveiled…", "was voted off on Monday"), and quotes that nothing else dates were said at that event. A day in
     * a sentence about what is to come ("is set to reach severe levels on Wednesday") dates nothing said.
     */
    static @Nullable LocalDate storyEvent(Document document, LocalDate published) {
        String text = document.text();
        String lead = text.substring(0, Math.min(text.length(), LEAD));
        // LEAD_DAY needs a weekday's name or a word of RELATIVE: most leads have neither, and then the pattern need
        // not try every position of 600 chars.
        int weekday = firstWeekday(lead), relative = firstRelative(lead);
        if (weekday < 0 && relative < 0) return null;
        Matcher day = LEAD_DAY.matcher(lead);
        // No match starts before the first of them, so the search starts there.
        for (boolean found = day.find(weekday < 0 ? relative : relative < 0 ? weekday : Math.min(weekday, relative));
             found; found = day.find()) {
            if (day.group().toLowerCase(Locale.ROOT).startsWith("this") || day.group().equalsIgnoreCase("today")
                    || day.group().equalsIgnoreCase("tonight") || day.group().toLowerCase(Locale.ROOT).startsWith("last week")
                    || day.group().toLowerCase(Locale.ROOT).startsWith("last month")) continue;
            if (insideQuote(lead, day.start())) continue;
            Span sentence = document.sentenceAt(day.start());
            if (FUTURE.matcher(text.substring(sentence.start(), sentence.end())).find()) continue;
            return find(day.group(), published).map(Dated::date).orElse(null);
        }
        return null;
    }

    /** Whether an odd number of quotation marks opens before {@code index} in its paragraph. */
    private static boolean insideQuote(String text, int index) {
        int paragraph = text.lastIndexOf('\n', index) + 1;
        int marks = 0;
        for (int i = paragraph; i < index; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”') marks++;
        }
        return marks % 2 == 1;
    }

    /** The words of the quote's sentences outside the quote marks. */
    private static String context(Document document, Candidate c) {
        String text = document.text();
        Span open = document.sentenceAt(c.openMark());
        Span close = document.sentenceAt(Math.max(c.closeMark() - 1, c.start()));
        int from = Math.min(open.start(), c.openMark());
        int to = Math.max(close.end(), c.closeMark());
        return text.substring(from, c.openMark()) + " … " + text.substring(c.closeMark(), to);
    }

    /**
     * Where the first of the words of {@link #RELATIVE} starts in {@code context}, in any ASCII case, or -1: the
     * pattern cannot match without one, nor start before it, and most contexts have none, where the pattern would
     * try every word boundary. The pattern folds ASCII case only (no UNICODE_CASE), and so does this; it leaves the
     * word boundaries to the pattern.
     */
    static int firstRelative(String context) {
        for (int i = 0, n = context.length(); i < n; i++) {
            switch (lowerAscii(context.charAt(i))) {
                case 'y' -> { if (startsWithFolded(context, i, "yesterday")) return i; }
                case 't' -> {
                    if (startsWithFolded(context, i, "today") || startsWithFolded(context, i, "tonight")
                            || startsWithFolded(context, i, "this ") && (startsWithFolded(context, i + 5, "morning")
                            || startsWithFolded(context, i + 5, "afternoon") || startsWithFolded(context, i + 5, "evening")))
                        return i;
                }
                case 'l' -> {
                    if (startsWithFolded(context, i, "last ") && (startsWithFolded(context, i + 5, "night")
                            || startsWithFolded(context, i + 5, "week") || startsWithFolded(context, i + 5, "month")))
                        return i;
                }
                default -> { }
            }
        }
        return -1;
    }

    /** Whether {@code context} at {@code at} reads {@code lower} in any ASCII case. */
    private static boolean startsWithFolded(String context, int at, String lower) {
        if (at + lower.length() > context.length()) return false;
        for (int k = 0; k < lower.length(); k++) if (lowerAscii(context.charAt(at + k)) != lower.charAt(k)) return false;
        return true;
    }

    private static final String[] WEEKDAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};

    /**
     * Where the first match of {@link #WEEKDAY} can start in {@code context}, or -1 when it cannot match: the first
     * weekday's name as the pattern writes it (case-sensitive), or the "last" and white space before it. A match
     * holds a name, and a name's only "day" ends it, so names are found in text order by looking for "day".
     */
    static int firstWeekday(String context) {
        for (int at = context.indexOf("day"); at >= 0; at = context.indexOf("day", at + 1)) {
            for (String name : WEEKDAY_NAMES) {
                int start = at + 3 - name.length();
                if (!context.startsWith(name, start)) continue;
                int j = start;
                while (j > 0 && " \t\n\u000B\f\r".indexOf(context.charAt(j - 1)) >= 0) j--;   // \s, as the pattern has it
                return j < start && context.startsWith("last", j - 4) ? j - 4 : start;
            }
        }
        return -1;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /**
     * The date stated in {@code context}, resolved against {@code published} when it is relative or lacks a year.
     */
    public static Optional<Dated> find(String context, @Nullable LocalDate published) {
        // Every explicit form has a digit: most contexts have none, and then the three patterns need not scan them.
        boolean digits = hasDigit(context);
        Matcher m = ISO.matcher(context);
        if (digits && m.find()) {
            try {
                return Optional.of(new Dated(LocalDate.of(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("month")),
                        Integer.parseInt(m.group("day"))), DateBasis.EXPLICIT));
            } catch (java.time.DateTimeException ignored) {
                // not a date after all
            }
        }
        for (Pattern p : digits ? List.of(MONTH_DAY, DAY_MONTH) : List.<Pattern>of()) {
            m = p.matcher(context);
            while (m.find()) {
                Month month = month(m.group("month"));
                int day = Integer.parseInt(m.group("day"));
                if (day < 1 || day > month.maxLength()) continue;
                Integer year = m.group("year") != null ? Integer.valueOf(m.group("year")) : null;
                if (year == null) {
                    if (published == null) return Optional.empty();
                    year = published.getYear();
                    if (day > month.length(java.time.Year.isLeap(year))) continue;
                    if (LocalDate.of(year, month, day).isAfter(published.plusDays(7))) year--;
                }
                if (day > month.length(java.time.Year.isLeap(year))) continue;
                return Optional.of(new Dated(LocalDate.of(year, month, day), DateBasis.EXPLICIT));
            }
        }
        if (published == null) return Optional.empty();
        int relative = firstRelative(context);
        if (relative >= 0 && (m = RELATIVE.matcher(context)).find(relative)) {
            String word = m.group("word").toLowerCase(Locale.ROOT);
            LocalDate date = switch (word) {
                case "yesterday", "last night" -> published.minusDays(1);
                case "last week" -> published.minusWeeks(1);
                case "last month" -> published.minusMonths(1);
                default -> published;
            };
            return Optional.of(new Dated(date, DateBasis.RELATIVE));
        }
        int weekday = firstWeekday(context);
        if (weekday >= 0 && (m = WEEKDAY.matcher(context)).find(weekday)) {
            DayOfWeek day = DayOfWeek.valueOf(m.group("day").toUpperCase(Locale.ROOT));
            int back = (published.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
            if (back == 0 && m.group("last") != null) back = 7;
            // "on Wednesday" in a story dated Tuesday is the next day (the date was taken in another time zone, or
            // the event is tomorrow), not six days back: news writing says "last Wednesday" for that.
            if (back == 6 && m.group("last") == null) back = -1;
            return Optional.of(new Dated(published.minusDays(back), DateBasis.RELATIVE));
        }
        return Optional.empty();
    }

    /** Whether {@code s} has a character that {@code \\d} matches. */
    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    private static Month month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) if (m.name().startsWith(prefix)) return m;
        throw new IllegalArgumentException("Not a month: " + name);
    }
}
