package org.quotable.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

/**
 * The last input file of a build as one pass over it found it: its SHA-256 for {@code build.json}, the digest's
 * state at its end ({@link ResumableSha256}), a check of its bytes, its line count and whether it ends with a line
 * break. With these kept, the next build of a file that only gained lines at its end ({@link #grown}) reads its old
 * bytes only to check them and hashes just the new ones: a +1 article build of a 31 MB file spent a third of its
 * CPU in the SHA-256 of bytes the last build had hashed (under C1, which the launcher uses for such builds, the
 * JDK's digest has no intrinsic). Immutable.
 *
 * <p>The check is a CRC-32C and a CRC-32 of the bytes (64 bits from two polynomials), both compiled to the CPU's
 * CRC instructions in every JIT tier and the interpreter, so checking 31 MB costs tens of milliseconds. It catches
 * any accidental change to the old bytes (an edited line, a truncated and rewritten file) except with a chance of
 * about 2^-64; unlike a SHA-256 it is no proof against a change made to collide. A file whose check differs is
 * hashed again whole and built in full.
 *
 * @param size              the bytes read
 * @param sha256            their SHA-256, lower-case hex
 * @param state             the SHA-256 state after them, for {@link ResumableSha256#resume}
 * @param check             the CRC-32C of the bytes in the high half, their CRC-32 in the low half
 * @param lines             the line breaks among them
 * @param endsWithLineBreak whether the last byte is a line break
 */
record InputScan(long size, String sha256, byte[] state, long check, int lines, boolean endsWithLineBreak) {
    private static final int BUFFER = 1 << 18;

    /** Reads the whole file. */
    static InputScan of(Path file) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            return new Reader(new ResumableSha256(), 0, 0).rest(in);
        }
    }

    /**
     * The file's scan when its first bytes are still those {@code before} was made of: those are read only to compute
     * their check, and the SHA-256 and the line count go on from {@code before}'s. Null when the file is not longer
     * than {@code before}, or its first bytes differ (their check does), or the stored state cannot be resumed.
     */
    static @Nullable InputScan grown(Path file, InputScan before) throws IOException {
        ResumableSha256 sha = ResumableSha256.resume(before.state());
        if (sha == null || sha.length() != before.size()) return null;
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            if (in.size() <= before.size()) return null;
            var reader = new Reader(sha, before.size(), before.lines());
            if (!reader.prefixChecksAs(in, before.size(), before.check())) return null;
            return reader.rest(in);
        }
    }

    /** One pass: the check over every byte; the digest and the line count over the bytes after {@code hashedFrom}. */
    private static final class Reader {
        private final CRC32C crc32c = new CRC32C();
        private final CRC32 crc32 = new CRC32();
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        private final ResumableSha256 sha;
        private long size;
        private int lines;
        private byte last;

        Reader(ResumableSha256 sha, long hashedFrom, int lines) {
            this.sha = sha;
            this.size = hashedFrom;
            this.lines = lines;
        }

        /** Feeds the first {@code length} bytes to the check only; whether there are as many and their check is {@code expected}. */
        boolean prefixChecksAs(FileChannel in, long length, long expected) throws IOException {
            long at = 0;
            while (at < length) {
                buffer.clear().limit((int) Math.min(BUFFER, length - at));
                int n = in.read(buffer, at);
                if (n < 0) break;
                crc32c.update(buffer.array(), 0, n);
                crc32.update(buffer.array(), 0, n);
                last = buffer.array()[n - 1];
                at += n;
            }
            return at == length && check() == expected;
        }

        /** Reads from {@link #size} to the end, into the check, the digest and the line count. */
        InputScan rest(FileChannel in) throws IOException {
            for (int n; (n = in.read(buffer.clear(), size)) > 0; ) {   // positional reads: no seek to keep
                byte[] bytes = buffer.array();
                crc32c.update(bytes, 0, n);
                crc32.update(bytes, 0, n);
                sha.update(bytes, 0, n);
                for (int i = 0; i < n; i++) if (bytes[i] == '\n') lines++;
                last = bytes[n - 1];
                size += n;
            }
            return new InputScan(size, sha.hex(), sha.state(), check(), lines, size > 0 && last == '\n');
        }

        private long check() {
            return crc32c.getValue() << 32 | crc32.getValue();
        }
    }
}
