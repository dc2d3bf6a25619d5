package org.quotable.build;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;
import org.quotable.schema.Column;
import org.quotable.schema.DateBasis;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.QuoteType;
import org.quotable.schema.SpeakerType;
import org.quotable.schema.Vocabulary;

/**
 * The binary form of one article's quotes in the {@link ExtractionCache}: a header (magic, count, CRC-32 of the
 * rest), then each quote's values in column order, each with a null flag, strings as UTF-8 with their length. Read
 * back without JSON parsing, which made a warm build spend a third of its time in the cache; any damage (a wrong
 * magic, a short file, a CRC mismatch, trailing bytes) is an {@link IOException}, never wrong quotes. Stateless.
 */
final class CachedQuotes {
    private static final int MAGIC = 0x51554F31;   // "QUO1"; a change of layout changes it

    private CachedQuotes() {}

    /** The bytes of these quotes. */
    static byte[] encode(List<QuoteRecord> quotes) {
        var out = new Bytes(16 + quotes.size() * 384);
        out.putInt(MAGIC);
        out.putInt(quotes.size());
        out.putLong(0);                      // the CRC-32, once the payload is known
        for (QuoteRecord quote : quotes) write(out, quote);
        var crc = new CRC32();
        crc.update(out.bytes, 16, out.size - 16);
        out.setLong(8, crc.getValue());
        return java.util.Arrays.copyOf(out.bytes, out.size);
    }

    /** The number of quotes in these bytes, read from the header without decoding (or checking) them. */
    static int count(byte[] bytes) throws IOException {
        if (bytes.length < 16) throw new IOException("too short for a cache entry: " + bytes.length + " bytes");
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (in.getInt() != MAGIC) throw new IOException("not a cache entry of this layout");
        return in.getInt();
    }

    /** The quotes in these bytes, as {@link #encode} wrote them. */
    static List<QuoteRecord> decode(byte[] bytes) throws IOException {
        if (bytes.length < 16) throw new IOException("too short for a cache entry: " + bytes.length + " bytes");
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (in.getInt() != MAGIC) throw new IOException("not a cache entry of this layout");
        int count = in.getInt();
        long expected = in.getLong();
        var crc = new CRC32();
        crc.update(bytes, 16, bytes.length - 16);
        if (crc.getValue() != expected || count < 0) throw new IOException("damaged cache entry (CRC-32 differs)");
        var quotes = new ArrayList<QuoteRecord>(count);
        try {
            for (int q = 0; q < count; q++) quotes.add(read(in));
        } catch (BufferUnderflowException e) {
            throw new IOException("damaged cache entry (it ends inside a quote)", e);
        }
        if (in.hasRemaining()) throw new IOException("damaged cache entry (" + in.remaining() + " bytes after the quotes)");
        return quotes;
    }

    /**
     * One quote's values in the quotes table's column order, written field by field: the layout {@link #column}
     * gives each column, without building a row, which made decoding the cache the largest cost of a warm build.
     */
    private static void write(Bytes out, QuoteRecord q) {
        string(out, q.quoteId());
        string(out, q.articleId());
        string(out, q.quote());
        string(out, q.quoteType().label());
        string(out, q.speaker());
        string(out, q.speakerMention());
        string(out, q.speakerType() == null ? null : q.speakerType().label());
        string(out, q.role());
        string(out, q.cue());
        out.put(q.date() != null ? 1 : 0);
        if (q.date() != null) out.putLong(q.date().toEpochDay());
        string(out, q.dateBasis().label());
        out.put(1);
        out.putInt(q.paragraph());
        out.put(1);
        out.putInt(q.start());
        out.put(1);
        out.putInt(q.end());
        out.put(1);
        out.putLong(Double.doubleToLongBits(q.confidence()));
        string(out, q.speakerId());
    }

    private static QuoteRecord read(ByteBuffer in) throws IOException {
        String id = required(in), article = required(in), quote = required(in);
        QuoteType type = QUOTE_TYPES.label(required(in));
        String speaker = string(in), mention = string(in), speakerType = string(in), role = string(in), cue = string(in);
        LocalDate date = in.get() != 0 ? LocalDate.ofEpochDay(in.getLong()) : null;
        DateBasis basis = DATE_BASES.label(required(in));
        int paragraph = requiredInt(in), start = requiredInt(in), end = requiredInt(in);
        if (in.get() == 0) throw new IOException("damaged cache entry (no confidence)");
        double confidence = in.getDouble();
        String speakerId = string(in);
        try {
            return new QuoteRecord(id, article, quote, type, speaker, mention,
                    speakerType == null ? null : SPEAKER_TYPES.label(speakerType), role, cue, date, basis,
                    paragraph, start, end, confidence, speakerId);
        } catch (IllegalArgumentException e) {
            throw new IOException("damaged cache entry (" + e.getMessage() + ")", e);
        }
    }

    private static void string(Bytes out, @Nullable String value) {
        out.put(value != null ? 1 : 0);
        if (value == null) return;
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.putInt(utf8.length);
        out.put(utf8);
    }

    private static @Nullable String string(ByteBuffer in) throws IOException {
        if (in.get() == 0) return null;
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) throw new IOException("damaged cache entry (a string of " + length + " bytes)");
        String value = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }

    private static String required(ByteBuffer in) throws IOException {
        String value = string(in);
        if (value == null) throw new IOException("damaged cache entry (a required value is null)");
        return value;
    }

    private static int requiredInt(ByteBuffer in) throws IOException {
        if (in.get() == 0) throw new IOException("damaged cache entry (a required number is null)");
        return in.getInt();
    }

    /** A growing byte array written big-endian, as {@link DataOutputStream} writes, without its locks. */
    private static final class Bytes {
        byte[] bytes;
        int size;

        Bytes(int capacity) { bytes = new byte[capacity]; }

        void put(int b) {
            room(1);
            bytes[size++] = (byte) b;
        }

        void put(byte[] b) {
            room(b.length);
            System.arraycopy(b, 0, bytes, size, b.length);
            size += b.length;
        }

        void putInt(int v) {
            room(4);
            INT.set(bytes, size, v);
            size += 4;
        }

        void putLong(long v) {
            room(8);
            LONG.set(bytes, size, v);
            size += 8;
        }

        void setLong(int at, long v) { LONG.set(bytes, at, v); }

        private void room(int n) {
            if (size + n > bytes.length) bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
        }

        private static final java.lang.invoke.VarHandle INT =
                java.lang.invoke.MethodHandles.byteArrayViewVarHandle(int[].class, java.nio.ByteOrder.BIG_ENDIAN);
        private static final java.lang.invoke.VarHandle LONG =
                java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.BIG_ENDIAN);
    }

    /** The values of a vocabulary by label, looked up without scanning them. */
    private record Labels<E extends Enum<E> & Vocabulary>(Map<String, E> byLabel) {
        static <E extends Enum<E> & Vocabulary> Labels<E> of(Class<E> type) {
            var byLabel = new HashMap<String, E>();
            for (E value : type.getEnumConstants()) byLabel.put(value.label(), value);
            return new Labels<>(Map.copyOf(byLabel));
        }

        E label(String label) throws IOException {
            E value = byLabel.get(label);
            if (value == null) throw new IOException("damaged cache entry (an unknown label '" + label + "')");
            return value;
        }
    }

    private static final Labels<QuoteType> QUOTE_TYPES = Labels.of(QuoteType.class);
    private static final Labels<SpeakerType> SPEAKER_TYPES = Labels.of(SpeakerType.class);
    private static final Labels<DateBasis> DATE_BASES = Labels.of(DateBasis.class);

    /**
     * The layout of one column's value, in the generic form the fields above follow: a null flag, then strings as
     * UTF-8 with their length, numbers as Java writes them, dates as their epoch day. {@code CachedQuotesTest} checks
     * that {@link #encode} writes every column of the quotes table this way, so a new column cannot be forgotten.
     */
    static void column(DataOutputStream out, Column<QuoteRecord> column, @Nullable Object value) throws IOException {
        out.writeBoolean(value != null);
        if (value == null) return;
        switch (column.type()) {
            case STRING -> {
                byte[] utf8 = ((String) value).getBytes(StandardCharsets.UTF_8);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
            case INT32 -> out.writeInt((Integer) value);
            case DOUBLE -> out.writeDouble((Double) value);
            case DATE -> out.writeLong(((LocalDate) value).toEpochDay());
        }
    }
}
