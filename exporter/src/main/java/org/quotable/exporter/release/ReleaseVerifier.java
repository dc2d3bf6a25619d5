package org.quotable.exporter.release;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.quotable.exporter.format.Format;
import org.quotable.exporter.format.ParquetSchemas;
import org.quotable.exporter.format.ParquetSettings;
import org.quotable.exporter.format.ParquetTableReader;
import org.quotable.exporter.format.TableReader;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.Row;
import org.quotable.schema.SchemaVersion;
import org.quotable.schema.Table;

/**
 * Checks a release: every file is present and matches SHA256SUMS and datapackage.json; every data file matches
 * the schema; the three formats of each table hold the same rows in the same order; primary keys are unique;
 * every quote's article and speaker exist; every quote's offsets give back its text from the article's text; and
 * each speaker's quote count is the number of quotes that refer to it. A release is checked against the schema
 * version it says it has, so a 1.0.0 release (no speakers table) still verifies.
 *
 * <p>Holds each article's text, the quote ids and the speaker ids in memory while checking.
 */
final class ReleaseVerifier {
    private static final Pattern SUM_LINE = Pattern.compile("([0-9a-f]{64}) [ *](.+)");
    private static final int MAX_PROBLEMS = 50;

    private final Path release;
    private final SchemaVersion schema;
    private final List<String> problems = new ArrayList<>();

    private ReleaseVerifier(Path release) {
        this.release = release;
        this.schema = ReleaseFiles.schemaOf(release);
    }

    static Verification verify(Path release) throws IOException {
        if (!Files.isDirectory(release))
            throw new IOException(release + " is not a folder; pass a release folder such as datasets/<name>/releases/1.0.0");
        return new ReleaseVerifier(release).run();
    }

    private void problem(String file, String reason) {
        if (problems.size() < MAX_PROBLEMS) problems.add(file + ": " + reason);
        else if (problems.size() == MAX_PROBLEMS) problems.add("… more problems not shown");
    }

    private Verification run() throws IOException {
        for (String name : ReleaseFiles.allFiles(schema))
            if (!Files.isRegularFile(release.resolve(name))) problem(name, "missing from the release");
        Map<String, String> hashes = checkSums();
        checkDatapackage(hashes);
        checkVersion();
        var texts = new HashMap<String, String>();
        long articles = checkTable(QuotableSchema.ARTICLES, row -> {
            String id = row.string("article_id");
            if (texts.put(id, row.string("text")) != null) problem("articles", "article_id '" + id + "' is not unique");
        });
        var speakerQuotes = new HashMap<String, Integer>();
        boolean hasSpeakers = QuotableSchema.SPEAKERS.since().compareTo(schema) <= 0;
        if (hasSpeakers)
            checkTable(QuotableSchema.SPEAKERS, row -> {
                String id = row.string("speaker_id");
                if (speakerQuotes.put(id, row.int32("quote_count")) != null) problem("speakers", "speaker_id '" + id + "' is not unique");
            });
        var quoteIds = new HashSet<String>();
        var linked = new HashMap<String, Integer>();
        long quotes = checkTable(QuotableSchema.QUOTES.asOf(schema), row -> {
            checkQuote(row, texts, quoteIds);
            String speaker = row.optionalString("speaker_id");
            if (speaker == null) return;
            if (!speakerQuotes.containsKey(speaker))
                problem("quotes", "quote %s refers to speaker '%s', which is not in speakers".formatted(row.string("quote_id"), speaker));
            else linked.merge(speaker, 1, Integer::sum);
        });
        if (hasSpeakers)
            speakerQuotes.forEach((id, count) -> {
                int actual = linked.getOrDefault(id, 0);
                if (actual != count) problem("speakers", "speaker %s has quote_count %d but %d quote(s) refer to it".formatted(id, count, actual));
            });
        return new Verification(release, problems, quotes, articles);
    }

    /**
     * Checks that the folder's name, datapackage.json's version and the newest CHANGELOG.md entry name the same
     * version, so a release folder renamed to another version fails (issue 9). A folder whose name is no version
     * (the hidden staging folder a release is checked in before it is moved into place) is checked for the other two.
     */
    private void checkVersion() throws IOException {
        JsonNode root = ReleaseFiles.datapackage(release);
        String declared = root != null && root.path("version").isTextual() ? root.get("version").asText() : null;
        if (root != null && declared == null) problem(ReleaseFiles.DATAPACKAGE, "has no version");
        String folder = release.toAbsolutePath().normalize().getFileName().toString();
        if (declared != null && ReleaseFiles.parse(folder).isPresent() && !folder.equals(declared))
            problem(ReleaseFiles.DATAPACKAGE, ("says version %s but the release folder is named %s; a release folder is never "
                    + "renamed: publish a new version with quotable release instead").formatted(declared, folder));
        Path changelog = release.resolve(ReleaseFiles.CHANGELOG);
        if (declared == null || !Files.isRegularFile(changelog)) return;
        String newest = null;
        for (String line : Files.readAllLines(changelog, StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                newest = line.substring(3).strip();
                break;
            }
        }
        if (newest == null) problem(ReleaseFiles.CHANGELOG, "has no '## <version>' entry");
        else if (!newest.equals(declared))
            problem(ReleaseFiles.CHANGELOG, "the newest entry is %s but datapackage.json says version %s".formatted(newest, declared));
    }

    /** Checks SHA256SUMS and returns the hash of every file it lists that exists. */
    private Map<String, String> checkSums() throws IOException {
        var hashes = new LinkedHashMap<String, String>();
        Path sums = release.resolve(ReleaseFiles.SHA256SUMS);
        if (!Files.isRegularFile(sums)) return hashes;
        var listed = new HashSet<String>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(sums, StandardCharsets.UTF_8)) {
            lineNumber++;
            Matcher m = SUM_LINE.matcher(line);
            if (!m.matches()) {
                problem(ReleaseFiles.SHA256SUMS, "line %d is not '<sha256>  <file>'".formatted(lineNumber));
                continue;
            }
            String name = m.group(2);
            listed.add(name);
            Path file = release.resolve(name);
            if (!Files.isRegularFile(file)) {
                problem(name, "listed in SHA256SUMS but missing");
                continue;
            }
            String actual = ReleaseFiles.sha256(file);
            hashes.put(name, actual);
            if (!actual.equals(m.group(1)))
                problem(name, "SHA-256 is %s but SHA256SUMS says %s; the file was changed or damaged after release".formatted(actual, m.group(1)));
        }
        try (Stream<Path> files = Files.list(release)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String name = file.getFileName().toString();
                if (!name.equals(ReleaseFiles.SHA256SUMS) && !listed.contains(name))
                    problem(name, "not listed in SHA256SUMS; a release must not gain files after publication");
            }
        }
        return hashes;
    }

    private void checkDatapackage(Map<String, String> hashes) throws IOException {
        JsonNode root = ReleaseFiles.datapackage(release);
        if (root == null) {
            if (Files.isRegularFile(release.resolve(ReleaseFiles.DATAPACKAGE))) problem(ReleaseFiles.DATAPACKAGE, "not valid JSON");
            return;
        }
        var described = new HashSet<String>();
        for (JsonNode resource : root.path("resources")) {
            String path = resource.path("path").asText();
            described.add(path);
            Path file = release.resolve(path);
            if (!Files.isRegularFile(file)) {
                problem(ReleaseFiles.DATAPACKAGE, "resource '%s' is missing".formatted(path));
                continue;
            }
            String hash = hashes.containsKey(path) ? hashes.get(path) : ReleaseFiles.sha256(file);
            if (!resource.path("hash").asText().equals("sha256:" + hash))
                problem(path, "SHA-256 %s differs from datapackage.json's %s".formatted(hash, resource.path("hash").asText()));
            if (resource.path("bytes").asLong(-1) != Files.size(file))
                problem(path, "has %d bytes, datapackage.json says %s".formatted(Files.size(file), resource.path("bytes")));
        }
        for (String name : ReleaseFiles.dataFiles(schema))
            if (!described.contains(name)) problem(ReleaseFiles.DATAPACKAGE, "has no resource for " + name);
        String said = root.path("quotable").path("schemaVersion").asText();
        for (Table<?> table : QuotableSchema.tablesAsOf(schema)) {
            Path parquet = release.resolve(Format.PARQUET.fileName(table));
            if (!Files.isRegularFile(parquet)) continue;
            try (var in = ParquetTableReader.open(table, parquet)) {
                if (!in.schema().equals(ParquetSchemas.of(table)))
                    problem(parquet.getFileName().toString(), "its Parquet schema is not exactly the one Quotable writes "
                            + "(message name or column order differ), which some readers such as polars reject");
                String inFile = in.keyValueMetadata().get(ParquetSettings.SCHEMA_VERSION_KEY);
                if (!said.equals(inFile))
                    problem(parquet.getFileName().toString(), "footer says schema %s, datapackage.json says %s".formatted(inFile, said));
            } catch (IOException e) {
                // reported by checkTable
            }
        }
    }

    private interface RowCheck { void check(Row row); }

    /** Reads the three files of a table in lockstep; returns the row count of the JSON Lines file. */
    private long checkTable(Table<?> table, RowCheck check) {
        var readers = new ArrayList<TableReader<?>>();
        var iterators = new ArrayList<Iterator<Row>>();
        try {
            for (Format format : List.of(Format.JSONL, Format.CSV, Format.PARQUET)) {
                Path file = release.resolve(format.fileName(table));
                if (!Files.isRegularFile(file)) continue;
                try {
                    TableReader<?> reader = format.openReader(table, file);
                    readers.add(reader);
                    iterators.add(reader.iterator());
                } catch (IOException e) {
                    rawProblem(message(e));
                }
            }
            if (readers.isEmpty()) return 0;
            long rows = 0;
            while (true) {
                var current = new ArrayList<Row>();
                for (int i = 0; i < iterators.size(); i++) {
                    Iterator<Row> it = iterators.get(i);
                    try {
                        if (it.hasNext()) current.add(it.next());
                        else current.add(null);
                    } catch (UncheckedIOException e) {
                        rawProblem(message(e));
                        return rows;
                    } catch (IllegalArgumentException | IllegalStateException e) {
                        problem(fileName(readers.get(i)), message(e));
                        return rows;
                    }
                }
                if (current.stream().allMatch(r -> r == null)) return rows;
                rows++;
                int reference = 0;
                while (current.get(reference) == null) reference++;
                Row first = current.get(reference);
                for (int i = 0; i < current.size(); i++) {
                    Row row = current.get(i);
                    if (row == null) {
                        problem(fileName(readers.get(i)), "ends after %d rows but %s has more".formatted(rows - 1, fileName(readers.get(reference))));
                        return rows;
                    }
                    if (!row.equals(first)) {
                        problem(fileName(readers.get(i)), "row %d differs from %s's: %s".formatted(rows, fileName(readers.get(reference)), row));
                        return rows;
                    }
                }
                try {
                    table.fromRow(first);
                    check.check(first);
                } catch (IllegalArgumentException | IllegalStateException e) {
                    problem(fileName(readers.get(0)), "row %d: %s".formatted(rows, e.getMessage()));
                }
            }
        } finally {
            for (TableReader<?> reader : readers) {
                try {
                    reader.close();
                } catch (IOException ignored) {
                    // reading is finished
                }
            }
        }
    }

    private void checkQuote(Row row, Map<String, String> texts, Set<String> ids) {
        String id = row.string("quote_id");
        if (!ids.add(id)) problem("quotes", "quote_id '" + id + "' is not unique");
        String articleId = row.string("article_id");
        String text = texts.get(articleId);
        if (text == null) {
            problem("quotes", "quote %s refers to article '%s', which is not in articles".formatted(id, articleId));
            return;
        }
        int start = row.int32("position_start"), end = row.int32("position_end");
        int length = text.codePointCount(0, text.length());
        if (end > length) {
            problem("quotes", "quote %s spans [%d, %d) but article %s has %d code points".formatted(id, start, end, articleId, length));
            return;
        }
        String span = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
        if (!span.equals(row.string("quote")))
            problem("quotes", "quote %s: articles.text[%d:%d] of %s is \"%s\", not the quote \"%s\"".formatted(id, start, end, articleId, span, row.string("quote")));
    }

    private static String fileName(TableReader<?> reader) {
        return Path.of(reader.file()).getFileName().toString();
    }

    /** The exception's message, which names the file, with the release folder taken off the file's path. */
    private String message(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String text = String.valueOf(cause.getMessage());
        String prefix = release + java.io.File.separator;
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    private void rawProblem(String message) {
        if (problems.size() < MAX_PROBLEMS) problems.add(message);
        else if (problems.size() == MAX_PROBLEMS) problems.add("… more problems not shown");
    }
}
