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

    /** Rows are encoded on the extraction threads (JsonlOutput); what reaches the files must not depend on how many. */
    @Test void manyThreadsWriteTheSameBytesInInputOrderAsOne() throws IOException {
        var lines = new StringBuilder();
        for (int i = 0; i < 120; i++)
            lines.append("{\"id\": \"n").append(i).append("\", \"text\": \"\\\"Offer ").append(i)
                    .append(" stands \u00e9t\u00e9 \ud83c\uddfa\ud83c\udde6,\\\" said Mayor Lena Ort").append(i % 7 == 0 ? "" : ", the mayor")
                    .append(", on Monday.\"}\n");
        Path input = Files.writeString(work.resolve("news.jsonl"), lines);

        for (String j : List.of("1", "3")) {
            CommandRun run = CommandRun.of("extract", "-j", j, input.toString(), "-o", work.resolve("q" + j + ".jsonl").toString(),
                    "-a", work.resolve("a" + j + ".jsonl").toString());
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        }
        CommandRun printed = CommandRun.of("extract", "-j", "3", input.toString());

        List<String> quotes = Files.readAllLines(work.resolve("q1.jsonl"));
        assertThat(quotes).hasSize(120);
        for (int i = 0; i < quotes.size(); i++)
            assertThat(JSON.readTree(quotes.get(i)).get("article_id").asText()).isEqualTo("n" + i);
        assertThat(Files.readAllBytes(work.resolve("q3.jsonl"))).isEqualTo(Files.readAllBytes(work.resolve("q1.jsonl")));
        assertThat(Files.readAllBytes(work.resolve("a3.jsonl"))).isEqualTo(Files.readAllBytes(work.resolve("a1.jsonl")));
        assertThat(printed.out()).isEqualTo(Files.readString(work.resolve("q1.jsonl")));
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
