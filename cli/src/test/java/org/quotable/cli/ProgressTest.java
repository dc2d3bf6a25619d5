package org.quotable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** Without a terminal (CI), a build says how far it is in plain log lines. */
class ProgressTest {
    @Test void logLinesCountArticlesAgainstTheTotalAndQuotes() {
        var lines = new ArrayList<String>();
        try (var progress = new Progress.LogLines(3, Duration.ZERO, lines::add)) {
            progress.articleDone(2);
            progress.articleDone(0);
            progress.articleDone(5);
        }

        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).matches("1/3 articles \\(\\d+\\.\\d per s, about \\d+ s left\\), 2 quotes");
        assertThat(lines.get(2)).matches("3/3 articles \\(\\d+\\.\\d per s\\), 7 quotes");
        assertThat(lines.get(3)).as("closing line").matches("3/3 articles \\(\\d+\\.\\d per s\\), 7 quotes");
    }

    @Test void withoutAKnownTotalTheyCountOnlyWhatIsDone() {
        var lines = new ArrayList<String>();
        try (var progress = new Progress.LogLines(1, Duration.ZERO, lines::add)) {
            progress.articleDone(1);
            progress.totalUnknown();
            progress.articleDone(1);
        }

        assertThat(lines.get(1)).matches("2 articles \\(\\d+\\.\\d per s\\), 2 quotes");
    }

    @Test void aShortBuildLogsNothing() {
        var lines = new ArrayList<String>();
        try (var progress = new Progress.LogLines(2, Duration.ofHours(1), lines::add)) {
            progress.articleDone(1);
            progress.articleDone(1);
        }

        assertThat(lines).isEmpty();
    }
}
