package org.quotable.exporter.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import org.apache.parquet.column.values.rle.RunLengthBitPackingHybridDecoder;
import org.junit.jupiter.api.Test;

/** Our RLE/bit-packing hybrid encoding, read back with parquet-java's own decoder. */
class HybridEncodingTest {

    private static int[] decoded(int[] values, int from, int to, int bitWidth) throws IOException {
        var out = new PageBytes(16);
        HybridEncoding.encode(values, from, to, bitWidth, out);
        var decoder = new RunLengthBitPackingHybridDecoder(bitWidth, new ByteArrayInputStream(out.array(), 0, out.size()));
        int[] read = new int[to - from];
        for (int i = 0; i < read.length; i++) read[i] = decoder.readInt();
        return read;
    }

    @Test
    void mixedRunsAndLiteralsOfEveryWidthReadBack() throws IOException {
        var random = new Random(14);
        for (int bitWidth = 1; bitWidth <= 20; bitWidth++) {
            int[] values = new int[5_003];
            for (int i = 0; i < values.length; ) {
                int value = random.nextInt(1 << bitWidth);
                int run = random.nextBoolean() ? 1 + random.nextInt(3) : 5 + random.nextInt(40);
                for (int k = 0; k < run && i < values.length; k++) values[i++] = value;
            }
            assertThat(decoded(values, 0, values.length, bitWidth)).as("width %d", bitWidth).containsExactly(values);
            assertThat(decoded(values, 37, 4_001, bitWidth)).as("a slice, width %d", bitWidth)
                    .containsExactly(java.util.Arrays.copyOfRange(values, 37, 4_001));
        }
    }

    @Test
    void longLiteralStretchesSplitIntoRunsOf63GroupsAndReadBack() throws IOException {
        int[] values = new int[2_000];
        for (int i = 0; i < values.length; i++) values[i] = i % 7;
        assertThat(decoded(values, 0, values.length, 3)).containsExactly(values);
    }

    @Test
    void aRunRightAfterAnUnfinishedGroupAndAtTheEndReadsBack() throws IOException {
        int[] values = {1, 0, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2};
        assertThat(decoded(values, 0, values.length, 2)).containsExactly(values);
    }

    @Test
    void widthZeroIsOneRunOfZeros() throws IOException {
        int[] values = new int[1_000];
        assertThat(decoded(values, 0, values.length, 0)).containsExactly(values);
        assertThat(HybridEncoding.bitWidth(0)).isZero();
        assertThat(HybridEncoding.bitWidth(1)).isEqualTo(1);
        assertThat(HybridEncoding.bitWidth(255)).isEqualTo(8);
        assertThat(HybridEncoding.bitWidth(256)).isEqualTo(9);
    }
    /** The plain scan the encoder once was: every maximal run looked at in turn. The bytes must not change. */
    private static byte[] everyRunScan(int[] values, int from, int to, int bitWidth) {
        var out = new PageBytes(16);
        int packedFrom = from;
        for (int i = from; i < to; ) {
            int end = i + 1;
            while (end < to && values[end] == values[i]) end++;
            int fill = (8 - (i - packedFrom) % 8) % 8;
            if (end - i - fill >= 8) {
                encodeLiterals(values, packedFrom, i + fill, bitWidth, out);
                out.putUnsignedVarInt((end - i - fill) << 1);
                for (int shift = 0; shift < bitWidth; shift += 8) out.put(values[i] >>> shift);
                packedFrom = end;
            }
            i = end;
        }
        encodeLiterals(values, packedFrom, to, bitWidth, out);
        return java.util.Arrays.copyOf(out.array(), out.size());
    }

    /** Bit-packed groups of 8, at most 63 a run, the last padded with zeros. */
    private static void encodeLiterals(int[] values, int from, int to, int bitWidth, PageBytes out) {
        for (int start = from; start < to; start += 63 * 8) {
            int groups = Math.min(63, (to - start + 7) / 8);
            out.putUnsignedVarInt(groups << 1 | 1);
            long bits = 0;
            int held = 0;
            for (int k = start; k < start + groups * 8; k++) {
                bits |= (long) (k < to ? values[k] : 0) << held;
                for (held += bitWidth; held >= 8; held -= 8, bits >>>= 8) out.put((int) bits);
            }
        }
    }

    @Test
    void theSkippingScanWritesTheBytesOfALookAtEveryRun() {
        var random = new Random(141);
        for (int trial = 0; trial < 300; trial++) {
            int bitWidth = 1 + random.nextInt(12);
            int[] values = new int[1 + random.nextInt(3_000)];
            for (int i = 0; i < values.length; ) {
                int value = random.nextInt(Math.min(1 << bitWidth, 1 + random.nextInt(4)));
                int run = switch (random.nextInt(4)) {
                    case 0 -> 1;
                    case 1 -> 1 + random.nextInt(7);
                    case 2 -> 7 + random.nextInt(4);
                    default -> 1 + random.nextInt(60);
                };
                for (int k = 0; k < run && i < values.length; k++) values[i++] = value;
            }
            int from = random.nextInt(values.length), to = from + random.nextInt(values.length - from + 1);
            var out = new PageBytes(16);
            HybridEncoding.encode(values, from, to, bitWidth, out);
            assertThat(java.util.Arrays.copyOf(out.array(), out.size())).as("trial %d", trial)
                    .isEqualTo(everyRunScan(values, from, to, bitWidth));
        }
    }

    @Test
    void copiesOfOneValueEncodeAsTheScanEncodesThem() {
        for (int count : new int[] {0, 1, 7, 8, 9, 63, 64, 1_000, 100_000}) {
            for (int bitWidth : new int[] {1, 3, 9}) {
                int[] values = new int[count];
                java.util.Arrays.fill(values, 1);
                var scanned = new PageBytes(16);
                HybridEncoding.encode(values, 0, count, bitWidth, scanned);
                var repeated = new PageBytes(16);
                HybridEncoding.encodeRepeated(1, count, bitWidth, repeated);
                assertThat(java.util.Arrays.copyOf(repeated.array(), repeated.size())).as("%d of width %d", count, bitWidth)
                        .isEqualTo(java.util.Arrays.copyOf(scanned.array(), scanned.size()));
            }
        }
    }
}
