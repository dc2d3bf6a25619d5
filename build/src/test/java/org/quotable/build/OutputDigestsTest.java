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

class OutputDigestsTest {
    @TempDir Path dir;

    private static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(Digests.sha256().digest(bytes));
    }

    @Test
    void aDigestKeptAtAnOffsetIsOfTheWholeFileWithTheStateOfItsFirstBytes() throws IOException {
        byte[] bytes = bytes(200_003, 1);
        Path file = Files.write(dir.resolve("articles.parquet"), bytes);
        for (long keepAt : new long[] {0, 4, 65_536, 100_001, 200_003}) {
            OutputDigests.Digest digest = OutputDigests.keptAt(file, keepAt);
            assertThat(digest.sha256()).isEqualTo(sha256(bytes));
            assertThat(ResumableSha256.resume(digest.state())).isNotNull().extracting(ResumableSha256::length).isEqualTo(keepAt);
        }
        assertThat(ResumableSha256.resume(OutputDigests.keptAt(file, -1).state()).length()).as("no row group: the end").isEqualTo(200_003);
    }

    /** As a tail build rewrites a Parquet file: the old bytes up to its last row group, then others. */
    @Test
    void aFileWithTheSameFirstBytesIsHashedFromTheKeptState() throws IOException {
        byte[] old = bytes(150_000, 2);
        OutputDigests.Digest before = OutputDigests.keptAt(Files.write(dir.resolve("old.parquet"), old), 100_000);
        byte[] now = Arrays.copyOf(old, 180_000);
        System.arraycopy(bytes(80_000, 3), 0, now, 100_000, 80_000);     // the last group and the footer written again
        Path file = Files.write(dir.resolve("new.parquet"), now);

        OutputDigests.Digest digest = OutputDigests.resumed(file, before, 100_000, 120_000);

        assertThat(digest.sha256()).isEqualTo(sha256(now));
        assertThat(digest.state()).isEqualTo(OutputDigests.keptAt(file, 120_000).state());
        // a state of more bytes than are the same is not used
        byte[] other = Arrays.copyOf(now, now.length);
        other[99_000] ^= 1;
        Path changed = Files.write(dir.resolve("changed.parquet"), other);
        assertThat(OutputDigests.resumed(changed, before, 99_000, 120_000).sha256()).isEqualTo(sha256(other));
        assertThat(OutputDigests.resumed(changed, null, 0, 120_000).sha256()).isEqualTo(sha256(other));
    }
}
