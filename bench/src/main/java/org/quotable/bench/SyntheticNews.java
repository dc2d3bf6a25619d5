package org.quotable.bench;

import java.time.LocalDate;
import java.util.Random;
import org.quotable.extractor.article.ArticleMetadata;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.SourceFormat;

/**
 * Generates news-like articles of any length from a fixed seed: introductions with roles, direct quotes with
 * "said" attributions, partial quotes, pronoun follow-ups, dates, and plain narrative, in the proportions of
 * political news. Deterministic, so every run measures the same text.
 */
final class SyntheticNews {
    private static final String[] FIRST = {"Anna", "Tomas", "Lena", "Omar", "Mei", "Pedro", "Ingrid", "Kofi"};
    private static final String[] LAST = {"Keller", "Novak", "Fischer", "Haddad", "Lin", "Alves", "Berg", "Mensah"};
    private static final String[] ROLES = {"Finance Minister", "opposition leader", "central bank governor",
            "union spokesperson", "Foreign Minister", "mayor"};
    private static final String[] VERBS = {"said", "added", "told reporters", "warned", "insisted", "noted"};
    private static final String[] DAYS = {"on Monday", "on Tuesday", "yesterday", "last week", "on March 3"};

    private SyntheticNews() {}

    /** An article of {@code paragraphs} paragraphs. */
    static ArticleRecord article(int paragraphs, long seed) {
        var random = new Random(seed);
        var text = new StringBuilder("Negotiations over the budget continue as parties trade accusations\n\n");
        for (int p = 0; p < paragraphs; p++) {
            String first = pick(random, FIRST), last = pick(random, LAST), role = pick(random, ROLES);
            switch (p % 5) {
                case 0 -> text.append(capitalize(role)).append(' ').append(first).append(' ').append(last)
                        .append(' ').append(pick(random, VERBS)).append(' ').append(pick(random, DAYS))
                        .append(" that the talks had \"reached a critical point\" after weeks of delays.");
                case 1 -> text.append("\"We will not accept a deal that leaves district ").append(p)
                        .append(" without funding,\" ").append(last).append(' ').append(pick(random, VERBS))
                        .append(". \"The numbers simply do not add up.\"");
                case 2 -> text.append("The proposal, first floated in ").append(1990 + p % 30)
                        .append(", would shift spending from defence to schools, according to officials familiar with it.");
                case 3 -> text.append(last).append(" described the plan as \"reckless\" and urged lawmakers to ")
                        .append("vote against it. She added: \"This is not the time for experiments.\"");
                default -> text.append("Markets were calm ").append(pick(random, DAYS))
                        .append(", and analysts expect a vote before the end of the month.");
            }
            text.append("\n\n");
        }
        return new ArticleMetadata("synthetic-" + paragraphs + "-" + seed, null, "Budget talks", "Bench News",
                LocalDate.of(2025, 3, 7), "en").toRecord(text.toString(), "synthetic", SourceFormat.TEXT);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
