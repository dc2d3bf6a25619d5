package org.quotable.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import org.jspecify.annotations.Nullable;
import org.quotable.extractor.article.ArticleProblem;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.SourceFormat;

/**
 * The binary form of one read of one input file, kept by the {@link ReadCache}: an <em>events</em> file with what the
 * reader gave, in order (each article whole, each problem it reported), and a <em>quotes</em> file with the quotes
 * extracted from those articles, by their number in the file ({@link CachedQuotes}' form). Two files because the
 * articles are known when the file is read and their quotes only when they are delivered, later; both are streamed,
 * so memory does not grow with the file.
 *
 * <p>Both files start with the same random pair number and end with a CRC-32C of all bytes before it; the events
 * file's fixed-size trailer says which bytes were read ({@link Content}). {@link #verify} checks all of this before a
 * single article is replayed, so a damaged, mismatched or half-written pair is never used. Stateless.
 */
final class ReadLog {
    private static final int EVENTS_MAGIC = 0x51524531;    // "QRE1"; a change of layout changes it
    private static final int QUOTES_MAGIC = 0x51525131;    // "QRQ1"
    private static final byte ARTICLE = 1, PROBLEM = 2, END = 0;
    private static final int TRAILER_BYTES = Long.BYTES + 32 + 1 + Integer.BYTES + Long.BYTES;   // before the CRC

    private ReadLog() {}

    /**
     * The bytes a read covered: the file's first {@code size} bytes, with this SHA-256.
     *
     * @param endsWithLineBreak whether the last of those bytes is a line break, so lines appended later start a new line
     * @param lines             the number of line breaks in them: the line number the next line gets
     */
    record Content(long size, byte[] sha256, boolean endsWithLineBreak, int lines) {}

    /** What an events file's trailer says. */
    record Trailer(Content content, long skippedRecords) {}

    /** Writes one pair of files under temporary names; {@link #commit} gives them their real names. Not thread-safe. */
    static final class Writer implements Closeable {
        private final Path eventsTemp, quotesTemp;
        private final CheckedOutputStream eventsSum, quotesSum;
        private final DataOutputStream events, quotes;
        private int articles;
        private boolean closed;

        Writer(Path eventsTemp, Path quotesTemp, long pair, String file, String options) throws IOException {
            this.eventsTemp = eventsTemp;
            this.quotesTemp = quotesTemp;
            eventsSum = new CheckedOutputStream(new BufferedOutputStream(Files.newOutputStream(eventsTemp), 1 << 16), new CRC32C());
            quotesSum = new CheckedOutputStream(new BufferedOutputStream(Files.newOutputStream(quotesTemp), 1 << 16), new CRC32C());
            events = new DataOutputStream(eventsSum);
            quotes = new DataOutputStream(quotesSum);
            events.writeInt(EVENTS_MAGIC);
            events.writeLong(pair);
            writeString(events, file);
            writeString(events, options);
            quotes.writeInt(QUOTES_MAGIC);
            quotes.writeLong(pair);
        }

        /** Records the next article the reader gave; returns its number in the file, from 0. */
        int article(ArticleRecord a) throws IOException {
            events.writeByte(ARTICLE);
            writeString(events, a.articleId());
            writeNullable(events, a.url());
            writeNullable(events, a.title());
            writeNullable(events, a.publisher());
            events.writeBoolean(a.published() != null);
            if (a.published() != null) events.writeLong(a.published().toEpochDay());
            writeNullable(events, a.language());
            writeString(events, a.text());
            writeString(events, a.textSha256());
            writeString(events, a.sourceFile());
            events.writeByte(a.sourceFormat().ordinal());
            return articles++;
        }

        /** Records a problem the reader reported, in its place among the articles. */
        void problem(ArticleProblem p) throws IOException {
            events.writeByte(PROBLEM);
            writeString(events, p.file());
            writeNullable(events, p.location());
            writeString(events, p.reason());
            events.writeByte(p.severity().ordinal());
        }

        /** Records the quotes of article {@code ordinal}; numbers must increase from call to call. */
        void quotes(int ordinal, byte[] encoded) throws IOException {
            quotes.writeInt(ordinal);
            quotes.writeInt(encoded.length);
            quotes.write(encoded);
        }

        /** Ends both files with what the read covered, and renames them to their real names. */
        void commit(Trailer trailer, Path eventsFile, Path quotesFile) throws IOException {
            events.writeByte(END);
            events.writeLong(trailer.content().size());
            events.write(trailer.content().sha256());
            events.writeBoolean(trailer.content().endsWithLineBreak());
            events.writeInt(trailer.content().lines());
            events.writeLong(trailer.skippedRecords());
            events.flush();
            events.writeLong(eventsSum.getChecksum().getValue());
            quotes.writeInt(-1);
            quotes.flush();
            quotes.writeLong(quotesSum.getChecksum().getValue());
            closeStreams();
            Files.move(quotesTemp, quotesFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(eventsTemp, eventsFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }

        /** Closes the files; whatever was not committed is deleted. */
        @Override public void close() throws IOException {
            try {
                closeStreams();
            } finally {
                Files.deleteIfExists(eventsTemp);
                Files.deleteIfExists(quotesTemp);
            }
        }

        private void closeStreams() throws IOException {
            if (closed) return;
            closed = true;
            try (events; quotes) {
                // closed by the try
            }
        }
    }

    /**
     * Opens a pair of files and checks them whole before anything is read from them: magic numbers, the same pair
     * number, the file name and read options they were made for, each CRC-32C. What is then read comes from the
     * files so checked, even if others are renamed over them meanwhile.
     *
     * @throws IOException when anything differs or the files cannot be read
     */
    static Reader open(Path eventsFile, Path quotesFile, String file, String options) throws IOException {
        FileChannel events = FileChannel.open(eventsFile, StandardOpenOption.READ);
        FileChannel quotes;
        try {
            quotes = FileChannel.open(quotesFile, StandardOpenOption.READ);
        } catch (IOException | RuntimeException e) {
            events.close();
            throw e;
        }
        try {
            checkSum(events);
            checkSum(quotes);
            return new Reader(events, quotes, file, options, trailer(events));
        } catch (IOException | RuntimeException e) {
            try (events; quotes) {
                throw e;
            }
        }
    }

    private static Trailer trailer(FileChannel events) throws IOException {
        var trailer = ByteBuffer.allocate(TRAILER_BYTES);
        long at = events.size() - Long.BYTES - TRAILER_BYTES;
        if (at < 0) throw new IOException("a read log too short for its trailer");
        while (trailer.hasRemaining()) if (events.read(trailer, at + trailer.position()) < 0) throw new EOFException();
        trailer.flip();
        long size = trailer.getLong();
        byte[] sha = new byte[32];
        trailer.get(sha);
        boolean lineBreak = trailer.get() != 0;
        int lines = trailer.getInt();
        long skipped = trailer.getLong();
        return new Trailer(new Content(size, sha, lineBreak, lines), skipped);
    }

    /** The channel's last 8 bytes are the CRC-32C of all the bytes before them. */
    private static void checkSum(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size < Long.BYTES) throw new IOException("too short: " + size + " bytes");
        var crc = new CRC32C();
        var buffer = ByteBuffer.allocateDirect(1 << 16);
        long position = 0, end = size - Long.BYTES;
        while (position < end) {
            buffer.clear();
            if (end - position < buffer.capacity()) buffer.limit((int) (end - position));
            int n = channel.read(buffer, position);
            if (n < 0) throw new EOFException();
            buffer.flip();
            crc.update(buffer);
            position += n;
        }
        var stored = ByteBuffer.allocate(Long.BYTES);
        while (stored.hasRemaining()) if (channel.read(stored, end + stored.position()) < 0) throw new EOFException();
        if (stored.getLong(0) != crc.getValue()) throw new IOException("damaged (CRC-32C differs)");
    }

    /** Reads back a checked pair, event by event. Not thread-safe. */
    static final class Reader implements Closeable {
        private final DataInputStream events, quotes;
        private final Trailer trailer;
        private int nextArticle;
        private int quotesOrdinal = -2;      // the number of the quotes record read ahead; -1 at the end, -2 before the first

        private Reader(FileChannel eventsChannel, FileChannel quotesChannel, String file, String options, Trailer trailer)
                throws IOException {
            events = new DataInputStream(new BufferedInputStream(Channels.newInputStream(eventsChannel.position(0)), 1 << 16));
            quotes = new DataInputStream(new BufferedInputStream(Channels.newInputStream(quotesChannel.position(0)), 1 << 16));
            this.trailer = trailer;
            if (events.readInt() != EVENTS_MAGIC) throw new IOException("not a read log of this layout");
            long pair = events.readLong();
            if (!readString(events).equals(file) || !readString(events).equals(options))
                throw new IOException("a read log of another file or other read options");
            if (quotes.readInt() != QUOTES_MAGIC || quotes.readLong() != pair) throw new IOException("quotes of another read log");
        }

        /** What the read covered. */
        Trailer trailer() { return trailer; }

        /** One thing the reader gave: an article with the bytes of its quotes, if they were kept, or a problem. */
        sealed interface Event permits Article, Problem {}

        record Article(ArticleRecord article, int ordinal, byte @Nullable [] quotes) implements Event {}

        record Problem(ArticleProblem problem) implements Event {}

        /** The next event, or null after the last. */
        @Nullable Event next() throws IOException {
            byte kind = events.readByte();
            if (kind == END) return null;
            if (kind == PROBLEM) {
                String file = readString(events);
                String location = readNullable(events);
                String reason = readString(events);
                return new Problem(new ArticleProblem(file, location, reason, ArticleProblem.Severity.values()[events.readByte()]));
            }
            if (kind != ARTICLE) throw new IOException("damaged read log (event " + kind + ")");
            String id = readString(events);
            String url = readNullable(events), title = readNullable(events), publisher = readNullable(events);
            LocalDate published = events.readBoolean() ? LocalDate.ofEpochDay(events.readLong()) : null;
            String language = readNullable(events);
            String text = readString(events), sha = readString(events), source = readString(events);
            SourceFormat format = SourceFormat.values()[events.readByte()];
            int ordinal = nextArticle++;
            return new Article(new ArticleRecord(id, url, title, publisher, published, language, text, sha, source, format),
                    ordinal, quotesOf(ordinal));
        }

        private byte @Nullable [] quotesOf(int ordinal) throws IOException {
            if (quotesOrdinal == -2) quotesOrdinal = quotes.readInt();
            if (quotesOrdinal < 0 || quotesOrdinal > ordinal) return null;
            if (quotesOrdinal < ordinal) throw new IOException("damaged read log (quotes out of order)");
            byte[] bytes = new byte[quotes.readInt()];
            quotes.readFully(bytes);
            quotesOrdinal = quotes.readInt();
            return bytes;
        }

        @Override public void close() throws IOException {
            try (events; quotes) {
                // closed by the try
            }
        }
    }

    /**
     * What a file's first {@code limit} bytes are (all of them for {@link Long#MAX_VALUE}): size, SHA-256, whether
     * they end with a line break, and how many line breaks they hold.
     */
    static Content contentOf(Path file, long limit) throws IOException {
        var digest = org.quotable.schema.Digests.sha256();
        long size = 0;
        int lines = 0;
        byte last = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            while (size < limit) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - size));
                if (n < 0) break;
                digest.update(buffer, 0, n);
                for (int i = 0; i < n; i++) if (buffer[i] == '\n') lines++;
                last = buffer[n - 1];
                size += n;
            }
        }
        return new Content(size, digest.digest(), last == '\n', lines);
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static void writeNullable(DataOutputStream out, @Nullable String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) writeString(out, value);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 30) throw new IOException("damaged read log (a string of " + length + " bytes)");
        byte[] utf8 = new byte[length];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static @Nullable String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
    }
}
