package org.quotable.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotable.schema.Digests;

class PrefixDigestsTest {
    private static final int MIB = 1 << 20;

    @TempDir Path dir;

    @Test
    void everyPrefixHashesAsTheBytesAlone() throws IOException {
        byte[] bytes = new byte[2 * MIB + MIB / 2 + 17];
        new Random(7).nextBytes(bytes);
        Path file = Files.write(dir.resolve("articles.jsonl"), bytes);

        PrefixDigests digests = PrefixDigests.of(file);

        assertThat(digests.sha256()).isEqualTo(HexFormat.of().formatHex(sha256(bytes, bytes.length)));
        for (int size : new int[] {0, 1, 65_535, MIB - 1, MIB, MIB + 1, 2 * MIB, bytes.length - 1, bytes.length})
            assertThat(digests.prefix(size)).as("the first %d bytes", size).isEqualTo(sha256(bytes, size));
        assertThat(digests.prefix(bytes.length + 1L)).isNull();
        assertThat(digests.prefix(3L * MIB)).isNull();
    }

    @Test
    void aPrefixIsHashedFromTheFileAsItIsNow() throws IOException {
        byte[] bytes = new byte[MIB + 100];
        Path file = Files.write(dir.resolve("grown.jsonl"), bytes);
        PrefixDigests digests = PrefixDigests.of(file);

        bytes[MIB + 10] = 1;      // after the last kept state, so read again
        Files.write(file, bytes);

        assertThat(digests.prefix(MIB + 50)).isEqualTo(sha256(bytes, MIB + 50));
    }

    @Test
    void aFileOfWholeBuffersEndsWithItsLastState() throws IOException {
        byte[] bytes = new byte[MIB];
        Arrays.fill(bytes, (byte) 'x');
        Path file = Files.write(dir.resolve("exact.jsonl"), bytes);

        PrefixDigests digests = PrefixDigests.of(file);

        assertThat(digests.prefix(MIB)).isEqualTo(sha256(bytes, MIB));
        assertThat(digests.sha256()).isEqualTo(HexFormat.of().formatHex(sha256(bytes, MIB)));
    }

    private static byte[] sha256(byte[] bytes, int length) {
        var digest = Digests.sha256();
        digest.update(bytes, 0, length);
        return digest.digest();
    }
}
