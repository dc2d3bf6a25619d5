package org.quotable.build;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * A SHA-256 (FIPS 180-4) whose state can be stored and resumed: {@link #state()} gives the bytes of the digest so
 * far, {@link #resume} continues from them. A build records the state at the end of each output file it may
 * append to, so the SHA-256 that {@code build.json} gives the grown file costs the appended bytes, not the whole
 * file again (the JDK's digest can be cloned in memory but not stored). Not thread-safe.
 *
 * <pre>{@code
 * var sha = new ResumableSha256();
 * sha.update(oldBytes, 0, oldBytes.length);
 * byte[] saved = sha.state();
 * ResumableSha256 later = ResumableSha256.resume(saved);
 * later.update(tail, 0, tail.length);
 * String hex = later.hex();   // the SHA-256 of oldBytes followed by tail
 * }</pre>
 */
final class ResumableSha256 {
    private static final int[] K = {
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};
    private static final int[] INITIAL = {
            0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    /** Marks a stored state, so that bytes of anything else are not taken for one. */
    private static final int STATE_MAGIC = 0x53484132;   // "SHA2"
    private static final int BUFFER = 1 << 16;

    private final int[] h;
    private final int[] w = new int[64];
    private final byte[] block = new byte[64];
    private int blockLength;
    private long length;

    /** The digest of no bytes. */
    ResumableSha256() {
        this(INITIAL.clone(), new byte[0], 0);
    }

    private ResumableSha256(int[] h, byte[] partial, long length) {
        this.h = h;
        System.arraycopy(partial, 0, block, 0, partial.length);
        this.blockLength = partial.length;
        this.length = length;
    }

    /** The digest continued from a {@link #state()}; null when the bytes are not one. */
    static @Nullable ResumableSha256 resume(byte[] state) {
        try (var in = new DataInputStream(new ByteArrayInputStream(state))) {
            if (in.readInt() != STATE_MAGIC) return null;
            long length = in.readLong();
            if (length < 0) return null;
            int[] h = new int[8];
            for (int i = 0; i < 8; i++) h[i] = in.readInt();
            byte[] partial = new byte[(int) (length % 64)];
            in.readFully(partial);
            if (in.read() != -1) return null;
            return new ResumableSha256(h, partial, length);
        } catch (IOException e) {
            return null;
        }
    }

    /** The bytes hashed so far. */
    long length() { return length; }

    void update(byte[] bytes, int offset, int count) {
        java.util.Objects.checkFromIndexSize(offset, count, bytes.length);
        length += count;
        if (blockLength > 0) {
            int n = Math.min(count, 64 - blockLength);
            System.arraycopy(bytes, offset, block, blockLength, n);
            blockLength += n;
            offset += n;
            count -= n;
            if (blockLength < 64) return;
            compress(block, 0);
            blockLength = 0;
        }
        for (; count >= 64; offset += 64, count -= 64) compress(bytes, offset);
        System.arraycopy(bytes, offset, block, 0, count);
        blockLength = count;
    }

    /** Hashes the rest of a stream (it is not closed). */
    void update(InputStream in) throws IOException {
        byte[] buffer = new byte[BUFFER];
        for (int n; (n = in.read(buffer)) > 0; ) update(buffer, 0, n);
    }

    /** Hashes the bytes of a file from {@code from} to its end; returns their count. */
    long update(Path file, long from) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return update(channel, from, Long.MAX_VALUE);
        }
    }

    /** Hashes the bytes of a file from {@code from} up to {@code to} (or its end, if sooner); returns their count. */
    long update(FileChannel channel, long from, long to) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        long read = 0;
        for (int n; from + read < to; read += n) {
            buffer.clear().limit((int) Math.min(BUFFER, to - from - read));
            n = channel.read(buffer, from + read);
            if (n < 0) break;
            update(buffer.array(), 0, n);
        }
        return read;
    }

    /** The state after the bytes so far, to {@link #resume} from: magic, length, the eight words, the partial block. */
    byte[] state() {
        var bytes = new ByteArrayOutputStream(48 + blockLength);
        try (var out = new DataOutputStream(bytes)) {
            out.writeInt(STATE_MAGIC);
            out.writeLong(length);
            for (int v : h) out.writeInt(v);
            out.write(block, 0, blockLength);
        } catch (IOException e) {
            throw new IllegalStateException(e);   // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    /** The SHA-256 of the bytes so far; this digest is left as it was, so more bytes may follow. */
    byte[] digest() {
        var copy = new ResumableSha256(h.clone(), Arrays.copyOf(block, blockLength), length);
        long bits = length * 8;
        byte[] pad = new byte[(blockLength < 56 ? 56 : 120) - blockLength + 8];
        pad[0] = (byte) 0x80;
        for (int i = 0; i < 8; i++) pad[pad.length - 1 - i] = (byte) (bits >>> (8 * i));
        copy.update(pad, 0, pad.length);
        byte[] out = new byte[32];
        for (int i = 0; i < 8; i++) {
            out[4 * i] = (byte) (copy.h[i] >>> 24);
            out[4 * i + 1] = (byte) (copy.h[i] >>> 16);
            out[4 * i + 2] = (byte) (copy.h[i] >>> 8);
            out[4 * i + 3] = (byte) copy.h[i];
        }
        return out;
    }

    /** {@link #digest()} in lower-case hex, as {@code build.json} has it. */
    String hex() {
        return HexFormat.of().formatHex(digest());
    }

    private void compress(byte[] in, int at) {
        int[] w = this.w;
        for (int i = 0; i < 16; i++, at += 4)
            w[i] = (in[at] << 24) | ((in[at + 1] & 0xff) << 16) | ((in[at + 2] & 0xff) << 8) | (in[at + 3] & 0xff);
        for (int i = 16; i < 64; i++) {
            int x = w[i - 15], y = w[i - 2];
            int s0 = Integer.rotateRight(x, 7) ^ Integer.rotateRight(x, 18) ^ (x >>> 3);
            int s1 = Integer.rotateRight(y, 17) ^ Integer.rotateRight(y, 19) ^ (y >>> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        int a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
        for (int i = 0; i < 64; i++) {
            int t1 = hh + (Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25))
                    + ((e & f) ^ (~e & g)) + K[i] + w[i];
            int t2 = (Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22))
                    + ((a & b) ^ (a & c) ^ (b & c));
            hh = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += hh;
    }
}
