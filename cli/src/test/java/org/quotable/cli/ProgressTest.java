package org.quotable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.quotable.extractor.article.InputFile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.Digests;
import org.quotable.schema.SourceFormat;

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

    @Test void aJsonLinesFileOfManyArticlesShowsPercentAndEtaFromTheBytesRead(@TempDir Path dir) throws IOException {
        Path lines = dir.resolve("feed.jsonl"), single = dir.resolve("one.txt");
        String text = "x".repeat(936);                      // 936 + 64 per record: four records are 4000 bytes
        Files.writeString(lines, "z".repeat(4000));        // only its size counts here
        Files.writeString(single, "y".repeat(4000));
        var out = new ArrayList<String>();
        try (var progress = new Progress.LogLines(new Progress.BytesRead(List.of(InputFile.of(lines), InputFile.of(single))), Duration.ZERO, out::add)) {
            for (int i = 0; i < 4; i++) {
                progress.articleRead(article(lines, text));
                progress.totalUnknown();                     // more articles than files: bytes still give the total
                progress.articleDone(1);
            }
            progress.articleRead(article(single, "y".repeat(4000)));
            progress.articleDone(2);
        }

        assertThat(out.get(0)).matches("13% of 7\\.8 KB read, 1 articles \\(\\d+\\.\\d per s, about \\d+ s left\\), 1 quotes");
        assertThat(out.get(1)).startsWith("25% of 7.8 KB read, 2 articles");
        assertThat(out.get(3)).startsWith("50% of 7.8 KB read, 4 articles");
        assertThat(out.get(4)).startsWith("100% of 7.8 KB read, 5 articles").endsWith(", 6 quotes");
    }

    private static ArticleRecord article(Path file, String text) {
        return new ArticleRecord("id-" + text.length(), null, null, null, null, null, text, Digests.sha256Hex(text),
                file.toString(), SourceFormat.JSONL);
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
