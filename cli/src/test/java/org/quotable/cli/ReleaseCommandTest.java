package org.quotable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code release}, {@code verify} and {@code diff} on a copy of the sample dataset. */
class ReleaseCommandTest {
    @TempDir Path dir;
    Path dataset;

    @BeforeEach
    void buildACopyOfTheSample() throws IOException {
        dataset = dir.resolve("ukraine-peace-talks");
        copy(BuildCommandTest.SAMPLE, dataset);
        CommandRun build = CommandRun.of("build", dataset.toString(), "--no-cache", "--quiet");
        assertThat(build.exitCode()).as(build.err()).isEqualTo(ExitCodes.OK);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                String relative = from.relativize(p).toString();
                if (relative.startsWith("build") || relative.startsWith("releases") || relative.startsWith(".cache")) continue;
                Path target = to.resolve(relative);
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void releasesVerifiesAndRefusesToOverwrite() throws IOException {
        Files.writeString(dir.resolve("eval.json"), """
                {"articles": 1, "exact": {"precision": 1.0, "recall": 0.5, "f1": 0.6667},
                 "speaker_surname": {"accuracy": 0.75}, "date": {"accuracy": null}}
                """);
        CommandRun release = CommandRun.of("release", dataset.toString(), "--version", "1.0.0", "--quality", dir.resolve("eval.json").toString());
        assertThat(release.exitCode()).as(release.err()).isEqualTo(ExitCodes.OK);
        Path folder = dataset.resolve("releases/1.0.0");
        assertThat(release.out()).startsWith("Released ukraine-peace-talks 1.0.0: ").contains(" in " + folder + "\n");
        assertThat(Files.readString(folder.resolve("README.md"))).contains("| quote_f1 | 0.667 |", "| speaker_surname_accuracy | 0.750 |")
                .doesNotContain("date_accuracy");

        CommandRun again = CommandRun.of("release", dataset.toString(), "--version", "1.0.0");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.RELEASE_CONFLICT);
        assertThat(again.err()).isEqualTo("quotable: Release 1.0.0 already exists at " + folder
                + ", and releases are never overwritten; publish a new version, e.g. 1.0.1\n");

        CommandRun lower = CommandRun.of("release", dataset.toString(), "--version", "0.9.0");
        assertThat(lower.exitCode()).isEqualTo(ExitCodes.RELEASE_CONFLICT);

        CommandRun verify = CommandRun.of("verify", folder.toString());
        assertThat(verify.exitCode()).as(verify.err()).isEqualTo(ExitCodes.OK);
        assertThat(verify.out()).startsWith(folder + ": OK (");

        CommandRun bump = CommandRun.of("release", dataset.toString(), "--bump", "MINOR");
        assertThat(bump.exitCode()).as(bump.err()).isEqualTo(ExitCodes.OK);
        CommandRun diff = CommandRun.of("diff", folder.toString(), dataset.resolve("releases/1.1.0").toString());
        assertThat(diff.exitCode()).as(diff.err()).isEqualTo(ExitCodes.OK);
        assertThat(diff.out()).startsWith("Changes from 1.0.0 to 1.1.0:\n- Articles: 0 added, 0 removed (1 in total)\n- Quotes: 0 added, 0 removed, 0 changed (")
                .endsWith("- Schema version: " + org.quotable.schema.QuotableSchema.VERSION + " (unchanged)\n");
    }

    @Test
    void verifyFailsWithItsOwnExitCodeNamingTheFile() throws IOException {
        assertThat(CommandRun.of("release", dataset.toString(), "--version", "1.0.0").exitCode()).isEqualTo(ExitCodes.OK);
        Path folder = dataset.resolve("releases/1.0.0");
        Files.writeString(folder.resolve("quotes.csv"), "damaged\n");
        CommandRun verify = CommandRun.of("verify", folder.toString());
        assertThat(verify.exitCode()).isEqualTo(ExitCodes.VERIFY_FAILED);
        assertThat(verify.err()).contains(folder + "/quotes.csv: SHA-256 is ")
                .contains(folder + "/quotes.csv (line 1): the header [damaged] is not the quotes table's columns")
                .contains("quotable: " + folder + " failed verification with ");
    }

    @Test
    void usageErrorsAreNamed() {
        CommandRun both = CommandRun.of("release", dataset.toString(), "--version", "1.0.0", "--bump", "PATCH");
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("mutually exclusive");
        CommandRun bad = CommandRun.of("release", dataset.toString(), "--version", "1.0");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).isEqualTo("quotable: --version: '1.0' is not a semantic version MAJOR.MINOR.PATCH, e.g. 1.0.0\n");
        CommandRun missing = CommandRun.of("verify", dir.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).startsWith("quotable: " + dir.resolve("nope") + " is not a folder");
    }
}
