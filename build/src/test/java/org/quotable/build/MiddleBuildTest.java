package org.quotable.build;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotable.exporter.dataset.ExportOptions;

/**
 * Builds that insert the rows of lines appended to an input that is not the last ({@link MiddleBuild}) write what a
 * build without the cache writes, {@code build.json} included, extracting only the new articles; a new article with
 * the text of a later input's article is built in full.
 */
class MiddleBuildTest {
    /** Small row groups, so that the Parquet files have groups to copy and groups after the new rows. */
    private static final ExportOptions SMALL_GROUPS = ExportOptions.DEFAULT.toBuilder().rowGroupRowLimit(16).get();

    @TempDir Path dir;

    private static String line(String source, int n, String speaker) {
        return ("{\"id\":\"%s-%d\",\"title\":\"Harbour works %d\",\"published\":\"%s\",\"text\":\"The %s harbour works went on for "
                + "week %d. \\\"Berth %d opens in spring,\\\" said %s, the harbour master.\"}\n")
                .formatted(source, n, n, LocalDate.of(2025, 5, 1).plusDays(n), source, n, n, speaker);
    }

    /** A dataset of a big input (over 8 KiB) and, after it, a small one, built once with the cache, then with a third line in the small one. */
    private Path dataset() throws IOException {
        Path dataset = dir.resolve("port");
        Files.createDirectories(dataset.resolve("articles"));
        Files.writeString(dataset.resolve("dataset.yaml"), "name: port\ntitle: Port\ndescription: Invented harbour news.\n"
                + "license: CC0-1.0\ninputs: [\"articles/**\"]\n", UTF_8);
        var lines = new StringBuilder();
        for (int n = 1; n <= 50; n++) lines.append(line("wire", n, n % 4 == 0 ? "Brandt" : n % 5 == 0 ? "Jan Okafor" : "Ute Brandt"));
        Files.writeString(dataset.resolve("articles/wire.jsonl"), lines, UTF_8);
        build(dataset, "build", true);
        // a later input, added by a tail build: the big input is no longer the last
        Files.writeString(dataset.resolve("articles/zeta.jsonl"), line("zeta", 1, "Okafor") + line("zeta", 2, "Mira Okafor")
                + line("zeta", 3, "Brandt"), UTF_8);
        assertThat(build(dataset, "build", true).extracted()).isEqualTo(3);
        return dataset;
    }

    private static DatasetBuild.Result build(Path dataset, String output, boolean cache) throws IOException {
        try (BuildRun run = Builds.start(BuildRequest.builder(dataset).output(dataset.resolve(output).toString()).cache(cache)
                .exportOptions(SMALL_GROUPS).get())) {
            return run.run(p -> {}, BuildListener.SILENT);
        }
    }

    /** Deletes the per-article cache entries and the read logs, keeping the tail state: a full build then extracts all. */
    private static void keepOnlyTheTailState(Path dataset) throws IOException {
        try (var versions = Files.list(dataset.resolve(".cache/extraction"))) {
            for (Path version : versions.toList())
                try (var entries = Files.list(version)) {
                    for (Path entry : entries.filter(p -> !p.getFileName().toString().equals("tail")).toList())
                        try (var walk = Files.walk(entry)) {
                            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
                        }
                }
        }
    }

    private static void assertSameFiles(Path dataset, String step) throws IOException {
        Path built = dataset.resolve("build"), full = dataset.resolve("full");
        List<String> names;
        try (var files = Files.list(full)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).as(step).contains("build.json", "articles.parquet", "quotes.csv", "quotes.parquet", "speakers.jsonl");
        try (var files = Files.list(built)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList()).as(step).isEqualTo(names);
        }
        for (String name : names)
            assertThat(Files.readAllBytes(built.resolve(name))).as("%s: %s", step, name).isEqualTo(Files.readAllBytes(full.resolve(name)));
    }

    @Test
    void linesAppendedToAnInputThatIsNotTheLastGiveAFullBuildsFiles() throws IOException {
        Path dataset = dataset();
        Path wire = dataset.resolve("articles/wire.jsonl");
        // new speakers and old ones: a surname alone that a later input's full name joins, a new full name
        String[] speakers = {"Ute Brandt", "Okafor", "Hal Steen"};
        for (int n = 51; n <= 53; n++) {
            keepOnlyTheTailState(dataset);
            Files.writeString(wire, line("wire", n, speakers[n - 51]), UTF_8, StandardOpenOption.APPEND);
            DatasetBuild.Result middle = build(dataset, "build", true);
            assertThat(middle.extracted()).as("only the new article is extracted").isEqualTo(1);
            assertThat(middle.articles()).isEqualTo(n + 3);
            build(dataset, "full", false);
            assertSameFiles(dataset, "+1 article in the middle, " + n);
        }
        // and the tail build still applies after the inserts
        keepOnlyTheTailState(dataset);
        Files.writeString(dataset.resolve("articles/zz.jsonl"), line("zz", 1, "Mira Okafor"), UTF_8);
        assertThat(build(dataset, "build", true).extracted()).isEqualTo(1);
        build(dataset, "full", false);
        assertSameFiles(dataset, "+1 article at the end after the inserts");
    }

    @Test
    void anInputKeepsItsEndThroughAFullBuildSoLinesAppendedToItAreStillInserted() throws IOException {
        Path dataset = dataset();
        keepOnlyTheTailState(dataset);
        // the later input rewritten: a full build, after which the big input is still known to the state
        Files.writeString(dataset.resolve("articles/zeta.jsonl"), line("zeta", 1, "Okafor") + line("zeta", 3, "Brandt"), UTF_8);
        assertThat(build(dataset, "build", true).extracted()).isEqualTo(52);
        keepOnlyTheTailState(dataset);
        Files.writeString(dataset.resolve("articles/wire.jsonl"), line("wire", 51, "Jan Okafor"), UTF_8, StandardOpenOption.APPEND);

        DatasetBuild.Result middle = build(dataset, "build", true);

        assertThat(middle.extracted()).as("only the new article is extracted").isEqualTo(1);
        build(dataset, "full", false);
        assertSameFiles(dataset, "+1 article in the middle after a full build");
    }

    @Test
    void aNewArticleWithTheTextOfALaterInputsArticleIsBuiltInFull() throws IOException {
        Path dataset = dataset();
        keepOnlyTheTailState(dataset);
        // the full build keeps this one and reports zeta-2 as its duplicate: the rows after it change
        String copy = line("zeta", 2, "Mira Okafor").replace("\"zeta-2\"", "\"wire-copy\"");
        Files.writeString(dataset.resolve("articles/wire.jsonl"), copy, UTF_8, StandardOpenOption.APPEND);

        DatasetBuild.Result result = build(dataset, "build", true);

        assertThat(result.extracted()).as("the articles read again").isGreaterThan(50);
        build(dataset, "full", false);
        assertSameFiles(dataset, "a new article repeating a later one");
    }
}
