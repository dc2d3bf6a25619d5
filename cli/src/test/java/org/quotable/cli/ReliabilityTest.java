package org.quotable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotable.build.DatasetLock;

/** Issue 9: builds under concurrency, full disks, slow articles and spreadsheet formulas; nothing is lost. */
class ReliabilityTest {
    private static final String GOOD = "\"We will keep talking,\" Foreign Minister Anna Keller said.\n";

    @TempDir Path dir;

    private Path dataset(String... namesAndTexts) throws IOException {
        Path dataset = dir.resolve("ds");
        Files.createDirectories(dataset.resolve("articles"));
        Files.writeString(dataset.resolve("dataset.yaml"),
                "name: reliability\ntitle: Reliability\ndescription: Tests.\nlicense: CC0-1.0\ninputs: [\"articles/**\"]\n");
        for (int i = 0; i < namesAndTexts.length; i += 2)
            Files.writeString(dataset.resolve("articles").resolve(namesAndTexts[i]), namesAndTexts[i + 1]);
        return dataset;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSecondBuildOrReleaseOfALockedDatasetFailsAndChangesNothing() throws IOException {
        Path dataset = dataset("a.txt", GOOD);
        assertThat(CommandRun.of("build", dataset.toString(), "--no-cache", "-q").exitCode()).isZero();
        byte[] before = Files.readAllBytes(dataset.resolve("build/quotes.jsonl"));

        try (DatasetLock running = DatasetLock.acquire(dataset, "build")) {
            CommandRun build = CommandRun.of("build", dataset.toString(), "--no-cache");
            CommandRun release = CommandRun.of("release", dataset.toString(), "--version", "1.0.0");

            assertThat(build.exitCode()).isEqualTo(ExitCodes.LOCKED);
            assertThat(build.err()).startsWith("quotable: " + dataset + " is busy: another build or release of this dataset is running")
                    .contains("run the build again when it has finished");
            assertThat(release.exitCode()).isEqualTo(ExitCodes.LOCKED);
        }
        assertThat(Files.readAllBytes(dataset.resolve("build/quotes.jsonl"))).isEqualTo(before);
        assertThat(dataset.resolve("releases")).doesNotExist();
        assertThat(CommandRun.of("build", dataset.toString(), "--no-cache", "-q").exitCode()).as("the lock is released").isZero();
    }

    @Test
    void aBuildReplacesItsOutputAsASet() throws IOException {
        Path dataset = dataset("a.txt", GOOD);
        assertThat(CommandRun.of("build", dataset.toString(), "--no-cache", "-q").exitCode()).isZero();

        CommandRun csvOnly = CommandRun.of("build", dataset.toString(), "--no-cache", "-q", "-f", "csv");

        assertThat(csvOnly.exitCode()).as(csvOnly.err()).isZero();
        assertThat(names(dataset.resolve("build"))).containsExactly("articles.csv", "build.json", "errors.jsonl", "quotes.csv", "speakers.csv");
        assertThat(names(dataset)).as("no staging folder is left").containsExactly(".quotable.lock", "articles", "build", "dataset.yaml");
    }

    @Test
    void anOutputFolderHoldingOtherFilesIsNotReplaced() throws IOException {
        Path dataset = dataset("a.txt", GOOD);
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep me");

        CommandRun run = CommandRun.of("build", dataset.toString(), "--no-cache", "-o", mine.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(mine + " holds notes.txt, which a build does not write");
        assertThat(names(mine)).containsExactly("notes.txt");
    }

    /** Issue 9, item 5: a subfolder that could not be listed aborted the batch with exit 7 and no reason. */
    @Test
    void aSubfolderThatCannotBeListedIsReportedAndTheRestIsBuilt() throws IOException {
        Path dataset = dataset("a.txt", GOOD);
        Files.createDirectories(dataset.resolve("articles/more"));
        // A symbolic link loop: unlistable even for root, who reads any folder whatever its permissions (CI is root).
        Files.createSymbolicLink(dataset.resolve("articles/more/loop"), dataset.resolve("articles"));

        CommandRun run = CommandRun.of("build", dataset.toString(), "--no-cache", "-q");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains(dataset.resolve("articles/more/loop") + ": a symbolic link loop; its files were left out");
        assertThat(Files.readAllLines(dataset.resolve("build/articles.jsonl"))).hasSize(1);
        assertThat(Files.readString(dataset.resolve("build/errors.jsonl"))).contains("\"file\":\"articles/more/loop\"");
    }

    /** Issue 9, item 4: a full disk was exit 1 with Hadoop's FSError and left .partial files behind. */
    @Test
    void aFullDiskIsExitSevenNamingTheFileAndLeavesNothing() throws IOException {
        Path dataset = dataset("a.txt", GOOD.repeat(3), "b.txt", "\"We disagree,\" Foreign Minister Berta Lang said.\n");
        Path out = dir.resolve("full");

        CommandRun run = CommandRun.of("build", dataset.toString(), "--no-cache", "-q", "-o", "fulldisk://" + out);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(run.err()).startsWith("quotable: cannot write the build: cannot write ").contains("No space left on device")
                .doesNotContain("\tat ", "FSError");
        assertThat(names(out)).isEmpty();
    }

    @Test
    void anArticleThatTakesTooLongIsReportedAndLeftOut() throws IOException {
        var slow = new StringBuilder();
        for (int i = 0; i < 40_000; i++) slow.append("\"word").append(i).append(",\" said John Smith. ");
        Path dataset = dataset("a.txt", GOOD, "slow.txt", slow.toString());

        CommandRun run = CommandRun.of("build", dataset.toString(), "--no-cache", "-q", "-j", "1", "--max-article-seconds", "0.3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains(dataset.resolve("articles/slow.txt") + ":article ")
                .contains(": extraction took longer than --max-article-seconds 0.3, article left out");
        assertThat(Files.readAllLines(dataset.resolve("build/articles.jsonl"))).singleElement().asString()
                .contains("\"source_file\":\"articles/a.txt\"");
    }

    /** Issue 9, item 7: a quote starting with = ran as a formula in spreadsheets. */
    @Test
    void csvSafeDefusesFormulasInTheCsvOnly() throws IOException {
        Path dataset = dataset("a.txt", "\"=1+2 is the sum we agreed on,\" Foreign Minister Anna Keller said.\n");
        Path exact = dir.resolve("exact");
        Path safe = dir.resolve("safe");

        assertThat(CommandRun.of("build", dataset.toString(), "--no-cache", "-q", "-o", exact.toString()).exitCode()).isZero();
        assertThat(CommandRun.of("build", dataset.toString(), "--no-cache", "-q", "-o", safe.toString(), "--csv-safe").exitCode()).isZero();

        assertThat(csvQuotes(exact)).containsExactly("=1+2 is the sum we agreed on,");
        assertThat(csvQuotes(safe)).containsExactly("'=1+2 is the sum we agreed on,");
        assertThat(Files.readString(safe.resolve("quotes.jsonl"))).contains("\"quote\":\"=1+2 is the sum we agreed on,\"");
    }

    private static List<String> csvQuotes(Path build) throws IOException {
        try (Reader in = Files.newBufferedReader(build.resolve("quotes.csv"));
             CSVParser csv = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return csv.stream().map((CSVRecord r) -> r.get("quote")).toList();
        }
    }
}
