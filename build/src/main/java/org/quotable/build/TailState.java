package org.quotable.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;
import org.quotable.extractor.article.ArticleProblem;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.SourceFormat;
import org.quotable.schema.SpeakerRecord;
import org.quotable.schema.SpeakerType;

/**
 * What the last build of a dataset wrote, kept in the cache so that a build whose inputs only gained articles at the
 * end (a new file after the others, lines appended to the last JSON Lines file) writes only those articles' rows
 * ({@link TailBuild}): which inputs it read, the bytes of each output file (size and modification time, checked
 * before they are reused), its problems, the text hash of every article kept (for duplicate detection), the speakers
 * table, and three spools beside the state: every article row ({@code articles.rows}, each with its length, so that rows in Parquet row groups that are
 * copied need not be decoded), every linked quote row
 * ({@code quotes.rows}, {@link CachedQuotes}' form per article), and every attribution the speaker merge saw, with
 * its group ({@code attributions}). The spools only grow; the state says how many of their bytes are valid, so a
 * build that fails after appending to them leaves the last good state as it was.
 *
 * <p>The state file is one binary record (magic, CRC-32C of the rest), replaced by a rename. Anything damaged or of
 * another layout is ignored: the build then runs in full and writes a new state.
 */
record TailState(String options, String output, List<Input> inputs, List<ArticleProblem> problems,
                 Map<String, String> seen, List<SpeakerRecord> speakers, List<OutputFile> outputs,
                 long articles, long quotes, long articleBytes, long quoteBytes, long attributionBytes) {
    static final String STATE = "state", ARTICLES = "articles.rows", QUOTES = "quotes.rows", ATTRIBUTIONS = "attributions";
    private static final int MAGIC = 0x51545336;   // "QTS6"; a change of layout changes it

    /**
     * One input file as the build read it.
     *
     * @param end  what a pass over it found, for an input that can grow into a tail build (the last) or a build that
     *             inserts its new rows ({@link MiddleBuild}): the next build checks its old bytes and resumes its
     *             SHA-256 from there ({@link InputScan#grown}); else null
     * @param ends where this input's rows end in the spools, or null when the build did not know
     */
    record Input(String name, long size, String sha256, @Nullable InputScan end, @Nullable Ends ends) {
        Input {
            if (end != null && (end.size() != size || !end.sha256().equals(sha256)))
                throw new IllegalArgumentException("the scan of " + name + " is of other bytes than the input's");
        }

        Input(String name, long size, String sha256, @Nullable InputScan end) { this(name, size, sha256, end, null); }

        Input withEnds(@Nullable Ends e) { return new Input(name, size, sha256, end, e); }
    }

    /**
     * Counts at the end of one input's rows, from the first input's: article rows and their spool bytes, quote rows
     * and their spool bytes, attribution spool bytes. The rows of the inputs after it start there, so a build that
     * adds rows to this input finds the rows to move after them without reading the others.
     */
    record Ends(long articles, long articleBytes, long quotes, long quoteBytes, long attributionBytes) {
        static final Ends NONE = new Ends(0, 0, 0, 0, 0);

        Ends plus(Ends d) {
            return new Ends(articles + d.articles, articleBytes + d.articleBytes, quotes + d.quotes, quoteBytes + d.quoteBytes,
                    attributionBytes + d.attributionBytes);
        }
    }

    /**
     * Where one input's rows end in an output file the rows are appended to or inserted into, with the SHA-256 state of
     * the file's bytes up to there: a build that inserts rows after that input hashes only the bytes from there on.
     */
    record Mark(int input, long offset, byte[] state) {}

    /**
     * One file of the output folder as the build left it.
     *
     * @param digest its SHA-256 and the digest's state at its end, for a file a tail build appends to; else null
     * @param marks  where some inputs' rows end in it (CSV and JSON Lines files of the appended tables), by input
     */
    record OutputFile(String name, long size, long modified, OutputDigests.@Nullable Digest digest, List<Mark> marks) {
        OutputFile {
            marks = List.copyOf(marks);
        }

        OutputFile(String name, long size, long modified, OutputDigests.@Nullable Digest digest) {
            this(name, size, modified, digest, List.of());
        }
    }

    /** The state in {@code folder}, or null when there is none that can be read. */
    static @Nullable TailState read(Path folder) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(folder.resolve(STATE));
        } catch (IOException e) {
            return null;
        }
        if (bytes.length < 12) return null;
        var crc = new CRC32C();
        crc.update(bytes, 12, bytes.length - 12);
        try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC || in.readLong() != crc.getValue()) return null;
            String options = string(in), output = string(in);
            var inputs = new ArrayList<Input>();
            for (int i = in.readInt(); i > 0; i--) {
                String name = string(in);
                long size = in.readLong();
                String sha256 = string(in);
                InputScan end = null;
                if (in.readBoolean()) {
                    byte[] state = new byte[in.readInt()];
                    in.readFully(state);
                    long check = in.readLong();
                    int lines = in.readInt();
                    end = new InputScan(size, sha256, state, check, lines, in.readBoolean());
                }
                Ends ends = in.readBoolean() ? new Ends(in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong()) : null;
                inputs.add(new Input(name, size, sha256, end, ends));
            }
            var problems = new ArrayList<ArticleProblem>();
            for (int i = in.readInt(); i > 0; i--) problems.add(problem(in));
            var seen = new LinkedHashMap<String, String>();
            for (int i = in.readInt(); i > 0; i--) seen.put(string(in), string(in));
            var speakers = new ArrayList<SpeakerRecord>();
            for (int i = in.readInt(); i > 0; i--) speakers.add(speaker(in));
            var outputs = new ArrayList<OutputFile>();
            for (int i = in.readInt(); i > 0; i--) {
                String name = string(in);
                long size = in.readLong(), modified = in.readLong();
                OutputDigests.Digest digest = null;
                if (in.readBoolean()) {
                    String sha256 = string(in);
                    byte[] state = new byte[in.readInt()];
                    in.readFully(state);
                    digest = new OutputDigests.Digest(sha256, state);
                }
                var marks = new ArrayList<Mark>();
                for (int m = in.readInt(); m > 0; m--) {
                    int input = in.readInt();
                    long offset = in.readLong();
                    byte[] state = new byte[in.readInt()];
                    in.readFully(state);
                    marks.add(new Mark(input, offset, state));
                }
                outputs.add(new OutputFile(name, size, modified, digest, marks));
            }
            return new TailState(options, output, inputs, problems, seen, speakers, outputs, in.readLong(), in.readLong(),
                    in.readLong(), in.readLong(), in.readLong());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Writes this state into {@code folder}, replacing the one there in one rename. */
    void write(Path folder) throws IOException {
        var body = new ByteArrayOutputStream(1 << 16);
        try (var out = new DataOutputStream(body)) {
            string(out, options);
            string(out, output);
            out.writeInt(inputs.size());
            for (Input i : inputs) {
                string(out, i.name());
                out.writeLong(i.size());
                string(out, i.sha256());
                out.writeBoolean(i.end() != null);
                if (i.end() != null) {
                    out.writeInt(i.end().state().length);
                    out.write(i.end().state());
                    out.writeLong(i.end().check());
                    out.writeInt(i.end().lines());
                    out.writeBoolean(i.end().endsWithLineBreak());
                }
                out.writeBoolean(i.ends() != null);
                if (i.ends() != null) {
                    out.writeLong(i.ends().articles());
                    out.writeLong(i.ends().articleBytes());
                    out.writeLong(i.ends().quotes());
                    out.writeLong(i.ends().quoteBytes());
                    out.writeLong(i.ends().attributionBytes());
                }
            }
            out.writeInt(problems.size());
            for (ArticleProblem p : problems) problem(out, p);
            out.writeInt(seen.size());
            for (var e : seen.entrySet()) {
                string(out, e.getKey());
                string(out, e.getValue());
            }
            out.writeInt(speakers.size());
            for (SpeakerRecord s : speakers) speaker(out, s);
            out.writeInt(outputs.size());
            for (OutputFile f : outputs) {
                string(out, f.name());
                out.writeLong(f.size());
                out.writeLong(f.modified());
                out.writeBoolean(f.digest() != null);
                if (f.digest() != null) {
                    string(out, f.digest().sha256());
                    out.writeInt(f.digest().state().length);
                    out.write(f.digest().state());
                }
                out.writeInt(f.marks().size());
                for (Mark m : f.marks()) {
                    out.writeInt(m.input());
                    out.writeLong(m.offset());
                    out.writeInt(m.state().length);
                    out.write(m.state());
                }
            }
            out.writeLong(articles);
            out.writeLong(quotes);
            out.writeLong(articleBytes);
            out.writeLong(quoteBytes);
            out.writeLong(attributionBytes);
        }
        byte[] payload = body.toByteArray();
        var crc = new CRC32C();
        crc.update(payload);
        Path temp = folder.resolve("." + STATE + "." + java.util.UUID.randomUUID() + ".tmp");
        try {
            try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeLong(crc.getValue());
                out.write(payload);
            }
            Files.move(temp, folder.resolve(STATE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes the state, so that the spools beside it are not trusted (they are about to be rewritten). */
    static void forget(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(STATE));
    }

    // ---- the spools' records ----

    /**
     * One speaker-merge attribution: what {@code SpeakerMerger.add} took, with the group it is resolved in and the
     * speaker id the build gave it (null when the merge left it without one).
     */
    record Attribution(String group, String articleId, String speaker, @Nullable SpeakerType type, @Nullable String role,
                       @Nullable LocalDate date, @Nullable String speakerId) {}

    /**
     * Appends an attribution to a spool: its group's hash, its length, then its group and the rest, so a build that
     * merges a few groups again skips the other groups' entries by their hash, without decoding them (a +1 article
     * build read every entry's group name, which was most of its scan of the spool).
     */
    static int attribution(DataOutputStream out, Attribution a) throws IOException {
        var bytes = new ByteArrayOutputStream(128);
        try (var rest = new DataOutputStream(bytes)) {
            string(rest, a.group());
            string(rest, a.articleId());
            string(rest, a.speaker());
            rest.writeByte(a.type() == null ? -1 : a.type().ordinal());
            nullable(rest, a.role());
            date(rest, a.date());
            nullable(rest, a.speakerId());
        }
        out.writeInt(a.group().hashCode());
        out.writeInt(bytes.size());
        bytes.writeTo(out);
        return 8 + bytes.size();
    }

    /**
     * The next attribution of a spool if its group is one of {@code groups}, else null (skipped); EOF at the end.
     *
     * @param hashes the {@link String#hashCode()} of each of {@code groups}
     */
    static @Nullable Attribution attribution(DataInputStream in, java.util.Set<String> groups, java.util.Set<Integer> hashes)
            throws IOException {
        int hash = in.readInt(), length = in.readInt();
        if (!hashes.contains(hash)) {
            in.skipNBytes(length);
            return null;
        }
        byte[] entry = new byte[length];
        in.readFully(entry);
        var rest = new DataInputStream(new ByteArrayInputStream(entry));
        String group = string(rest);
        if (!groups.contains(group)) return null;     // another group of the same hash
        in = rest;
        String article = string(in), speaker = string(in);
        byte type = in.readByte();
        return new Attribution(group, article, speaker, type < 0 ? null : SpeakerType.values()[type], nullable(in), date(in),
                nullable(in));
    }

    /** Spools longer than this are scanned as a stream ({@link #attribution(DataInputStream, java.util.Set, java.util.Set)}). */
    private static final long LARGEST_READ_WHOLE = 1L << 30;

    /**
     * The attributions of {@code groups} among the first {@code length} bytes of an attribution spool, in spool order.
     * The spool is read in one go and its entries decoded in place: through a {@link DataInputStream} every integer
     * was four synchronized single-byte reads, most of a +1 article build's speaker pass when its groups are large.
     * An entry of another group costs a look-up of its hash; one of a group of the same hash, a comparison of bytes.
     */
    static List<Attribution> attributions(Path spool, long length, java.util.Set<String> groups) throws IOException {
        return attributions(spool, 0, length, groups);
    }

    /** {@link #attributions(Path, long, java.util.Set)} of the spool's bytes from {@code from} (an entry's start) to {@code to}. */
    static List<Attribution> attributions(Path spool, long from, long to, java.util.Set<String> groups) throws IOException {
        long length = to - from;
        if (from < 0 || length < 0) throw new IllegalArgumentException("no bytes " + from + " to " + to + " in " + spool);
        var hashes = new java.util.HashSet<Integer>();
        for (String g : groups) hashes.add(g.hashCode());
        var found = new ArrayList<Attribution>();
        if (length > LARGEST_READ_WHOLE) {
            try (DataInputStream in = open(spool, to)) {
                in.skipNBytes(from);
                while (true) {
                    Attribution a;
                    try {
                        a = attribution(in, groups, hashes);
                    } catch (java.io.EOFException end) {
                        return found;
                    }
                    if (a != null) found.add(a);
                }
            }
        }
        byte[] bytes = new byte[(int) length];
        try (var channel = java.nio.channels.FileChannel.open(spool, java.nio.file.StandardOpenOption.READ)) {
            var buffer = java.nio.ByteBuffer.wrap(bytes);
            channel.position(from);
            while (buffer.hasRemaining())
                if (channel.read(buffer) < 0) throw new java.io.EOFException(spool + " is shorter than its state says");
        }
        var wanted = new java.util.HashMap<Integer, List<Map.Entry<byte[], String>>>();
        for (String g : groups)
            wanted.computeIfAbsent(g.hashCode(), k -> new ArrayList<>()).add(Map.entry(g.getBytes(StandardCharsets.UTF_8), g));
        var in = new Cursor(bytes);
        while (in.at < bytes.length) {
            int hash = in.readInt(), size = in.readInt(), end = in.at + size;
            if (size < 0 || end > bytes.length || end < 0) throw new IOException("damaged attribution spool " + spool);
            List<Map.Entry<byte[], String>> candidates = wanted.get(hash);
            if (candidates != null) {
                int groupLength = in.readInt(), start = in.at;
                String group = null;
                for (var g : candidates)
                    if (g.getKey().length == groupLength && java.util.Arrays.equals(bytes, start, start + groupLength, g.getKey(), 0, groupLength))
                        group = g.getValue();
                if (group != null) {
                    in.at = start + groupLength;
                    String article = in.string(), speaker = in.string();
                    byte type = in.readByte();
                    found.add(new Attribution(group, article, speaker, type < 0 ? null : SpeakerType.values()[type], in.nullable(),
                            in.date(), in.nullable()));
                }
            }
            in.at = end;
        }
        return found;
    }

    /** Reads the spools' encoding ({@link DataOutputStream}'s, big-endian) from bytes in memory. */
    private static final class Cursor {
        final byte[] bytes;
        int at;
        /** The last string of each length-and-first-byte seen, so the repeated names and ids of a spool are made once. */
        private final String[] recent = new String[1024];

        Cursor(byte[] bytes) { this.bytes = bytes; }

        int readInt() throws IOException {
            if (at + 4 > bytes.length) throw new java.io.EOFException();
            int v = ((bytes[at] & 0xff) << 24) | ((bytes[at + 1] & 0xff) << 16) | ((bytes[at + 2] & 0xff) << 8) | (bytes[at + 3] & 0xff);
            at += 4;
            return v;
        }

        long readLong() throws IOException {
            return ((long) readInt() << 32) | (readInt() & 0xffffffffL);
        }

        byte readByte() throws IOException {
            if (at >= bytes.length) throw new java.io.EOFException();
            return bytes[at++];
        }

        String string() throws IOException {
            int length = readInt();
            if (length < 0 || at + length > bytes.length) throw new IOException("damaged tail state (a string of " + length + " bytes)");
            int slot = (length * 31 + (length > 0 ? bytes[at] : 0) + (length > 1 ? bytes[at + length - 1] * 7 : 0)) & (recent.length - 1);
            String last = recent[slot];
            String s;
            if (last != null && sameBytes(last, length)) s = last;
            else recent[slot] = s = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return s;
        }

        /** Whether an ASCII-only string is exactly the {@code length} bytes at the cursor. */
        private boolean sameBytes(String s, int length) {
            if (s.length() != length) return false;
            for (int i = 0; i < length; i++)
                if (s.charAt(i) != bytes[at + i]) return false;   // a non-ASCII byte is negative, never equal to a char
            return true;
        }

        @Nullable String nullable() throws IOException {
            return readByte() != 0 ? string() : null;
        }

        @Nullable LocalDate date() throws IOException {
            return readByte() != 0 ? LocalDate.ofEpochDay(readLong()) : null;
        }
    }

    /** Appends one article row to a spool: its length, then its values. */
    static int article(DataOutputStream out, ArticleRecord a) throws IOException {
        var bytes = new ByteArrayOutputStream(256 + a.text().length());
        try (var row = new DataOutputStream(bytes)) {
            string(row, a.articleId());
            nullable(row, a.url());
            nullable(row, a.title());
            nullable(row, a.publisher());
            date(row, a.published());
            nullable(row, a.language());
            string(row, a.text());
            string(row, a.textSha256());
            string(row, a.sourceFile());
            row.writeByte(a.sourceFormat().ordinal());
        }
        out.writeInt(bytes.size());
        bytes.writeTo(out);
        return 4 + bytes.size();
    }

    /** The article row of one spool entry (the bytes after its length). */
    static ArticleRecord article(byte[] entry) throws IOException {
        try (var in = new DataInputStream(new ByteArrayInputStream(entry))) {
            String id = string(in), url = nullable(in), title = nullable(in), publisher = nullable(in);
            LocalDate published = date(in);
            String language = nullable(in), text = string(in), sha = string(in), source = string(in);
            return new ArticleRecord(id, url, title, publisher, published, language, text, sha, source,
                    SourceFormat.values()[in.readByte()]);
        }
    }

    /** A spool opened for reading its first {@code length} bytes. */
    static DataInputStream open(Path spool, long length) throws IOException {
        var in = Files.newInputStream(spool);
        return new DataInputStream(new BufferedInputStream(new java.io.FilterInputStream(in) {
            private long left = length;

            @Override public int read() throws IOException {
                if (left <= 0) return -1;
                int b = super.read();
                if (b >= 0) left--;
                return b;
            }

            @Override public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) return -1;
                int n = super.read(b, off, (int) Math.min(len, left));
                if (n > 0) left -= n;
                return n;
            }

            @Override public long skip(long n) throws IOException {
                long skipped = super.skip(Math.min(n, left));
                left -= skipped;
                return skipped;
            }
        }, 1 << 16));
    }

    private static void problem(DataOutputStream out, ArticleProblem p) throws IOException {
        string(out, p.file());
        nullable(out, p.location());
        string(out, p.reason());
        out.writeByte(p.severity().ordinal());
    }

    private static ArticleProblem problem(DataInputStream in) throws IOException {
        return new ArticleProblem(string(in), nullable(in), string(in), ArticleProblem.Severity.values()[in.readByte()]);
    }

    private static void speaker(DataOutputStream out, SpeakerRecord s) throws IOException {
        string(out, s.speakerId());
        string(out, s.name());
        out.writeInt(s.nameVariants().size());
        for (String v : s.nameVariants()) string(out, v);
        out.writeByte(s.speakerType() == null ? -1 : s.speakerType().ordinal());
        out.writeInt(s.roles().size());
        for (SpeakerRecord.RoleCount r : s.roles()) {
            string(out, r.role());
            out.writeInt(r.count());
        }
        out.writeInt(s.quoteCount());
        date(out, s.firstDate());
        date(out, s.lastDate());
    }

    private static SpeakerRecord speaker(DataInputStream in) throws IOException {
        String id = string(in), name = string(in);
        var variants = new ArrayList<String>();
        for (int i = in.readInt(); i > 0; i--) variants.add(string(in));
        byte type = in.readByte();
        var roles = new ArrayList<SpeakerRecord.RoleCount>();
        for (int i = in.readInt(); i > 0; i--) roles.add(new SpeakerRecord.RoleCount(string(in), in.readInt()));
        int quotes = in.readInt();
        return new SpeakerRecord(id, name, variants, type < 0 ? null : SpeakerType.values()[type], roles, quotes, date(in), date(in));
    }

    private static void date(DataOutputStream out, @Nullable LocalDate date) throws IOException {
        out.writeBoolean(date != null);
        if (date != null) out.writeLong(date.toEpochDay());
    }

    private static @Nullable LocalDate date(DataInputStream in) throws IOException {
        return in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
    }

    static void string(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) throw new IOException("damaged tail state (a string of " + length + " bytes)");
        byte[] utf8 = in.readNBytes(length);
        if (utf8.length != length) throw new java.io.EOFException();
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static void nullable(DataOutputStream out, @Nullable String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) string(out, value);
    }

    private static @Nullable String nullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? string(in) : null;
    }
}
