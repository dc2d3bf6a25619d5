package org.quotable.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a JSON Lines corpus of generated news-like articles of about 4,900 characters each, up to a size, for the
 * throughput benchmark ({@code bench/throughput.sh}, issue 14): {@code NewsCorpus <file.jsonl> <megabytes> [seed]}.
 * Every article is different (its number is part of its text), so none is dropped as a duplicate. The articles mix
 * what news writing has: introductions with roles and organisations, quotes attributed after and before, colons,
 * partial quotes, quotes running over two paragraphs, pronoun follow-ups, numbers, dates and plain narrative.
 * Deterministic for a seed. Prints the number of articles, characters and words of text written.
 */
public final class NewsCorpus {
    private static final String[] FIRST = {"Anna", "Tomas", "Lena", "Omar", "Mei", "Pedro", "Ingrid", "Kofi", "Rafael",
            "Sofia", "Daniel", "Amara", "Jonas", "Priya", "Marcus", "Elena", "Yusuf", "Hannah", "Luca", "Noor"};
    private static final String[] LAST = {"Keller", "Novak", "Fischer", "Haddad", "Lin", "Alves", "Berg", "Mensah",
            "Okafor", "Duarte", "Lindqvist", "Moreau", "Tanaka", "Kowalski", "Reyes", "Brennan", "Sato", "Varga"};
    private static final String[] ROLES = {"Finance Minister", "opposition leader", "central bank governor",
            "union spokesperson", "Foreign Minister", "mayor", "chief executive", "health secretary",
            "senior economist", "party chairman", "police commissioner", "energy regulator"};
    private static final String[] BODIES = {"the Treasury", "the Northern Rail Authority", "Unity Party",
            "the Workers' Federation", "the city council", "the National Statistics Office", "Harbour Energy",
            "the Ministry of Health", "the Farmers' Union", "the Central Bank"};
    private static final String[] VERBS = {"said", "added", "told reporters", "warned", "insisted", "noted",
            "argued", "said in a statement", "told the committee", "wrote on social media"};
    private static final String[] DAYS = {"on Monday", "on Tuesday", "on Wednesday", "yesterday", "last week",
            "on March 3", "late on Friday", "earlier this month"};
    private static final String[] TOPICS = {"the budget", "rail fares", "the hospital plan", "energy prices",
            "the new port", "school funding", "the water tax", "housing permits", "the pension reform"};
    private static final String[] CLAIMS = {"We will not accept a deal that leaves families paying more",
            "The numbers simply do not add up", "This is a good day for everyone who relies on public services",
            "Nobody has explained where the money will come from", "We have listened, and we have changed the plan",
            "It is too early to say whether the measures are working", "Our members are angry, and they have every right to be",
            "There is no alternative if we want the lights to stay on", "We expect the first results by the autumn",
            "I have never seen anything like it in twenty years"};
    private static final String[] NARRATIVE = {
            "The proposal would shift spending from defence to schools over five years, according to officials familiar with it.",
            "Markets were calm, and analysts expect a vote before the end of the month.",
            "Turnout at the meeting was lower than expected, with many seats left empty in the upper rows of the hall.",
            "Figures published by the statistics office showed inflation easing for a third month in a row.",
            "The committee is due to publish its report in the spring, after hearing from more than forty witnesses.",
            "Protesters gathered outside the building early in the morning, holding banners and handing out leaflets.",
            "Several smaller parties have said they will decide their position only after reading the final text."};

    private NewsCorpus() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: NewsCorpus <file.jsonl> <megabytes> [seed]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        long bytes = (long) (Double.parseDouble(args[1]) * 1_000_000);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 14;
        if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
        long articles = 0, chars = 0, words = 0, written = 0;
        try (var out = new CountingStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
             JsonGenerator json = JsonFactory.builder().build().createGenerator(out, JsonEncoding.UTF8)) {
            json.setRootValueSeparator(null);
            var random = new Random(seed);
            while (written < bytes) {
                String text = article(articles, random);
                json.writeStartObject();
                json.writeStringField("id", "news-" + articles);
                json.writeStringField("title", "Row over " + pick(random, TOPICS) + " deepens (" + articles + ")");
                json.writeStringField("published", LocalDate.of(2025, 1, 1).plusDays(articles % 365).toString());
                json.writeStringField("publisher", "Bench News");
                json.writeStringField("text", text);
                json.writeEndObject();
                json.writeRaw('\n');
                json.flush();
                written = out.count;
                articles++;
                chars += text.length();
                words += words(text);
            }
        }
        System.out.printf(Locale.ROOT, "%d articles, %d chars, %d words, %d bytes%n", articles, chars, words, written);
    }

    /** One article of about 4,900 characters; {@code number} makes it unlike every other. */
    static String article(long number, Random random) {
        var text = new StringBuilder(5200);
        String topic = pick(random, TOPICS);
        String first = pick(random, FIRST) + " " + pick(random, LAST), firstRole = pick(random, ROLES);
        String second = pick(random, FIRST) + " " + pick(random, LAST), secondRole = pick(random, ROLES);
        String body = pick(random, BODIES);
        text.append("Talks on ").append(topic).append(" broke down ").append(pick(random, DAYS))
                .append(" after ").append(3 + number % 17).append(" hours of negotiations, leaving report number ")
                .append(number).append(" of the inquiry unanswered.\n\n");
        for (int p = 0; text.length() < 4800; p++) {
            String last1 = first.substring(first.indexOf(' ') + 1), last2 = second.substring(second.indexOf(' ') + 1);
            switch (p % 9) {
                case 0 -> text.append(capitalize(firstRole)).append(' ').append(first).append(' ')
                        .append(pick(random, VERBS)).append(' ').append(pick(random, DAYS)).append(" that the talks had \"")
                        .append(lower(pick(random, CLAIMS))).append("\" and that ").append(body).append(" would respond.");
                case 1 -> text.append('"').append(pick(random, CLAIMS)).append(",\" ").append(last1).append(' ')
                        .append(pick(random, VERBS)).append(". \"").append(pick(random, CLAIMS)).append(".\"");
                case 2 -> text.append(pick(random, NARRATIVE)).append(' ').append(pick(random, NARRATIVE));
                case 3 -> text.append(second).append(", the ").append(secondRole).append(", said: \"")
                        .append(pick(random, CLAIMS)).append(". ").append(pick(random, CLAIMS)).append(".\"");
                case 4 -> text.append(last2).append(" described the plan as \"").append(random.nextBoolean() ? "reckless" : "overdue")
                        .append("\" and urged lawmakers to vote ").append(random.nextBoolean() ? "for" : "against")
                        .append(" it. She added: \"").append(pick(random, CLAIMS)).append(".\"");
                case 5 -> text.append("According to ").append(body).append(", about ").append(1000 + random.nextInt(90000))
                        .append(" people would be affected by the change, ").append(2 + random.nextInt(40))
                        .append(" percent more than in ").append(2000 + random.nextInt(25)).append('.');
                case 6 -> text.append('"').append(pick(random, CLAIMS)).append(". ").append(pick(random, CLAIMS))
                        .append(".\n\n\"").append(pick(random, CLAIMS)).append(",\" he said.");
                case 7 -> text.append("A spokesperson for ").append(body).append(" ").append(pick(random, VERBS))
                        .append(" the figures were \"").append(lower(pick(random, CLAIMS))).append("\".");
                default -> text.append("Asked whether ").append(topic).append(" would survive, ").append(last1)
                        .append(" ").append(pick(random, VERBS)).append(": \"").append(pick(random, CLAIMS)).append(".\"");
            }
            text.append("\n\n");
        }
        return text.toString().strip();
    }

    private static long words(String text) {
        long words = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !in) words++;
            in = letter;
        }
        return words;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lower(String s) {
        return s.startsWith("I ") ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Counts the bytes written through it. */
    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(java.io.OutputStream out) {
            super(out);
        }

        @Override public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
