package org.quotable.extractor.reported;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The inflected forms {@link ReportingVerbs} knows each verb by. */
class ReportingVerbsTest {
    @Test void aShortVerbEndingInOneVowelAndOneConsonantDoublesIt() {
        assertThat(ReportingVerbs.base("dubbed")).isEqualTo("dub");
        assertThat(ReportingVerbs.base("slamming")).isEqualTo("slam");
        assertThat(ReportingVerbs.base("bragged")).isEqualTo("brag");
        assertThat(ReportingVerbs.base("planned")).isEqualTo("plan");
        assertThat(ReportingVerbs.base("dubed")).isNull();
    }

    @Test void otherVerbsTakeTheirEndingsPlainly() {
        assertThat(ReportingVerbs.base("warned")).isEqualTo("warn");
        assertThat(ReportingVerbs.base("argues")).isEqualTo("argue");
        assertThat(ReportingVerbs.base("denied")).isEqualTo("deny");
        assertThat(ReportingVerbs.base("admitted")).isEqualTo("admit");
        assertThat(ReportingVerbs.base("vowed")).isEqualTo("vow");
    }
}
