package org.quotable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In GitHub Actions, build and evaluate append their results as Markdown tables to the run's summary page. */
class StepSummaryTest {
    @TempDir Path work;

    @Test void buildAndEvaluateAppendTheirTablesToTheStepSummary() throws IOException {
        Path summary = work.resolve("step-summary.md");
        Files.writeString(summary, "earlier steps' text\n");

        CommandRun build = CommandRun.of("build", BuildCommandTest.SAMPLE.toString(), "--output", work.resolve("out").toString(),
                "--no-cache", "--types", "direct,partial", "--step-summary", summary.toString());
        CommandRun evaluate = CommandRun.of("evaluate", BuildCommandTest.SAMPLE.toString(), "--step-summary", summary.toString());

        assertThat(build.exitCode()).as(build.err()).isEqualTo(ExitCodes.OK);
        assertThat(evaluate.exitCode()).as(evaluate.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(summary))
                .startsWith("earlier steps' text\n### Quotable build: ukraine-peace-talks\n")
                .contains("| articles | 1 (1 extracted, 0 from cache) |", "| quotes | 13 |", "| input errors | 0 |")
                .contains("### Quotable evaluation", "| quotes, exact | 1.000 | 1.000 | 1.000 |", "| speaker (surname) | | | 1.000 |");
    }
}
