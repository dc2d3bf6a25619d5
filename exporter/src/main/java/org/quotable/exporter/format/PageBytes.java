package org.quotable.exporter.format;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A growing byte array with the little-endian and varint writes of Parquet's encodings. A region once written is
 * not changed until {@link #clear()} (growing copies into a new array), so a slice of it may be handed on until
 * then. Not thread-safe.
 */
final class PageBytes {
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[] bytes;
    private int size;

    PageBytes(int capacity) {
        this.bytes = new byte[Math.max(16, capacity)];
    }

    int size() { return size; }

    /** Empties the buffer for reuse, keeping its array. */
    void clear() { size = 0; }

    /** The backing array; its first {@link #size()} bytes are the content. */
    byte[] array() { return bytes; }

    void put(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    void put(byte[] source, int offset, int length) {
        ensure(length);
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
    }

    void putIntLE(int value) {
        ensure(4);
        INT_LE.set(bytes, size, value);
        size += 4;
    }

    void putLongLE(long value) {
        ensure(8);
        LONG_LE.set(bytes, size, value);
        size += 8;
    }

    /** An unsigned LEB128 varint, as the run headers of the RLE/bit-packing hybrid encoding. */
    void putUnsignedVarInt(int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            put((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        put(v);
    }

    /**
     * Makes room for {@code length} more bytes and returns the backing array, for a caller that writes them from
     * {@link #size()} on and then calls {@link #skip}.
     */
    byte[] room(int length) {
        ensure(length);
        return bytes;
    }

    /** Counts {@code length} bytes written into the array that {@link #room} returned. */
    void skip(int length) {
        if (size + length > bytes.length) throw new IllegalArgumentException("No room for " + length + " more bytes");
        size += length;
    }

    static int intLE(byte[] array, int offset) { return (int) INT_LE.get(array, offset); }

    static long longLE(byte[] array, int offset) { return (long) LONG_LE.get(array, offset); }

    private void ensure(int more) {
        if (size + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
    }
}
