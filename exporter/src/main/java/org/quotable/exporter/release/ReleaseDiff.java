package org.quotable.exporter.release;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two releases. Immutable. Ids are sorted; the counts are exact, the id lists are complete.
 *
 * @param fromVersion     the older release's version, or null when comparing with nothing (a first release)
 * @param toVersion       the newer release's version
 * @param fromSchema      the older release's schema version, or null
 * @param toSchema        the newer release's schema version
 * @param articlesAdded   article ids only in the newer release
 * @param articlesRemoved article ids only in the older release
 * @param quotesAdded     quote ids only in the newer release
 * @param quotesRemoved   quote ids only in the older release
 * @param quotesChanged   quote ids in both whose rows differ
 * @param articles        article count of the newer release
 * @param quotes          quote count of the newer release
 * @param speakersAdded   speaker ids only in the newer release
 * @param speakersRemoved speaker ids only in the older release
 * @param speakers        speaker count of the newer release, or -1 when it has no speakers table (schema 1.0)
 */
public record ReleaseDiff(@Nullable String fromVersion, String toVersion, @Nullable String fromSchema, String toSchema,
                          List<String> articlesAdded, List<String> articlesRemoved, List<String> quotesAdded,
                          List<String> quotesRemoved, List<String> quotesChanged, long articles, long quotes,
                          List<String> speakersAdded, List<String> speakersRemoved, long speakers) {

    /** A diff of releases without speakers tables. */
    public ReleaseDiff(@Nullable String fromVersion, String toVersion, @Nullable String fromSchema, String toSchema,
                       List<String> articlesAdded, List<String> articlesRemoved, List<String> quotesAdded,
                       List<String> quotesRemoved, List<String> quotesChanged, long articles, long quotes) {
        this(fromVersion, toVersion, fromSchema, toSchema, articlesAdded, articlesRemoved, quotesAdded, quotesRemoved,
                quotesChanged, articles, quotes, List.of(), List.of(), -1);
    }

    public ReleaseDiff {
        speakersAdded = List.copyOf(speakersAdded);
        speakersRemoved = List.copyOf(speakersRemoved);
        articlesAdded = List.copyOf(articlesAdded);
        articlesRemoved = List.copyOf(articlesRemoved);
        quotesAdded = List.copyOf(quotesAdded);
        quotesRemoved = List.copyOf(quotesRemoved);
        quotesChanged = List.copyOf(quotesChanged);
    }

    /** Whether the schema version differs. */
    public boolean schemaChanged() { return fromSchema != null && !fromSchema.equals(toSchema); }

    /** The change summary as Markdown bullet lines, as in CHANGELOG.md and printed by {@code quotable diff}. */
    public String summary() {
        var out = new StringBuilder();
        out.append("- Articles: %d added, %d removed (%d in total)\n".formatted(articlesAdded.size(), articlesRemoved.size(), articles));
        out.append("- Quotes: %d added, %d removed, %d changed (%d in total)\n"
                .formatted(quotesAdded.size(), quotesRemoved.size(), quotesChanged.size(), quotes));
        if (speakers >= 0)
            out.append("- Speakers: %d added, %d removed (%d in total)\n".formatted(speakersAdded.size(), speakersRemoved.size(), speakers));
        if (fromSchema == null) out.append("- Schema version: ").append(toSchema).append('\n');
        else if (schemaChanged()) out.append("- Schema version: ").append(fromSchema).append(" → ").append(toSchema).append('\n');
        else out.append("- Schema version: ").append(toSchema).append(" (unchanged)\n");
        return out.toString();
    }

    /** The CHANGELOG.md section of the newer release. */
    public String changelogEntry() {
        String against = fromVersion == null ? "First release." : "Changes since " + fromVersion + ":";
        return "## " + toVersion + "\n\n" + against + "\n\n" + summary();
    }
}
