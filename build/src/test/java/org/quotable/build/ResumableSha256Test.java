package org.quotable.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotable.schema.Digests;

class ResumableSha256Test {
    @TempDir Path dir;

    @Test
    void knownDigests() {
        assertThat(new ResumableSha256().hex()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        var abc = new ResumableSha256();
        abc.update("abc".getBytes(StandardCharsets.US_ASCII), 0, 3);
        assertThat(abc.hex()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void everyLengthAroundTheBlockAndPaddingEdgesHashesAsTheJdk() {
        byte[] bytes = new byte[300];
        new Random(3).nextBytes(bytes);
        for (int length = 0; length <= bytes.length; length++) {
            var sha = new ResumableSha256();
            sha.update(bytes, 0, length);
            assertThat(sha.hex()).as("%d bytes", length).isEqualTo(jdk(bytes, length));
            assertThat(sha.length()).isEqualTo(length);
        }
    }

    @Test
    void aStoredStateResumedAtAnyPointGivesTheDigestOfTheWhole() {
        byte[] bytes = new byte[1000];
        new Random(5).nextBytes(bytes);
        String whole = jdk(bytes, bytes.length);
        for (int cut : new int[] {0, 1, 55, 56, 63, 64, 65, 127, 128, 500, 999, 1000}) {
            var first = new ResumableSha256();
            first.update(bytes, 0, cut);
            String before = first.hex();      // digest() leaves the state as it was
            ResumableSha256 resumed = ResumableSha256.resume(first.state());
            assertThat(resumed).isNotNull();
            resumed.update(bytes, cut, bytes.length - cut);
            assertThat(resumed.hex()).as("cut at %d", cut).isEqualTo(whole);
            assertThat(before).isEqualTo(jdk(bytes, cut));
        }
    }

    @Test
    void unevenUpdatesHashAsOne() {
        byte[] bytes = new byte[5000];
        new Random(9).nextBytes(bytes);
        var sha = new ResumableSha256();
        var random = new Random(11);
        for (int at = 0; at < bytes.length; ) {
            int n = Math.min(bytes.length - at, random.nextInt(150));
            sha.update(bytes, at, n);
            at += n;
        }
        assertThat(sha.hex()).isEqualTo(jdk(bytes, bytes.length));
    }

    @Test
    void aFileIsHashedFromAnOffset() throws IOException {
        byte[] bytes = new byte[200_000];
        new Random(13).nextBytes(bytes);
        Path file = Files.write(dir.resolve("quotes.jsonl"), bytes);
        var sha = new ResumableSha256();
        sha.update(bytes, 0, 70_001);

        assertThat(sha.update(file, 70_001)).isEqualTo(bytes.length - 70_001);
        assertThat(sha.hex()).isEqualTo(jdk(bytes, bytes.length));
    }

    @Test
    void bytesThatAreNoStateAreRefused() {
        var sha = new ResumableSha256();
        sha.update(new byte[10], 0, 10);
        byte[] state = sha.state();

        assertThat(ResumableSha256.resume(new byte[0])).isNull();
        assertThat(ResumableSha256.resume(java.util.Arrays.copyOf(state, state.length - 1))).isNull();
        assertThat(ResumableSha256.resume(java.util.Arrays.copyOf(state, state.length + 1))).isNull();
        state[0] ^= 1;
        assertThat(ResumableSha256.resume(state)).isNull();
    }

    private static String jdk(byte[] bytes, int length) {
        var digest = Digests.sha256();
        digest.update(bytes, 0, length);
        return HexFormat.of().formatHex(digest.digest());
    }
}
