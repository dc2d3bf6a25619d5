package org.quotable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Published releases never change: every release committed under the sample dataset still verifies. */
class CommittedReleasesTest {
    @Test void everyCommittedReleaseOfTheSampleVerifies() {
        CommandRun run = CommandRun.of("verify", BuildCommandTest.SAMPLE.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("releases/1.0.0: OK (13 quote(s), 1 article(s)");
    }
}
