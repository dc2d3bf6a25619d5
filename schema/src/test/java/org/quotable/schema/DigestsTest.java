package org.quotable.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigestsTest {
    @Test void theHexOfSha256IsTheStandardOne() {
        // FIPS 180-2, appendix B.1: SHA-256("abc").
        assertThat(Digests.sha256Hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test void aPrefixIsTheFirstDigitsOfTheWholeHex() {
        assertThat(Digests.sha256HexPrefix("abc", 8)).isEqualTo("ba7816bf8f01cfea");
        assertThat(Digests.sha256HexPrefix("héllo ✓", 8)).isEqualTo(Digests.sha256Hex("héllo ✓").substring(0, 16));
    }

    @Test void idsAreTheFirstSixteenDigitsOfTheirKeysDigest() {
        assertThat(QuoteRecord.idOf("a1", 10, 42)).isEqualTo(Digests.sha256Hex("a1:10:42").substring(0, 16));
        assertThat(SpeakerRecord.idOf("person:ann vell")).isEqualTo(Digests.sha256Hex("person:ann vell").substring(0, 16));
    }
}
