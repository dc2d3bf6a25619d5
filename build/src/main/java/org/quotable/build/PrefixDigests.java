package org.quotable.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quotable.schema.Digests;

/**
 * A file's SHA-256, with the digest's state kept at every MiB, so that the SHA-256 of any prefix of the file costs
 * at most a MiB of reading. A tail build checks that the first bytes of the grown last input are those the last build
 * read ({@link TailBuild}); hashing them again read the whole file a second time, after {@link BuildManifest} had
 * read it for its own SHA-256.
 */
final class PrefixDigests {
    private static final int STEP = 1 << 20, BUFFER = 1 << 16;

    private final Path file;
    private final String sha256;
    /** The digest after {@code i * STEP} bytes, at {@code i}. */
    private final List<MessageDigest> states;

    private PrefixDigests(Path file, String sha256, List<MessageDigest> states) {
        this.file = file;
        this.sha256 = sha256;
        this.states = states;
    }

    /** Reads the file whole. */
    static PrefixDigests of(Path file) throws IOException {
        MessageDigest digest = Digests.sha256();
        var states = new ArrayList<MessageDigest>();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            long at = 0;
            while (true) {
                if (at % STEP == 0) states.add(copy(digest));
                int n = in.readNBytes(buffer, 0, BUFFER);   // whole buffers, so every MiB falls between two of them
                if (n <= 0) break;
                digest.update(buffer, 0, n);
                at += n;
                if (n < BUFFER) break;
            }
        }
        return new PrefixDigests(file, HexFormat.of().formatHex(digest.digest()), List.copyOf(states));
    }

    Path file() { return file; }

    /** The SHA-256 of the whole file as read, in hex. */
    String sha256() { return sha256; }

    /**
     * The SHA-256 of the file's first {@code size} bytes as the file is now (the bytes after the last MiB before
     * {@code size} are read again), or null when it is shorter than that.
     */
    byte @Nullable [] prefix(long size) throws IOException {
        int step = (int) (size / STEP);
        if (step >= states.size()) return null;
        MessageDigest digest = copy(states.get(step));
        long left = size - (long) step * STEP;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes((long) step * STEP);
            byte[] buffer = new byte[BUFFER];
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(BUFFER, left));
                if (n < 0) return null;
                digest.update(buffer, 0, n);
                left -= n;
            }
        } catch (java.io.EOFException e) {
            return null;
        }
        return digest.digest();
    }

    private static MessageDigest copy(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the SHA-256 digest cannot be copied", e);
        }
    }
}
