package org.quotable.extractor.article;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The text hashes of the articles read so far, each with a description of the first article that had it, in memory
 * that does not grow with the number of articles: a Bloom filter of fixed size answers "never seen" for almost every
 * new text, and a "maybe" is verified against the exact hashes, which stay in a small in-memory buffer until it fills
 * and then go to sorted run files on disk (merged two by two as they pile up, so a lookup reads a few runs by binary
 * search). Not thread-safe.
 *
 * <p>Memory: the 8 MiB filter and at most {@code bufferLimit} buffered entries, whatever the number of articles;
 * disk: 40 bytes per article plus its description. The files live in a temporary folder that {@link #close()} deletes.
 */
final class SeenTexts implements Closeable {
    private static final int BLOOM_BITS_LOG2 = 26;             // 64 Mi bits = 8 MiB; 0.1% false "maybe"s at 4M texts
    private static final long BLOOM_MASK = (1L << BLOOM_BITS_LOG2) - 1;
    private static final int BLOOM_PROBES = 5;
    private static final int HASH_BYTES = 32;
    private static final int RECORD_BYTES = HASH_BYTES + Long.BYTES;    // hash, offset of the description
    private static final Comparator<byte[]> UNSIGNED = Arrays::compareUnsigned;
    /** Entries kept in memory before they go to disk as one sorted run. */
    static final int DEFAULT_BUFFER_LIMIT = 16_384;

    private final long[] bloom = new long[1 << (BLOOM_BITS_LOG2 - 6)];
    private final int bufferLimit;
    private final Map<String, String> buffer = new HashMap<>();
    private final List<Run> runs = new ArrayList<>();          // oldest first; levels never increase along the list
    private @Nullable Path folder;
    private @Nullable RandomAccessFile descriptions;
    private int nextRun;

    /** A sorted file of {@code count} records, the merge of {@code 2^level} spilled buffers. */
    private record Run(Path file, long count, int level) {}

    SeenTexts() { this(DEFAULT_BUFFER_LIMIT); }

    SeenTexts(int bufferLimit) {
        if (bufferLimit < 1) throw new IllegalArgumentException("Buffer limit " + bufferLimit + " must be at least 1");
        this.bufferLimit = bufferLimit;
    }

    /**
     * Records {@code sha256Hex} as seen, first by {@code description}, unless it was seen before.
     *
     * @return the description of the first article with this hash, or null if there was none
     */
    @Nullable String putIfAbsent(String sha256Hex, String description) {
        byte[] key = key(sha256Hex);
        long h1 = ByteBuffer.wrap(key, 0, 8).getLong(), h2 = ByteBuffer.wrap(key, 8, 8).getLong() | 1;
        String hex = HexFormat.of().formatHex(key);
        if (mightContain(h1, h2)) {
            String first = buffer.get(hex);
            if (first != null) return first;
            try {
                for (Run run : runs) {
                    first = find(run, key);
                    if (first != null) return first;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the duplicate-detection files in " + folder, e);
            }
        }
        for (int i = 0; i < BLOOM_PROBES; i++) {
            long bit = (h1 + i * h2) & BLOOM_MASK;
            bloom[(int) (bit >>> 6)] |= 1L << bit;
        }
        buffer.put(hex, description);
        if (buffer.size() >= bufferLimit) {
            try {
                spill();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the duplicate-detection files in " + folder, e);
            }
        }
        return null;
    }

    private boolean mightContain(long h1, long h2) {
        for (int i = 0; i < BLOOM_PROBES; i++) {
            long bit = (h1 + i * h2) & BLOOM_MASK;
            if ((bloom[(int) (bit >>> 6)] & (1L << bit)) == 0) return false;
        }
        return true;
    }

    /** The 32 bytes of a SHA-256 hex string (the schema guarantees that form; anything else is hashed first). */
    private static byte[] key(String sha256Hex) {
        if (sha256Hex.length() == 2 * HASH_BYTES) {
            try {
                return HexFormat.of().parseHex(sha256Hex.toLowerCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException notHex) {
                // falls through
            }
        }
        return HexFormat.of().parseHex(org.quotable.schema.Digests.sha256Hex(sha256Hex));
    }

    private void spill() throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("quotable-seen");
            descriptions = new RandomAccessFile(folder.resolve("descriptions").toFile(), "rw");
        }
        var keys = new ArrayList<byte[]>(buffer.size());
        var offsets = new HashMap<String, Long>();
        for (Map.Entry<String, String> e : buffer.entrySet()) {
            keys.add(HexFormat.of().parseHex(e.getKey()));
            offsets.put(e.getKey(), descriptions.length());
            descriptions.seek(descriptions.length());
            descriptions.writeUTF(e.getValue().length() > 10_000 ? e.getValue().substring(0, 10_000) : e.getValue());
        }
        keys.sort(UNSIGNED);
        Path file = folder.resolve("run-" + nextRun++);
        try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            for (byte[] k : keys) {
                out.write(k);
                out.writeLong(offsets.get(HexFormat.of().formatHex(k)));
            }
        }
        buffer.clear();
        runs.add(new Run(file, keys.size(), 0));
        while (runs.size() >= 2 && runs.get(runs.size() - 1).level() == runs.get(runs.size() - 2).level())
            runs.add(merge(runs.remove(runs.size() - 2), runs.remove(runs.size() - 1)));
    }

    private Run merge(Run a, Run b) throws IOException {
        Path file = requireFolder().resolve("run-" + nextRun++);
        try (var x = open(a); var y = open(b);
             var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            byte[] ka = next(x), kb = next(y);
            while (ka != null || kb != null) {
                boolean takeA = kb == null || (ka != null && Arrays.compareUnsigned(ka, 0, HASH_BYTES, kb, 0, HASH_BYTES) <= 0);
                out.write(takeA ? ka : kb);
                if (takeA) ka = next(x);
                else kb = next(y);
            }
        }
        Files.delete(a.file());
        Files.delete(b.file());
        return new Run(file, a.count() + b.count(), a.level() + 1);
    }

    private static DataInputStream open(Run run) throws IOException {
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(run.file()), 1 << 16));
    }

    private static byte @Nullable [] next(DataInputStream in) throws IOException {
        byte[] record = new byte[RECORD_BYTES];
        try {
            in.readFully(record);
        } catch (EOFException end) {
            return null;
        }
        return record;
    }

    private @Nullable String find(Run run, byte[] key) throws IOException {
        try (FileChannel channel = FileChannel.open(run.file(), StandardOpenOption.READ)) {
            var record = ByteBuffer.allocate(RECORD_BYTES);
            long lo = 0, hi = run.count() - 1;
            while (lo <= hi) {
                long mid = (lo + hi) >>> 1;
                record.clear();
                channel.read(record, mid * RECORD_BYTES);
                int c = Arrays.compareUnsigned(record.array(), 0, HASH_BYTES, key, 0, HASH_BYTES);
                if (c == 0) {
                    RandomAccessFile d = requireDescriptions();
                    d.seek(record.getLong(HASH_BYTES));
                    return d.readUTF();
                }
                if (c < 0) lo = mid + 1;
                else hi = mid - 1;
            }
            return null;
        }
    }

    private Path requireFolder() {
        if (folder == null) throw new IllegalStateException("no run files yet");
        return folder;
    }

    private RandomAccessFile requireDescriptions() {
        if (descriptions == null) throw new IllegalStateException("no run files yet");
        return descriptions;
    }

    /** Deletes the files on disk; the set is then empty. */
    @Override public void close() throws IOException {
        buffer.clear();
        runs.clear();
        Arrays.fill(bloom, 0);
        if (descriptions != null) descriptions.close();
        descriptions = null;
        if (folder != null) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path p : files.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(folder);
            folder = null;
        }
    }
}
