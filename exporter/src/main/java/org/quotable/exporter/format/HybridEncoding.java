package org.quotable.exporter.format;

/**
 * Parquet's RLE/bit-packing hybrid encoding of small integers (definition levels, dictionary indices), written in
 * one pass over values already buffered: a run of 8 or more equal values becomes one RLE run, the rest go into
 * bit-packed groups of 8. Run headers are at most 63 groups, as parquet-java writes them. Thread-safe.
 */
final class HybridEncoding {
    /** Equal values from which an RLE run is shorter than bit-packing them. */
    private static final int MIN_RLE_RUN = 8;
    /** Groups of 8 values in one bit-packed run, so that its header is one byte. */
    private static final int MAX_GROUPS = 63;

    private HybridEncoding() {}

    /** The number of bits of the largest of {@code 0..max}: 0 for 0, 1 for 1, 2 for 2 and 3, ... */
    static int bitWidth(int max) {
        return 32 - Integer.numberOfLeadingZeros(max);
    }

    /**
     * Appends {@code values[from..to)}, each below {@code 2^bitWidth}, with no length prefix.
     *
     * <p>Only runs of {@value #MIN_RLE_RUN} or more equal values can become RLE runs, and the scan probes every 4th
     * position, so such a run always holds a probe whose value equals the one 4 further on; the scan looks closer
     * only there (dictionary indices change at almost every row, and stepping value by value was most of this
     * method's time). It finds the same runs, and so writes the same bytes, as a look at every maximal run: a
     * shorter run never changes what is written.
     */
    static void encode(int[] values, int from, int to, int bitWidth, PageBytes out) {
        int packedFrom = from;    // values not yet written, to be bit-packed unless a run takes them
        int decided = from;       // every maximal run that starts before this one has been looked at
        for (int probe = from; probe + 4 < to; ) {
            int value = values[probe];
            if (values[probe + 4] != value) {
                probe += 4;
                continue;
            }
            int start = probe, end = probe + 1;    // the maximal run that holds the probe
            while (start > decided && values[start - 1] == value) start--;
            while (end < to && values[end] == value) end++;
            // the first values of the run complete the pending bit-packed group of 8
            int fill = (8 - (start - packedFrom) % 8) % 8;
            if (end - start - fill >= MIN_RLE_RUN) {
                bitPack(values, packedFrom, start + fill, bitWidth, out);
                rle(value, end - start - fill, bitWidth, out);
                packedFrom = end;
            }
            decided = end;
            probe = end;
        }
        bitPack(values, packedFrom, to, bitWidth, out);
    }

    /**
     * Appends what {@link #encode} appends for {@code count} copies of one value, without looking at each: the
     * definition levels of a page without nulls (most optional columns' pages), which {@code encode} scanned to the
     * end to find one run.
     */
    static void encodeRepeated(int value, int count, int bitWidth, PageBytes out) {
        if (count >= MIN_RLE_RUN) {
            rle(value, count, bitWidth, out);
        } else {
            int[] few = new int[count];
            java.util.Arrays.fill(few, value);
            bitPack(few, 0, count, bitWidth, out);
        }
    }

    private static void rle(int value, int count, int bitWidth, PageBytes out) {
        out.putUnsignedVarInt(count << 1);
        for (int shift = 0; shift < bitWidth; shift += 8) out.put(value >>> shift);
    }

    /**
     * Bit-packs {@code values[from..to)}; a last group of fewer than 8 is padded with zeros (only at the end). A run
     * of g groups is g * bitWidth bytes, room made once and written straight into the array, 4 bytes at a time (this
     * loop was a tenth of a row group's flush with a bounds-checked append per byte).
     */
    private static void bitPack(int[] values, int from, int to, int bitWidth, PageBytes out) {
        for (int start = from; start < to; start += MAX_GROUPS * 8) {
            int groups = Math.min(MAX_GROUPS, (to - start + 7) / 8);
            out.putUnsignedVarInt(groups << 1 | 1);
            int length = groups * bitWidth;
            byte[] bytes = out.room(length);
            int at = out.size();
            long bits = 0;
            int held = 0;    // below 32 between values, so a value of up to 32 bits fits beside them
            for (int k = start, end = start + groups * 8; k < end; k++) {
                bits |= (long) (k < to ? values[k] : 0) << held;
                held += bitWidth;
                if (held >= 32) {    // 4 bytes at once, little-endian as the bits are laid out
                    PageBytes.setIntLE(bytes, at, (int) bits);
                    at += 4;
                    bits >>>= 32;
                    held -= 32;
                }
            }
            for (; held > 0; held -= 8) {    // the run's bits are whole bytes: 8 values of bitWidth bits a group
                bytes[at++] = (byte) bits;
                bits >>>= 8;
            }
            out.skip(length);
        }
    }
}
