package org.quotable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    @TempDir Path dir;

    @Test void theSampleDatasetMatchesItsGoldExactly() throws IOException {
        Path summary = dir.resolve("summary.json");
        CommandRun run = CommandRun.of("evaluate", BuildCommandTest.SAMPLE.toString(), "--summary-json", summary.toString(),
                "--min-f1", "0.95", "--min-speaker-accuracy", "0.9");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("articles: 1, gold quotes: 13, predicted: 13")
                .contains("quotes (exact):      precision 1.000  recall 1.000  F1 1.000  (13 matched)")
                .contains("speaker (surname):   1.000  (13 of 13)")
                .contains("role:                1.000  (13 of 13)")
                .contains("date:                1.000  (13 of 13)");
        JsonNode json = new ObjectMapper().readTree(summary.toFile());
        assertThat(json.get("exact").get("f1").asDouble()).isEqualTo(1.0);
        assertThat(json.get("speaker_surname").get("total").asInt()).isEqualTo(13);
        assertThat(json.get("misses").get("missed").asInt()).isZero();
    }

    @Test void aQualityGateBelowItsBarFailsWithItsExitCodeAndListsTheMisses() throws IOException {
        Path articles = Files.writeString(dir.resolve("articles.jsonl"),
                "{\"id\": \"a1\", \"text\": \"\\\"We are ready,\\\" Merz said. Nothing else was said.\"}\n");
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), """
                {"article_id": "a1", "quote": "We are ready,", "char_start": 1, "char_end": 14, "speaker": "Scholz"}
                {"article_id": "a1", "quote": "Nothing else was said.", "char_start": 27, "char_end": 49, "speaker": "Merz"}
                """);

        CommandRun run = CommandRun.of("evaluate", "--gold", gold.toString(), articles.toString(),
                "--min-f1", "0.9", "--min-speaker-accuracy", "0.9");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.QUALITY_GATE);
        assertThat(run.out()).contains("quotes (exact):      precision 1.000  recall 0.500  F1 0.667  (1 matched)")
                .contains("quality gate failed: exact quote F1 0.667 is below --min-f1 0.900")
                .contains("quality gate failed: speaker accuracy 0.000 is below --min-speaker-accuracy 0.900")
                .contains("  missed a1: \"Nothing else was said.\"")
                .contains("  misattributed a1: \"We are ready,\" (expected Scholz, got Merz)");
    }

    @Test void typeIndirectScoresReportedSpeechAndAllPrintsEachPart() throws IOException {
        String text = "\\\"We are ready,\\\" Merz said. Lund said the talks would resume in May.";
        Path articles = Files.writeString(dir.resolve("articles.jsonl"), "{\"id\": \"a1\", \"text\": \"" + text + "\"}\n");
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), """
                {"article_id": "a1", "quote": "We are ready,", "char_start": 1, "char_end": 14, "speaker": "Merz"}
                {"article_id": "a1", "quote": "the talks would resume in May", "char_start": 37, "char_end": 66, "speaker": "Lund", "quote_type": "indirect"}
                """);

        CommandRun direct = CommandRun.of("evaluate", "--gold", gold.toString(), articles.toString());
        assertThat(direct.out()).as(direct.err()).contains("articles: 1, gold quotes: 1, predicted: 1")
                .contains("quotes (exact):      precision 1.000  recall 1.000  F1 1.000  (1 matched)");
        CommandRun indirect = CommandRun.of("evaluate", "--gold", gold.toString(), articles.toString(), "--type", "indirect");
        assertThat(indirect.out()).as(indirect.err()).contains("articles: 1, gold quotes: 1, predicted: 1")
                .contains("quotes (exact):      precision 1.000  recall 1.000  F1 1.000  (1 matched)")
                .contains("speaker (surname):   1.000  (1 of 1)");
        CommandRun all = CommandRun.of("evaluate", "--gold", gold.toString(), articles.toString(), "--type", "all");
        assertThat(all.out()).contains("== direct ==", "== indirect ==", "== all ==")
                .contains("articles: 1, gold quotes: 2, predicted: 2");
        CommandRun without = CommandRun.of("extract", articles.toString(), "--types", "direct,partial");
        assertThat(without.out()).as(without.err()).contains("We are ready,").doesNotContain("indirect");
    }

    @Test void aBarOutsideZeroToOneIsAUsageError() {
        CommandRun run = CommandRun.of("evaluate", BuildCommandTest.SAMPLE.toString(), "--min-f1", "95");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--min-f1 must be between 0 and 1, got 95.0");
    }

    @Test void aFolderWithoutGoldSaysWhereToPutIt() throws IOException {
        Path dataset = Files.createDirectories(dir.resolve("ds"));
        Files.copy(BuildCommandTest.SAMPLE.resolve("dataset.yaml"), dataset.resolve("dataset.yaml"));
        CommandRun run = CommandRun.of("evaluate", dataset.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(dataset.resolve("gold") + ": no gold annotations (*.jsonl)");
    }

    @Test void showErrorsListsEveryMissWithItsWholeText() throws IOException {
        String sentence = "Lund said the talks on the new harbour levy would resume in May after the long summer break and the vote.";
        Path articles = Files.writeString(dir.resolve("articles.jsonl"), "{\"id\": \"a1\", \"text\": \"" + sentence + "\"}\n");
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), """
                {"article_id": "a1", "quote": "Lund", "char_start": 0, "char_end": 4, "speaker": "Lund", "quote_type": "indirect"}
                """);
        String content = sentence.substring("Lund said ".length(), sentence.length() - 1);

        CommandRun shortened = CommandRun.of("evaluate", "--gold", gold.toString(), articles.toString(), "--type", "indirect");
        assertThat(shortened.out()).as(shortened.err()).contains("spurious a1: \"" + content.substring(0, 87) + "...\"");
        CommandRun full = CommandRun.of("evaluate", "--gold", gold.toString(), articles.toString(), "--type", "indirect", "--show-errors");
        assertThat(full.out()).as(full.err()).contains("spurious a1: \"" + content + "\"").contains("missed a1: \"Lund\"");
    }
}
