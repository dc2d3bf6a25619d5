package org.quotable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path work;

    @Test void printsOneQuotesRowPerLineOnStandardOutput() throws IOException {
        Path article = Files.writeString(work.resolve("talks.txt"),
                "---\nid: talks-1\npublished: 2025-12-16\n---\nBerlin talks\n\n"
                        + "\"We are making progress 🇺🇦,\" Foreign Minister Anna Keller said on Monday.\n");

        CommandRun run = CommandRun.of("extract", article.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode quote = JSON.readTree(lines.get(0));
        assertThat(quote.get("article_id").asText()).isEqualTo("talks-1");
        assertThat(quote.get("quote").asText()).isEqualTo("We are making progress 🇺🇦,");
        assertThat(quote.get("speaker").asText()).isEqualTo("Anna Keller");
        assertThat(quote.get("date").asText()).isEqualTo("2025-12-15");
    }

    @Test void writesQuotesAndArticlesToFilesAndReportsBadInputsOnStandardError() throws IOException {
        Files.writeString(work.resolve("a.jsonl"), "{\"id\": \"a1\", \"text\": \"\\\"Yes,\\\" she said.\"}\n{broken\n");

        CommandRun run = CommandRun.of("extract", work.toString(), "--out", work.resolve("quotes.jsonl").toString(),
                "--articles", work.resolve("articles.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("a.jsonl:line 2: not a valid JSON object");
        assertThat(run.out()).isEmpty();
        JsonNode article = JSON.readTree(Files.readString(work.resolve("articles.jsonl")));
        assertThat(article.get("article_id").asText()).isEqualTo("a1");
        assertThat(article.get("text").asText()).isEqualTo("\"Yes,\" she said.");
    }

    @Test void strictExitsWithThreeOnABadInput() throws IOException {
        Files.writeString(work.resolve("empty.json"), "");

        CommandRun run = CommandRun.of("extract", "--strict", work.resolve("empty.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(run.err()).contains("empty.json");
    }

    @Test void aMissingInputIsAUsageError() {
        CommandRun run = CommandRun.of("extract", work.resolve("nothing.txt").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("nothing.txt: no such file or folder");
    }
}
