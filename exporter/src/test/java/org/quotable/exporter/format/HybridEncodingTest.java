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
}
