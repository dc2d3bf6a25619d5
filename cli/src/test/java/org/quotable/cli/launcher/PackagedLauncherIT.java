package org.quotable.cli.launcher;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotable.cli.ExitCodes;

/**
 * The shipped tool, end to end: {@code cli/target/quotable.jar} with its {@code lib/}, in a fresh JVM per command, on
 * every input format (plain and gzip-compressed) and every command. Unit tests run the commands on the test
 * classpath, which once hid that the jar lacked the WARC reader (issue 9, item 1); these run what users run.
 */
class PackagedLauncherIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path work;
    static Path dataset;
    static Launcher.Run firstBuild;

    @BeforeAll
    static void buildTheSmokeDataset() throws Exception {
        dataset = work.resolve("smoke");
        Fixtures.dataset(dataset);
        firstBuild = Launcher.run(work, "build", "smoke", "--no-cache");
    }

    @Test
    void buildReadsEveryFormatPlainAndCompressed() throws IOException {
        assertThat(firstBuild.exitCode()).as(firstBuild.toString()).isEqualTo(ExitCodes.OK);
        assertThat(firstBuild.err()).doesNotContain("Exception", "Error");
        assertThat(firstBuild.out()).contains("Built smoke: 11 article(s) from 10 file(s), 11 quote(s)");
        List<JsonNode> quotes = lines(dataset.resolve("build/quotes.jsonl"));
        assertThat(quotes).extracting(q -> q.get("speaker").asText()).containsExactlyInAnyOrderElementsOf(Fixtures.SPEAKERS);
        List<JsonNode> articles = lines(dataset.resolve("build/articles.jsonl"));
        assertThat(new TreeSet<>(articles.stream().map(a -> a.get("source_format").asText()).toList()))
                .containsExactly("html", "json", "jsonl", "text", "warc");
        assertThat(articles).extracting(a -> a.get("source_file").asText()).contains("articles/a.txt", "articles/j.warc.gz");
        for (String name : List.of("quotes.csv", "quotes.parquet", "articles.csv", "articles.parquet", "build.json"))
            assertThat(dataset.resolve("build").resolve(name)).isNotEmptyFile();
        assertThat(Files.readString(dataset.resolve("build/errors.jsonl"))).isEmpty();
    }

    @Test
    void sourceFileIsTheSameFromAnyWorkingFolder() throws Exception {
        Launcher.Run fromInside = Launcher.run(dataset, "build", ".", "--no-cache", "-q", "-o", work.resolve("inside").toString());
        Launcher.Run byAbsolutePath = Launcher.run(work.resolve("smoke/articles"), "build", dataset.toString(), "--no-cache",
                "-q", "-o", work.resolve("absolute").toString());

        assertThat(fromInside.exitCode()).as(fromInside.toString()).isZero();
        assertThat(byAbsolutePath.exitCode()).as(byAbsolutePath.toString()).isZero();
        assertThat(Files.readString(work.resolve("inside/articles.jsonl")))
                .isEqualTo(Files.readString(work.resolve("absolute/articles.jsonl")))
                .isEqualTo(Files.readString(dataset.resolve("build/articles.jsonl")))
                .doesNotContain(work.toString());
    }

    @Test
    void extractReadsFilesFoldersAndStandardInput() throws Exception {
        Launcher.Run folder = Launcher.run(work, "extract", "smoke/articles", "--articles", "extracted-articles.jsonl");
        assertThat(folder.exitCode()).as(folder.toString()).isZero();
        assertThat(folder.out().lines()).hasSize(11);
        assertThat(lines(work.resolve("extracted-articles.jsonl"))).extracting(a -> a.get("source_file").asText())
                .contains("a.txt", "e.jsonl", "i.warc");

        Launcher.Run warc = Launcher.run(dataset.resolve("articles"), "extract", "i.warc");
        assertThat(warc.exitCode()).as(warc.toString()).isZero();
        assertThat(JSON.readTree(warc.out()).get("speaker").asText()).isEqualTo("Ida Thaler");

        byte[] stdin = (Fixtures.json("s1", "Stella Vogt") + "\n" + Fixtures.json("s2", "Sven Wolf") + "\n").getBytes(UTF_8);
        Launcher.Run piped = Launcher.runWithInput(work, stdin, "extract", "-");
        assertThat(piped.exitCode()).as(piped.toString()).isZero();
        assertThat(piped.out().lines().map(line -> read(line).get("speaker").asText())).containsExactly("Stella Vogt", "Sven Wolf");
    }

    @Test
    void evaluateScoresTheDatasetAgainstItsGold() throws Exception {
        Path copy = copyOfDataset("evaluated");
        String text = Fixtures.sentence("Anna Keller") + "\n\nThe meeting ended late in the evening.";
        String quote = "We will keep talking about Anna Keller's plan,";
        int start = text.indexOf(quote);
        Files.createDirectories(copy.resolve("gold"));
        Files.writeString(copy.resolve("gold/quotes.jsonl"), "{\"article_id\": \"a-txt\", \"quote\": \"" + quote
                + "\", \"char_start\": " + start + ", \"char_end\": " + (start + quote.length()) + ", \"speaker\": \"Anna Keller\"}\n");

        Launcher.Run run = Launcher.run(work, "evaluate", "--gold", "evaluated/gold/quotes.jsonl", "evaluated/articles/a.txt",
                "--min-f1", "0.9");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("gold quotes: 1", "recall 1.000", "speaker (surname):   1.000  (1 of 1)");
    }

    @Test
    void releaseVerifyAndDiffPublishAndCheckReleases() throws Exception {
        Path copy = copyOfDataset("released");
        assertThat(Launcher.run(work, "build", "released", "--no-cache", "-q").exitCode()).isZero();

        Launcher.Run first = Launcher.run(work, "release", "released", "--version", "1.0.0");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).contains("Released released 1.0.0: 11 quote(s), 11 article(s)");

        Files.writeString(copy.resolve("articles/k.txt"), Fixtures.text("k-txt", "Karl Zeller"));
        Launcher.Run stale = Launcher.run(work, "release", "released", "--bump", "minor");
        assertThat(stale.exitCode()).as(stale.toString()).isEqualTo(ExitCodes.STALE_BUILD);
        assertThat(stale.err()).contains("articles/k.txt", "quotable build");

        assertThat(Launcher.run(work, "build", "released", "-q").exitCode()).isZero();
        Launcher.Run second = Launcher.run(work, "-q", "release", "released", "--bump", "minor");
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out()).as("--quiet prints nothing but errors").isEmpty();

        Launcher.Run verify = Launcher.run(work, "verify", "released");
        assertThat(verify.exitCode()).as(verify.toString()).isZero();
        assertThat(verify.out()).contains("releases/1.0.0: OK", "releases/1.1.0: OK");

        Launcher.Run diff = Launcher.run(work, "diff", "released/releases/1.0.0", "released/releases/1.1.0");
        assertThat(diff.exitCode()).as(diff.toString()).isZero();
        assertThat(diff.out()).contains("Changes from 1.0.0 to 1.1.0", "- Articles: 1 added, 0 removed (12 in total)");
    }

    @Test
    void releaseRefusesABuildWithoutTheFormatsItPublishesFrom() throws Exception {
        copyOfDataset("csv-only");
        assertThat(Launcher.run(work, "build", "csv-only", "-f", "csv", "-q").exitCode()).isZero();
        assertThat(work.resolve("csv-only/build/quotes.jsonl")).doesNotExist();

        Launcher.Run release = Launcher.run(work, "release", "csv-only", "--version", "1.0.0");

        assertThat(release.exitCode()).as(release.toString()).isEqualTo(ExitCodes.STALE_BUILD);
        assertThat(release.err()).contains("csv", "jsonl");
        assertThat(work.resolve("csv-only/releases/1.0.0")).doesNotExist();
    }

    @Test
    void aBuildOfADatasetLockedByAnotherProcessFailsAndChangesNothing() throws Exception {
        Path copy = copyOfDataset("locked");
        try (var channel = java.nio.channels.FileChannel.open(copy.resolve(".quotable.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             var held = channel.lock()) {
            Launcher.Run run = Launcher.run(work, "build", "locked", "--no-cache");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.LOCKED);
            assertThat(run.err()).contains("locked is busy: another build or release of this dataset is running");
        }
        assertThat(copy.resolve("build")).doesNotExist();
    }

    @Test
    void badUsageIsOneLineAndAHint() throws Exception {
        Launcher.Run run = Launcher.run(work, "build", "smoke", "--threads", "many");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines()).hasSize(2);
        assertThat(run.err()).contains("'many'", "quotable build --help");
    }

    @Test
    void anOutputInAMissingFolderNamesTheReason() throws Exception {
        Launcher.Run run = Launcher.run(work, "extract", "smoke/articles/a.txt", "-o", "/missing/dir/quotes.jsonl");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(run.err()).contains("/missing/dir/quotes.jsonl", "no such folder");
    }

    private Path copyOfDataset(String name) throws IOException {
        Path copy = work.resolve(name);
        Fixtures.dataset(copy);
        return copy;
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        var nodes = new ArrayList<JsonNode>();
        try (Stream<String> lines = Files.lines(file)) {
            for (String line : (Iterable<String>) lines::iterator) nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
