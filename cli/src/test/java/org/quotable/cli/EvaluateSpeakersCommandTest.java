package org.quotable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quotable evaluate-speakers} scores the merging on both gold layouts, with pairs counted by hand here. */
class EvaluateSpeakersCommandTest {
    @TempDir Path dir;

    @Test void withAGoldIdentityPairsAreScoredAgainstTheGoldSpeaker() throws IOException {
        // Three mentions of one person (3 pairs), one of another with the same surname; "she" is not a name mention.
        Files.writeString(dir.resolve("gold.jsonl"), """
                {"article_id": "a1", "speaker": "Ingrid Halvorsen", "speaker_mention": "Ingrid Halvorsen", "speaker_type": "person", "role": "minister", "date": null}
                {"article_id": "a1", "speaker": "Ingrid Halvorsen", "speaker_mention": "she", "speaker_type": "person", "role": null, "date": null}
                {"article_id": "a2", "speaker": "Ingrid Halvorsen", "speaker_mention": "Minister Halvorsen", "speaker_type": "person", "role": null, "date": null}
                {"article_id": "a3", "speaker": "Ingrid Halvorsen", "speaker_mention": "Halvorsen", "speaker_type": "person", "role": null, "date": null}
                {"article_id": "a4", "speaker": "Tomas Halvorsen", "speaker_mention": "Tomas Halvorsen", "speaker_type": "person", "role": "coach", "date": null}
                """);
        CommandRun run = CommandRun.of("evaluate-speakers", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        // "Minister Halvorsen" joins Ingrid by her role, "Halvorsen" alone stays apart: 1 of 3 same pairs found, no false one
        assertThat(run.out()).contains("gold identity (speaker): 4 name mentions, 3 speakers after merging; 6 pairs judged (3 the same speaker), 0 not judged",
                "pair precision 1.000, recall 0.333, F1 0.500");
    }

    @Test void withoutOneOnlySurePairsAreJudged() throws IOException {
        Files.writeString(dir.resolve("gold.jsonl"), """
                {"article_id": "b1", "speaker": "Ana Petrov", "speaker_kind": "proper"}
                {"article_id": "b2", "speaker": "Ana Petrov", "speaker_kind": "proper"}
                {"article_id": "b2", "speaker": "Ms. Petrov", "speaker_kind": "proper"}
                {"article_id": "b3", "speaker": "he", "speaker_kind": "pronoun"}
                {"article_id": "b3", "speaker": "Omar Lind", "speaker_kind": "proper"}
                """);
        CommandRun run = CommandRun.of("evaluate-speakers", dir.resolve("gold.jsonl").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        // judged: Petrov/Petrov (same), and the three pairs with Lind (different); Ana/Ms. Petrov twice: not judged
        assertThat(run.out()).contains("4 name mentions, 2 speakers after merging; 4 pairs judged (1 the same speaker), 2 not judged",
                "pair precision 1.000, recall 1.000");
    }
}
