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
 * Builds that take articles appended to the last input from the last build's state ({@link TailBuild}) write what a
 * build without the cache writes, {@code build.json} included, and a last input whose old bytes changed is built in
 * full.
 */
class TailBuildTest {
    /** Small row groups, so that the Parquet files have groups to copy. */
    private static final ExportOptions SMALL_GROUPS = ExportOptions.DEFAULT.toBuilder().rowGroupRowLimit(16).get();

    @TempDir Path dir;

    private static String line(int n, String speaker) {
        return ("{\"id\":\"wire-%d\",\"title\":\"Harbour works %d\",\"published\":\"%s\",\"text\":\"The harbour works went on for "
                + "week %d. \\\"Berth %d opens in spring,\\\" said %s, the harbour master.\"}\n")
                .formatted(n, n, LocalDate.of(2025, 5, 1).plusDays(n), n, n, speaker);
    }

    private Path dataset() throws IOException {
        Path dataset = dir.resolve("port");
        Files.createDirectories(dataset.resolve("articles"));
        Files.writeString(dataset.resolve("dataset.yaml"), "name: port\ntitle: Port\ndescription: Invented harbour news.\n"
                + "license: CC0-1.0\ninputs: [\"articles/**\"]\n", UTF_8);
        var lines = new StringBuilder();
        for (int n = 1; n <= 50; n++) lines.append(line(n, n % 4 == 0 ? "Brandt" : "Ute Brandt"));   // over 8 KiB
        Files.writeString(dataset.resolve("articles/wire.jsonl"), lines, UTF_8);
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
        Path tail = dataset.resolve("build"), full = dataset.resolve("full");
        List<String> names;
        try (var files = Files.list(full)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).as(step).contains("build.json", "articles.parquet", "quotes.csv", "speakers.jsonl");
        try (var files = Files.list(tail)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList()).as(step).isEqualTo(names);
        }
        for (String name : names)
            assertThat(Files.readAllBytes(tail.resolve(name))).as("%s: %s", step, name).isEqualTo(Files.readAllBytes(full.resolve(name)));
    }

    @Test
    void linesAppendedToTheLastInputTwiceGiveAFullBuildsFiles() throws IOException {
        Path dataset = dataset();
        Path wire = dataset.resolve("articles/wire.jsonl");
        build(dataset, "build", true);

        for (int n = 51; n <= 52; n++) {
            keepOnlyTheTailState(dataset);
            Files.writeString(wire, line(n, "Ute Brandt"), UTF_8, StandardOpenOption.APPEND);
            DatasetBuild.Result tail = build(dataset, "build", true);
            assertThat(tail.extracted()).as("only the new article is extracted").isEqualTo(1);
            assertThat(tail.articles()).isEqualTo(n);
            build(dataset, "full", false);
            assertSameFiles(dataset, "+1 article, " + n);
        }
    }

    @Test
    void aLastInputWhoseOldBytesChangedAsItGrewIsBuiltInFull() throws IOException {
        Path dataset = dataset();
        Path wire = dataset.resolve("articles/wire.jsonl");
        build(dataset, "build", true);
        keepOnlyTheTailState(dataset);
        // the same length before the new line, one letter of an old article changed
        String edited = Files.readString(wire, UTF_8).replace("Berth 7 opens", "Berth 7 closes").replace("week 8.", "week 8");
        assertThat(edited.length()).isEqualTo(Files.readString(wire, UTF_8).length());
        Files.writeString(wire, edited + line(51, "Ute Brandt"), UTF_8);

        DatasetBuild.Result result = build(dataset, "build", true);

        assertThat(result.extracted()).as("every article, read again").isEqualTo(51);
        build(dataset, "full", false);
        assertSameFiles(dataset, "an old line changed");
    }
}
