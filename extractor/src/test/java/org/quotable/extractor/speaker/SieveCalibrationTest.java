package org.quotable.extractor.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SieveCalibrationTest {
    @Test void sievesAreGroupedIntoFamilies() {
        assertThat(SieveCalibration.family("after")).isEqualTo("after");
        assertThat(SieveCalibration.family("before+pronoun")).isEqualTo("before+pronoun");
        assertThat(SieveCalibration.family("previous-quote+nominal")).isEqualTo("nominal");
        assertThat(SieveCalibration.family("before+role-match")).isEqualTo("role-match");
    }

    @Test void reportedSpeechSievesAreFamiliesOfTheirOwn() {
        assertThat(SieveCalibration.family("reported")).isEqualTo("reported");
        assertThat(SieveCalibration.family("reported+description")).isEqualTo("reported+description");
        assertThat(SieveCalibration.family("reported-after+pronoun")).isEqualTo("reported-after+pronoun");
        assertThat(SieveCalibration.family("reported-according-to+nominal")).isEqualTo("reported-according-to+nominal");
        // an indirect row's subject read as written is right less often than its verb's rows
        assertThat(SieveCalibration.confidence("reported+description", 0.7))
                .isLessThan(SieveCalibration.confidence("reported", 0.7));
    }

    @Test void aSieveThatIsRarelyWrongIsConfidentButNeverCertain() {
        assertThat(SieveCalibration.confidence("after", 0.95)).isEqualTo(SieveCalibration.CAP);
    }

    @Test void anUnresolvedDescriptionIsLessLikelyRightThanItsRuleSaid() {
        assertThat(SieveCalibration.confidence("after+nominal", 0.7)).isLessThan(0.6);
    }

    @Test void aSieveWithoutMeasurementsKeepsItsRulesConfidence() {
        assertThat(SieveCalibration.confidence("according-to", 0.85)).isEqualTo(0.85);
    }

    @Test void aSieveSeenOnFewQuotesStaysNearItsRulesConfidence() {
        // one quote measured, right: a little above the rule's 0.8, far from certain
        double calibrated = SieveCalibration.confidence("sentence-end", 0.8);
        assertThat(calibrated).isGreaterThan(0.8).isLessThan(0.9);
    }
}
