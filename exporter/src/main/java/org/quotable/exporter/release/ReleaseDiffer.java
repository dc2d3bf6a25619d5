package org.quotable.exporter.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.quotable.exporter.format.JsonlTableReader;
import org.quotable.exporter.format.TableFormatException;
import org.quotable.schema.Digests;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.Row;
import org.quotable.schema.SchemaVersion;
import org.quotable.schema.Table;

/**
 * Compares two releases by their JSON Lines files: article and quote ids added and removed, and quotes whose row
 * changed. Holds the ids and a digest per quote of the older release in memory, not the rows.
 */
final class ReleaseDiffer {
    private ReleaseDiffer() {}

    static ReleaseDiff diff(Path from, Path to) throws IOException {
        requireRelease(from);
        requireRelease(to);
        return diff(from, to, ReleaseFiles.version(to), schemaOf(to));
    }

    /**
     * Compares a build folder (its quotes.jsonl and articles.jsonl) with a release: what the next release would
     * add, remove and change. The build is named {@code build} and carries the running schema version.
     */
    static ReleaseDiff changesSince(Path release, Path build) throws IOException {
        requireRelease(release);
        if (!Files.isRegularFile(build.resolve("quotes.jsonl")) || !Files.isRegularFile(build.resolve("articles.jsonl")))
            throw new IOException("%s has no quotes.jsonl and articles.jsonl to compare; build with the JSONL format".formatted(build));
        return diff(release, build, "build", QuotableSchema.VERSION.toString());
    }

    /** Compares {@code to} (which may be a staging folder) with {@code from}, or with nothing when it is null. */
    static ReleaseDiff diff(@Nullable Path from, Path to, String toVersion, String toSchema) throws IOException {
        Set<String> oldArticles = from == null ? Set.of() : articleIds(from);
        Set<String> newArticles = articleIds(to);
        // Rows are compared on the columns both sides have, so a column added by a schema change is not a change
        // of every quote.
        Table<?> compared = QuotableSchema.QUOTES.asOf(from == null ? QuotableSchema.VERSION : ReleaseFiles.schemaOf(from));
        Map<String, String> oldQuotes = from == null ? Map.of() : quoteDigests(from, compared);
        var added = new TreeSet<String>();
        var changed = new TreeSet<String>();
        var seen = new HashSet<String>();
        long quotes = 0;
        try (var in = JsonlTableReader.open(QuotableSchema.QUOTES.asOf(schemaVersionOf(to, toSchema)), to.resolve("quotes.jsonl"))) {
            for (Row row : in) {
                quotes++;
                String id = row.string("quote_id");
                seen.add(id);
                String before = oldQuotes.get(id);
                if (before == null) added.add(id);
                else if (!before.equals(digest(row, compared))) changed.add(id);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        var removed = new TreeSet<String>(oldQuotes.keySet());
        removed.removeAll(seen);
        var articlesAdded = new TreeSet<>(newArticles);
        articlesAdded.removeAll(oldArticles);
        var articlesRemoved = new TreeSet<>(oldArticles);
        articlesRemoved.removeAll(newArticles);
        Set<String> newSpeakers = speakerIds(to);
        Set<String> oldSpeakers = from == null ? Set.of() : speakerIds(from);
        var speakersAdded = new TreeSet<>(newSpeakers == null ? Set.of() : newSpeakers);
        if (oldSpeakers != null) speakersAdded.removeAll(oldSpeakers);
        var speakersRemoved = new TreeSet<>(oldSpeakers == null ? Set.of() : oldSpeakers);
        if (newSpeakers != null) speakersRemoved.removeAll(newSpeakers);
        return new ReleaseDiff(from == null ? null : ReleaseFiles.version(from), toVersion,
                from == null ? null : schemaOf(from), toSchema, new ArrayList<>(articlesAdded),
                new ArrayList<>(articlesRemoved), new ArrayList<>(added), new ArrayList<>(removed),
                new ArrayList<>(changed), newArticles.size(), quotes, new ArrayList<>(speakersAdded),
                new ArrayList<>(speakersRemoved), newSpeakers == null ? -1 : newSpeakers.size());
    }

    private static void requireRelease(Path release) throws IOException {
        if (!Files.isRegularFile(release.resolve("quotes.jsonl")) || !Files.isRegularFile(release.resolve("articles.jsonl")))
            throw new IOException("%s is not a release folder: it has no quotes.jsonl and articles.jsonl; pass datasets/<name>/releases/X.Y.Z".formatted(release));
    }

    private static String schemaOf(Path release) {
        String version = ReleaseFiles.schemaVersion(release);
        return version == null ? "unknown" : version;
    }

    private static Set<String> articleIds(Path release) throws IOException {
        var ids = new HashSet<String>();
        try (var in = JsonlTableReader.open(QuotableSchema.ARTICLES.asOf(ReleaseFiles.schemaOf(release)), release.resolve("articles.jsonl"))) {
            for (Row row : in) ids.add(row.string("article_id"));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return ids;
    }

    /** The speaker ids of a release or build, or null when it has no speakers table (schema 1.0). */
    private static @Nullable Set<String> speakerIds(Path release) throws IOException {
        Path file = release.resolve("speakers.jsonl");
        if (!Files.isRegularFile(file)) return null;
        var ids = new HashSet<String>();
        try (var in = JsonlTableReader.open(QuotableSchema.SPEAKERS, file)) {
            for (Row row : in) ids.add(row.string("speaker_id"));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return ids;
    }

    private static Map<String, String> quoteDigests(Path release, Table<?> compared) throws IOException {
        var digests = new HashMap<String, String>();
        try (var in = JsonlTableReader.open(QuotableSchema.QUOTES.asOf(ReleaseFiles.schemaOf(release)), release.resolve("quotes.jsonl"))) {
            for (Row row : in) digests.put(row.string("quote_id"), digest(row, compared));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof TableFormatException t) throw t;
            throw e.getCause();
        }
        return digests;
    }

    private static String digest(Row row, Table<?> compared) {
        var values = new StringBuilder();
        for (String column : compared.columnNames()) values.append(column).append('=').append(row.get(column)).append('\u001f');
        return Digests.sha256Hex(values.toString());
    }

    /** The schema of the compared folder: its datapackage.json's, or for a build or staging folder the one given. */
    private static SchemaVersion schemaVersionOf(Path folder, String given) {
        if (ReleaseFiles.schemaVersion(folder) != null) return ReleaseFiles.schemaOf(folder);
        return ReleaseFiles.parse(given).orElse(QuotableSchema.VERSION);
    }
}
