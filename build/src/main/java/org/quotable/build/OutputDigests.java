package org.quotable.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.quotable.exporter.format.Format;
import org.quotable.exporter.format.ParquetTableWriter;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.Table;

/**
 * The SHA-256 of the output files a tail build appends to (the CSV and JSON Lines files of the articles and quotes
 * tables), each with the state of a {@link ResumableSha256} at the file's end, and of the Parquet files whose row
 * groups it copies (those tables' again), with the state where the last row group starts. {@code build.json} lists
 * the SHA-256 of every file; with the state kept, the SHA-256 of a file that grew by a few rows costs those rows,
 * where hashing it again read the whole table (190 MB for 20,000 articles) on every +1 article build. Immutable.
 */
final class OutputDigests {
    /** Tables whose CSV and JSON Lines files a tail build appends to (the speakers table is written whole). */
    private static final List<Table<?>> APPENDED = List.of(QuotableSchema.ARTICLES, QuotableSchema.QUOTES);
    private static final List<Format> APPENDABLE_FORMATS = List.of(Format.CSV, Format.JSONL);

    /**
     * One file's SHA-256 in hex, and the digest's state after its first bytes: all of them for a file appended to,
     * those before its last row group for a Parquet file.
     */
    record Digest(String sha256, byte[] state) {}

    private OutputDigests() {}

    /** The names of the files a tail build may append to, in the formats written. */
    static List<String> appendable(List<Format> formats) {
        return APPENDED.stream().flatMap(t -> formats.stream().filter(APPENDABLE_FORMATS::contains).map(f -> f.fileName(t))).toList();
    }

    /**
     * Hashes the files of a build folder a tail build may append to or copy row groups of, in the formats written
     * (those that are there), by name: each whole, with the state at its end, or where a Parquet file's last row group
     * starts.
     */
    static Map<String, Digest> of(Path folder, List<Format> formats) throws IOException {
        var digests = new LinkedHashMap<String, Digest>();
        for (String name : appendable(formats)) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) digests.put(name, whole(file));
        }
        for (String name : copyable(formats)) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) digests.put(name, keptAt(file, ParquetTableWriter.lastRowGroupStart(file)));
        }
        return digests;
    }

    /** A file's digest, read whole. */
    static Digest whole(Path file) throws IOException {
        var sha = new ResumableSha256();
        sha.update(file, 0);
        return new Digest(sha.hex(), sha.state());
    }

    /**
     * The digest of a file whose first bytes are those {@code before} was taken of (the caller made it so: a copy of
     * the old file, then rows appended): only the bytes after them are read. A state that cannot be resumed, or one
     * of more bytes than the file has, hashes the file whole.
     */
    static Digest appended(Path file, @Nullable Digest before) throws IOException {
        ResumableSha256 sha = before == null ? null : ResumableSha256.resume(before.state());
        if (sha == null || sha.length() > Files.size(file)) return whole(file);
        sha.update(file, sha.length());
        return new Digest(sha.hex(), sha.state());
    }

    /** The Parquet files of the tables whose row groups a tail build copies, in the formats written. */
    static List<String> copyable(List<Format> formats) {
        return formats.contains(Format.PARQUET) ? APPENDED.stream().map(Format.PARQUET::fileName).toList() : List.of();
    }

    /**
     * A file's digest, read whole, with the state kept after its first {@code keepAt} bytes (the start of a Parquet
     * file's last row group); the state at its end when {@code keepAt} is not within it.
     */
    static Digest keptAt(Path file, long keepAt) throws IOException {
        return hashed(file, new ResumableSha256(), keepAt);
    }

    /**
     * The digest of a file whose first {@code sameUpTo} bytes are those of the file {@code before} was taken of (the
     * caller made it so: the row groups of the old Parquet file copied), keeping the state after {@code keepAt} bytes:
     * only the bytes after the old state are read. A state that cannot be resumed, or one of more than
     * {@code sameUpTo} bytes, hashes the file whole.
     */
    static Digest resumed(Path file, @Nullable Digest before, long sameUpTo, long keepAt) throws IOException {
        ResumableSha256 sha = before == null ? null : ResumableSha256.resume(before.state());
        return sha == null || sha.length() > sameUpTo || sha.length() > keepAt || sha.length() > Files.size(file)
                ? keptAt(file, keepAt) : hashed(file, sha, keepAt);
    }

    private static Digest hashed(Path file, ResumableSha256 sha, long keepAt) throws IOException {
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ)) {
            long size = channel.size();
            if (keepAt < sha.length() || keepAt > size) keepAt = size;
            sha.update(channel, sha.length(), keepAt);
            byte[] state = sha.state();
            sha.update(channel, keepAt, size);
            return new Digest(sha.hex(), state);
        }
    }

    /** The SHA-256 of each digest, by file name, for {@link BuildManifest}. */
    static Map<String, String> hashes(Map<String, Digest> digests) {
        var hashes = new LinkedHashMap<String, String>();
        digests.forEach((name, d) -> hashes.put(name, d.sha256()));
        return hashes;
    }
}
