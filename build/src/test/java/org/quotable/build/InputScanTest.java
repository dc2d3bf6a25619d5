package org.quotable.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotable.schema.Digests;

class InputScanTest {
    @TempDir Path dir;

    /** Lines of random printable bytes, so line breaks fall anywhere, buffer edges among them. */
    private static byte[] lines(int size, long seed) {
        var random = new Random(seed);
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) bytes[i] = random.nextInt(80) == 0 ? (byte) '\n' : (byte) (' ' + random.nextInt(95));
        return bytes;
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(Digests.sha256().digest(bytes));
    }

    private static int breaks(byte[] bytes) {
        int n = 0;
        for (byte b : bytes) if (b == '\n') n++;
        return n;
    }

    @Test
    void aWholeScanGivesTheSha256TheLinesAndTheLastByte() throws IOException {
        for (int size : new int[] {0, 1, 63, 64, 65, (1 << 18) - 1, 1 << 18, (1 << 18) + 1, 700_001}) {
            byte[] bytes = lines(size, size);
            if (size > 2) bytes[size - 1] = '\n';
            InputScan scan = InputScan.of(Files.write(dir.resolve("a.jsonl"), bytes));

            assertThat(scan.size()).isEqualTo(size);
            assertThat(scan.sha256()).as("%d bytes", size).isEqualTo(sha256(bytes));
            assertThat(scan.lines()).isEqualTo(breaks(bytes));
            assertThat(scan.endsWithLineBreak()).isEqualTo(size > 2);
            assertThat(ResumableSha256.resume(scan.state())).isNotNull().extracting(ResumableSha256::length).isEqualTo((long) size);
        }
    }

    @Test
    void aFileThatGrewIsScannedAsIfReadWhole() throws IOException {
        byte[] old = lines(600_000, 1), added = lines(300_017, 2);
        Path file = Files.write(dir.resolve("a.jsonl"), old);
        InputScan before = InputScan.of(file);
        Files.write(file, added, StandardOpenOption.APPEND);

        InputScan grown = InputScan.grown(file, before);

        InputScan whole = InputScan.of(file);
        assertThat(grown).isNotNull();
        assertThat(grown.size()).isEqualTo(whole.size());
        assertThat(grown.sha256()).isEqualTo(whole.sha256());
        assertThat(grown.state()).isEqualTo(whole.state());
        assertThat(grown.check()).isEqualTo(whole.check());
        assertThat(grown.lines()).isEqualTo(whole.lines());
        assertThat(grown.endsWithLineBreak()).isEqualTo(whole.endsWithLineBreak());
        // and again from there, as the next build goes on
        Files.write(file, "{\"id\":\"one more\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        assertThat(InputScan.grown(file, grown)).isNotNull().extracting(InputScan::sha256).isEqualTo(InputScan.of(file).sha256());
    }

    @Test
    void aChangeToTheOldBytesIsFoundWhereverItIs() throws IOException {
        byte[] old = lines(300_000, 3);
        Path file = dir.resolve("a.jsonl");
        InputScan before = InputScan.of(Files.write(file, old));
        for (int at : new int[] {0, 1, 65_535, 1 << 18, (1 << 18) + 1, old.length - 1}) {
            byte[] changed = Arrays.copyOf(old, old.length + 10);
            changed[at] ^= 1;                                    // one bit, the length kept: a lost edit, not a truncation
            Files.write(file, changed);
            assertThat(InputScan.grown(file, before)).as("a bit changed at %d", at).isNull();
        }
    }

    @Test
    void aFileNoLongerThanBeforeOrAStateOfOtherBytesIsNotGrown() throws IOException {
        byte[] old = lines(10_000, 4);
        Path file = Files.write(dir.resolve("a.jsonl"), old);
        InputScan before = InputScan.of(file);

        assertThat(InputScan.grown(file, before)).as("the same bytes").isNull();
        Files.write(file, Arrays.copyOf(old, 9_000));
        assertThat(InputScan.grown(file, before)).as("shorter").isNull();

        Files.write(file, Arrays.copyOf(old, 12_000));
        InputScan otherState = new InputScan(before.size(), before.sha256(), InputScan.of(Files.write(dir.resolve("b"), new byte[7])).state(),
                before.check(), before.lines(), before.endsWithLineBreak());
        assertThat(InputScan.grown(file, otherState)).as("a state of 7 bytes").isNull();
    }
}
