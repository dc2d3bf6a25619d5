package org.quotable.exporter.format;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing byte array with the little-endian and varint writes of Parquet's encodings. A region once written is
 * not changed until {@link #clear()} (growing copies into a new array), so a slice of it may be handed on until
 * then. Not thread-safe.
 */
final class PageBytes {
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Chars up to which a string is encoded by {@link #putLengthAndUtf8}'s own loop. */
    private static final int SHORT_STRING = 64;

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

    /**
     * Parquet's plain encoding of a string: its UTF-8 length as 4 little-endian bytes, then the bytes. A short
     * string is encoded here char by char while it is ASCII, with no array of its own (the JDK's
     * {@code getBytes} made one per value, a third of the writer's allocation); a long one, or what follows a
     * non-ASCII char, goes through {@code getBytes}, whose vector loops beat a char loop on long text.
     */
    void putLengthAndUtf8(String text) {
        int length = text.length();
        int at = size + 4;
        int i = 0;
        if (length <= SHORT_STRING) {
            ensure(4 + length);
            for (; i < length; i++) {
                char c = text.charAt(i);
                if (c >= 0x80) break;
                bytes[at++] = (byte) c;
            }
        }
        if (i < length) {
            byte[] utf8 = (i == 0 ? text : text.substring(i)).getBytes(StandardCharsets.UTF_8);
            ensure(at - size + utf8.length);
            System.arraycopy(utf8, 0, bytes, at, utf8.length);
            at += utf8.length;
        }
        INT_LE.set(bytes, size, at - size - 4);
        size = at;
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

    /** Writes 4 little-endian bytes into an array that {@link #room} returned. */
    static void setIntLE(byte[] array, int offset, int value) { INT_LE.set(array, offset, value); }

    static long longLE(byte[] array, int offset) { return (long) LONG_LE.get(array, offset); }

    private void ensure(int more) {
        if (size + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
    }
}
