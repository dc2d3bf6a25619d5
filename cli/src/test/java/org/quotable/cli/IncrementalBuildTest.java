package org.quotable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CI job that adds a few articles to a large dataset re-extracts only those, and gets exactly what a clean full
 * build gives.
 */
class IncrementalBuildTest {
    private static final int ARTICLES = 300;
    private static final String[] NAMES = {"Anna Keller", "Tomas Novak", "Lena Fischer", "Omar Haddad", "Mei Lin"};
    private static final String[] ROLES = {"Finance Minister", "opposition leader", "central bank governor",
            "union spokesperson", "mayor"};

    @TempDir Path work;

    @Test void addingOneArticleToHundredsReExtractsOnlyThatOneAndMatchesAFullBuild() throws IOException {
        Path dataset = work.resolve("news");
        Files.createDirectories(dataset.resolve("articles"));
        Files.writeString(dataset.resolve("dataset.yaml"), "name: news\ntitle: News\ndescription: Test news.\nlicense: CC0-1.0\ninputs: [\"articles/**\"]\ntypes: [direct, partial]\n");
        for (int i = 0; i < ARTICLES; i++) writeArticle(dataset, i);

        JsonNode first = build(dataset, "incremental", "first.json");
        assertThat(first.get("articles_extracted").asLong()).isEqualTo(ARTICLES);
        assertThat(first.get("articles_cached").asLong()).isZero();

        writeArticle(dataset, ARTICLES);
        JsonNode second = build(dataset, "incremental", "second.json");
        assertThat(second.get("articles").asLong()).isEqualTo(ARTICLES + 1);
        assertThat(second.get("articles_extracted").asLong()).isEqualTo(1);
        assertThat(second.get("articles_cached").asLong()).isEqualTo(ARTICLES);

        JsonNode clean = build(dataset, "clean", "clean.json", "--no-cache");
        assertThat(clean.get("articles_extracted").asLong()).isEqualTo(ARTICLES + 1);
        assertThat(clean.get("quotes").asLong()).isEqualTo(second.get("quotes").asLong()).isGreaterThan(ARTICLES);
        for (String file : List.of("quotes.jsonl", "quotes.csv", "articles.jsonl", "articles.csv"))
            assertThat(Files.readString(work.resolve("clean").resolve(file)))
                    .as(file).isEqualTo(Files.readString(work.resolve("incremental").resolve(file)));
    }

    /**
     * Issue 14: a build that reuses the cache writes exactly the bytes of a full {@code --no-cache} build of the same
     * inputs, in every format and table (the speakers too, which depend on the whole dataset), after a file is added,
     * after one is changed and after one is removed.
     */
    @Test void incrementalBuildsAfterAddingChangingAndRemovingFilesEqualFullBuildsByteForByte() throws IOException {
        Path dataset = work.resolve("bytes");
        Files.createDirectories(dataset.resolve("articles"));
        Files.writeString(dataset.resolve("dataset.yaml"), "name: bytes\ntitle: Bytes\ndescription: Test news.\nlicense: CC0-1.0\ninputs: [\"articles/**\"]\ntypes: [direct, partial]\n");
        for (int i = 0; i < 12; i++) writeArticle(dataset, i);
        Path wire = dataset.resolve("articles/wire.jsonl");
        Files.writeString(wire, wireLine(1, "Marc Keller", "trade envoy") + wireLine(2, "Keller", "trade envoy"));
        build(dataset, "incremental", "0.json");

        writeArticle(dataset, 12);                                                           // a new file
        assertThat(assertSameAsFullBuild(dataset, "added").get("articles_cached").asLong()).isPositive();
        Files.writeString(wire, wireLine(3, "Anna Keller", "finance minister"), java.nio.file.StandardOpenOption.APPEND);
        assertThat(assertSameAsFullBuild(dataset, "appended").get("articles_cached").asLong()).isPositive(); // a line appended
        Files.writeString(dataset.resolve("articles/article-0003.txt"), Files.readString(dataset.resolve("articles/article-0003.txt"))
                .replace("not finished yet", "nearly finished"));
        assertThat(assertSameAsFullBuild(dataset, "changed").get("articles_cached").asLong()).isPositive(); // a file changed
        Files.delete(dataset.resolve("articles/article-0000.txt"));
        assertThat(assertSameAsFullBuild(dataset, "removed").get("articles_cached").asLong()).isPositive(); // a file removed
    }

    /**
     * Issue 14: an input file whose bytes were read before is replayed from its read log, not read or extracted
     * again (the per-article entries are deleted first, so nothing else could supply its quotes); one that only grew
     * by lines is replayed and read on from its old end, its line numbers going on (a bad line after the end is
     * reported at its place in the whole file); one whose old bytes changed, or whose log is damaged, is read
     * again. Every build writes the bytes of a full {@code --no-cache} build.
     */
    @Test void readLogsReplayUnchangedAndGrownFilesAndNeverStaleOrDamagedOnes() throws IOException {
        Path dataset = work.resolve("logs");
        Files.createDirectories(dataset.resolve("articles"));
        Files.writeString(dataset.resolve("dataset.yaml"), "name: logs\ntitle: Logs\ndescription: Test news.\nlicense: CC0-1.0\ninputs: [\"articles/**\"]\ntypes: [direct, partial]\n");
        for (int i = 0; i < 3; i++) writeArticle(dataset, i);
        Path wire = dataset.resolve("articles/wire.jsonl");
        var lines = new StringBuilder();
        for (int n = 1; n <= 60; n++) {
            lines.append(wireLine(n, n % 3 == 0 ? "Keller" : "Marc Keller", "trade envoy"));
            if (n == 7) lines.append("{not json\n");                                           // a reading problem
            if (n == 9) lines.append(wireLine(n, "Keller", "trade envoy"));                    // a duplicate text
        }
        Files.writeString(wire, lines.toString());
        assertThat(Files.size(wire)).isGreaterThan(8192);
        build(dataset, "incremental", "0.json");

        Files.setLastModifiedTime(wire, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        dropPerArticleEntries(dataset);
        JsonNode touched = assertSameAsFullBuild(dataset, "touched");                          // touched, same bytes
        assertThat(touched.get("articles_extracted").asLong()).as("touched").isZero();

        dropPerArticleEntries(dataset);
        Files.writeString(wire, wireLine(61, "Anna Keller", "finance minister") + "[1]\n", java.nio.file.StandardOpenOption.APPEND);
        JsonNode appended = assertSameAsFullBuild(dataset, "grown");                           // lines appended
        assertThat(appended.get("articles_extracted").asLong()).as("grown").isEqualTo(1);

        dropPerArticleEntries(dataset);
        Files.writeString(wire, Files.readString(wire).replace("day 2.", "day two.") + wireLine(62, "Keller", "trade envoy"));
        JsonNode rewritten = assertSameAsFullBuild(dataset, "rewritten");                      // old bytes changed, then grown
        assertThat(rewritten.get("articles_extracted").asLong()).as("rewritten").isGreaterThan(40);

        try (var logs = Files.walk(dataset.resolve(".cache"))) {
            List<Path> found = logs.filter(p -> p.getFileName().toString().endsWith(".events")).toList();
            assertThat(found).isNotEmpty();
            for (Path log : found) {
                byte[] bytes = Files.readAllBytes(log);
                bytes[bytes.length / 2] ^= 0x20;                                                 // one bit flipped
                Files.write(log, bytes);
            }
        }
        dropPerArticleEntries(dataset);
        JsonNode damaged = assertSameAsFullBuild(dataset, "damaged");
        assertThat(damaged.get("articles_extracted").asLong()).as("damaged").isEqualTo(damaged.get("articles").asLong());
    }

    /**
     * Issue 14: articles added at the end of the inputs (a new file sorting after the others, lines appended to the
     * last JSON Lines file, nothing at all) are appended to the last build's files: with the read logs and per-article
     * entries deleted, only the new articles are extracted, so nothing else was read, and every file equals a full
     * build's. A new article whose text is an old one's, a new full name that moves an old surname's speaker id, and
     * an output file edited by hand each give a full build's bytes too (the last two by building in full).
     */
    @Test void articlesAddedAtTheEndAreAppendedToTheLastBuildAndEqualAFullBuild() throws IOException {
        Path dataset = work.resolve("tail");
        Files.createDirectories(dataset.resolve("articles"));
        Files.writeString(dataset.resolve("dataset.yaml"), "name: tail\ntitle: Tail\ndescription: Test news.\nlicense: CC0-1.0\ninputs: [\"articles/**\"]\ntypes: [direct, partial]\n");
        Path wire = dataset.resolve("articles/a-wire.jsonl");
        var lines = new StringBuilder();
        for (int n = 1; n <= 60; n++) lines.append(wireLine(n, n % 3 == 0 ? "Keller" : "Marc Keller", "trade envoy"));
        lines.append(wireLine(70, "Brandt", "harbour master"));                                  // a surname alone
        Files.writeString(wire, lines.toString());
        build(dataset, "incremental", "0.json", SMALL_ROW_GROUPS);

        dropAllButTheTail(dataset);
        var more = new StringBuilder();                                                          // over 8 KiB, so it can grow
        for (int n = 101; n <= 150; n++) more.append(wireLine(n, n % 2 == 0 ? "Anna Keller" : "Keller", "finance minister"));
        Files.writeString(dataset.resolve("articles/b-more.jsonl"), more.toString());
        JsonNode added = assertSameAsFullBuild(dataset, "tail-added", SMALL_ROW_GROUPS); // a new file at the end
        assertThat(added.get("articles_extracted").asLong()).as("added").isEqualTo(50);
        assertThat(added.get("articles").asLong()).isEqualTo(111);

        dropAllButTheTail(dataset);
        Files.writeString(dataset.resolve("articles/b-more.jsonl"), wireLine(62, "Keller", "trade envoy") + "{not json\n"
                + wireLine(5, "Marc Keller", "trade envoy"), java.nio.file.StandardOpenOption.APPEND); // a bad line, an old text
        JsonNode grown = assertSameAsFullBuild(dataset, "tail-grown", SMALL_ROW_GROUPS);
        assertThat(grown.get("articles_extracted").asLong()).as("grown").isEqualTo(1);
        assertThat(Files.readString(work.resolve("incremental/errors.jsonl"))).contains("line 52", "duplicate article wire-5");

        dropAllButTheTail(dataset);
        JsonNode same = assertSameAsFullBuild(dataset, "tail-same", SMALL_ROW_GROUPS); // nothing changed
        assertThat(same.get("articles_extracted").asLong()).as("same").isZero();

        Files.writeString(dataset.resolve("articles/c-last.jsonl"), wireLine(63, "Ute Brandt", "harbour master"));
        assertSameAsFullBuild(dataset, "tail-moved", SMALL_ROW_GROUPS); // Brandt's id moves

        Files.writeString(dataset.resolve("articles/d-end.jsonl"), wireLine(64, "Anna Keller", "finance minister"));
        Path edited = work.resolve("incremental/articles.csv");
        Files.writeString(edited, Files.readString(edited).replace("Trade talks 3", "Trade talk 3"));
        assertSameAsFullBuild(dataset, "tail-edited", SMALL_ROW_GROUPS); // an output edited by hand
    }

    /** Deletes the cache's read logs and per-article entries, keeping the state of the last build. */
    private static void dropAllButTheTail(Path dataset) throws IOException {
        try (var versions = Files.list(dataset.resolve(".cache/extraction"))) {
            for (Path version : versions.toList())
                try (var entries = Files.list(version)) {
                    for (Path entry : entries.filter(p -> !p.getFileName().toString().equals("tail")).toList())
                        try (var walk = Files.walk(entry)) {
                            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
                        }
                }
        }
    }

    /** A cache made by another extractor is not used: its folder is deleted and every article extracted again. */
    @Test void aCacheOfAnotherExtractorFingerprintIsDroppedNotUsed() throws IOException {
        Path dataset = work.resolve("older");
        Files.createDirectories(dataset.resolve("articles"));
        Files.writeString(dataset.resolve("dataset.yaml"), "name: older\ntitle: Older\ndescription: Test news.\nlicense: CC0-1.0\ninputs: [\"articles/**\"]\ntypes: [direct, partial]\n");
        for (int i = 0; i < 4; i++) writeArticle(dataset, i);
        build(dataset, "incremental", "0.json");
        Path cache = dataset.resolve(".cache/extraction");
        Path current;
        try (var versions = Files.list(cache)) {
            current = versions.findFirst().orElseThrow();
        }
        Path older = cache.resolve("0123456789abcdef-older");
        Files.move(current, older);

        JsonNode again = assertSameAsFullBuild(dataset, "older");

        assertThat(again.get("articles_extracted").asLong()).isEqualTo(4);
        assertThat(older).doesNotExist();
    }

    /** Deletes the cache's per-article entries, keeping the read logs. */
    private static void dropPerArticleEntries(Path dataset) throws IOException {
        try (var versions = Files.list(dataset.resolve(".cache/extraction"))) {
            for (Path version : versions.toList())
                try (var entries = Files.list(version)) {
                    for (Path entry : entries.filter(p -> !p.getFileName().toString().equals("reads")).toList())
                        try (var walk = Files.walk(entry)) {
                            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
                        }
                }
        }
    }

    private static final String[] SMALL_ROW_GROUPS = {"--row-group-rows", "16"};

    private JsonNode assertSameAsFullBuild(Path dataset, String step, String... more) throws IOException {
        JsonNode incremental = build(dataset, "incremental", step + ".json", more);
        var full = new java.util.ArrayList<>(List.of(more));
        full.add("--no-cache");
        build(dataset, "full-" + step, step + "-full.json", full.toArray(String[]::new));
        Path a = work.resolve("incremental"), b = work.resolve("full-" + step);
        List<String> names;
        try (var files = Files.list(b)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).as(step).contains("quotes.parquet", "articles.csv", "speakers.jsonl", "speakers.parquet");
        try (var files = Files.list(a)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).as(step).isEqualTo(names);
        }
        for (String name : names)
            assertThat(Files.readAllBytes(a.resolve(name))).as(step + ": " + name).isEqualTo(Files.readAllBytes(b.resolve(name)));
        return incremental;
    }

    private static String wireLine(int n, String speaker, String role) {
        return "{\"id\":\"wire-%d\",\"title\":\"Trade talks %d\",\"published\":\"%s\",\"text\":\"Trade talks went on for day %d. "
                .formatted(n, n, LocalDate.of(2025, 3, 1).plusDays(n - 1), n) + "\\\"The tariffs on lot %d must go,\\\" said %s, the %s.\"}\n".formatted(n, speaker, role);
    }

    @Test void aDamagedCacheEntryIsExtractedAgainNotTrusted() throws IOException {
        Path dataset = work.resolve("small");
        Files.createDirectories(dataset.resolve("articles"));
        Files.writeString(dataset.resolve("dataset.yaml"), "name: small\ntitle: Small\ndescription: Test news.\nlicense: CC0-1.0\ninputs: [\"articles/**\"]\ntypes: [direct, partial]\n");
        writeArticle(dataset, 0);
        build(dataset, "out", "a.json");
        try (var entries = Files.walk(dataset.resolve(".cache"))) {
            for (Path entry : entries.filter(Files::isRegularFile).toList())
                Files.writeString(entry, "{not a cache entry");
        }

        JsonNode again = build(dataset, "out", "b.json");

        assertThat(again.get("articles_extracted").asLong()).isEqualTo(1);
        assertThat(again.get("quotes").asLong()).isEqualTo(2);
    }

    @Test void changedSinceListsWhatIsNewRelativeToARelease() throws IOException {
        Path dataset = work.resolve("released");
        Files.createDirectories(dataset.resolve("articles"));
        Files.writeString(dataset.resolve("dataset.yaml"), "name: released\ntitle: Released\ndescription: Test news.\nlicense: CC0-1.0\ninputs: [\"articles/**\"]\ntypes: [direct, partial]\n");
        for (int i = 0; i < 3; i++) writeArticle(dataset, i);
        build(dataset, "build-1", "one.json");
        CommandRun release = CommandRun.of("release", dataset.toString(), "--version", "1.0.0", "--build",
                work.resolve("build-1").toString());
        assertThat(release.exitCode()).as(release.err()).isEqualTo(ExitCodes.OK);

        writeArticle(dataset, 3);
        JsonNode summary = build(dataset, "build-2", "two.json", "--changed-since",
                dataset.resolve("releases/1.0.0").toString());

        JsonNode changes = summary.get("changes");
        assertThat(changes.get("articles_added")).extracting(JsonNode::asText).containsExactly("article-0003");
        assertThat(changes.get("articles_removed")).isEmpty();
        assertThat(changes.get("quotes_added")).hasSize(2);
        assertThat(changes.get("quotes_removed")).isEmpty();
        assertThat(changes.get("quotes_changed")).isEmpty();
    }

    @Test void changedSinceNeedsJsonLinesAndSaysSoBeforeBuilding() {
        CommandRun run = CommandRun.of("build", BuildCommandTest.SAMPLE.toString(), "--output", work.resolve("p").toString(),
                "--format", "parquet", "--no-cache", "--changed-since", BuildCommandTest.SAMPLE.resolve("releases/1.0.0").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("add jsonl to --format");
        assertThat(work.resolve("p")).doesNotExist();
    }

    private JsonNode build(Path dataset, String output, String summary, String... more) throws IOException {
        var args = new java.util.ArrayList<>(List.of("build", dataset.toString(), "--output",
                work.resolve(output).toString(), "--summary-json", work.resolve(summary).toString(), "--threads", "2"));
        args.addAll(List.of(more));
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        return new ObjectMapper().readTree(work.resolve(summary).toFile());
    }

    /** A small, plausible news article with two attributed quotes, different for every n. */
    private static void writeArticle(Path dataset, int n) throws IOException {
        String name = NAMES[n % NAMES.length], role = ROLES[(n / NAMES.length) % ROLES.length];
        String surname = name.substring(name.indexOf(' ') + 1);
        LocalDate published = LocalDate.of(2025, 1, 1).plusDays(n);
        String text = """
                ---
                id: article-%1$04d
                published: %2$s
                ---
                Budget talks continue, report %1$d

                %3$s %4$s said on Monday that the plan for district %1$d was "not finished yet."

                "We will publish the figures for district %1$d next week," %5$s added.
                """.formatted(n, published, capitalize(role), name, surname);
        Files.writeString(dataset.resolve("articles").resolve("article-%04d.txt".formatted(n)), text);
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
