package org.quotable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuotableCommandTest {
    @Test void helpListsEveryCommandAndEveryExitCode() {
        CommandRun run = CommandRun.of("--help");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Usage: quotable", "build", "extract", "Exit codes:");
        ExitCodes.descriptions().forEach((code, meaning) -> assertThat(run.out()).contains(code.strip()));
    }

    @Test void everySubcommandHelpShowsTheExitCodes() {
        CommandRun run = CommandRun.of("build", "--help");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Usage: quotable build", "--strict", "Exit codes:", "Input errors under --strict.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "extract", "evaluate", "release", "verify", "diff"})
    void everySubcommandAnswersHelpWithItsUsage(String command) {
        CommandRun run = CommandRun.of(command, "--help");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Usage: quotable " + command);
        assertThat(run.err()).isEmpty();
    }

    @Test void versionNamesTheToolAndSchemaVersions() {
        CommandRun run = CommandRun.of("--version");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("quotable ", "schema " + org.quotable.schema.QuotableSchema.VERSION);
    }

    @Test void anUnknownOptionIsAUsageError() {
        CommandRun run = CommandRun.of("build", "--no-such-option");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Unknown option: '--no-such-option'");
    }

    // Issue 14: Main builds only the subcommand it is asked for; what users see must not change.
    @ParameterizedTest
    @ValueSource(strings = {"build --help", "extract --help", "-v extract --help", "-q release --help", "verify --help",
            "diff --help", "evaluate --help", "evaluate-speakers --help", "extract", "extract --no-such-option",
            "build --threads many"})
    void aCommandLineWithOnlyTheNamedSubcommandAnswersLikeOneWithAll(String line) {
        String[] args = line.split(" ");
        CommandRun alone = CommandRun.of(args);
        CommandRun amongAll = CommandRun.withEverySubcommand(args);
        assertThat(alone).isEqualTo(amongAll);
        assertThat(alone.out() + alone.err()).isNotBlank();
    }

    @Test void aRunOfOneSubcommandBuildsNoOther() {
        assertThat(QuotableCommand.commandLine("-q", "extract", "a.txt").getSubcommands()).containsOnlyKeys("extract");
        assertThat(QuotableCommand.commandLine("--help").getSubcommands()).containsKeys("build", "extract", "help");
        assertThat(QuotableCommand.commandLine("help", "extract").getSubcommands()).containsKeys("build", "extract", "help");
    }
}
