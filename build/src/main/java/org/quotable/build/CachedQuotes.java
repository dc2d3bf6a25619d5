package org.quotable.build;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;
import org.quotable.schema.Column;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.Row;
import org.quotable.schema.Table;

/**
 * The binary form of one article's quotes in the {@link ExtractionCache}: a header (magic, count, CRC-32 of the
 * rest), then each quote's values in column order, each with a null flag, strings as UTF-8 with their length. Read
 * back without JSON parsing, which made a warm build spend a third of its time in the cache; any damage (a wrong
 * magic, a short file, a CRC mismatch, trailing bytes) is an {@link IOException}, never wrong quotes. Stateless.
 */
final class CachedQuotes {
    private static final int MAGIC = 0x51554F31;   // "QUO1"; a change of layout changes it
    private static final Table<QuoteRecord> TABLE = QuotableSchema.QUOTES;

    private CachedQuotes() {}

    /** The bytes of these quotes. */
    static byte[] encode(List<QuoteRecord> quotes) throws IOException {
        var body = new ByteArrayOutputStream(256 + quotes.size() * 512);
        var out = new DataOutputStream(body);
        for (QuoteRecord quote : quotes) {
            List<@Nullable Object> values = TABLE.values(quote);
            for (int i = 0; i < values.size(); i++) write(out, TABLE.columns().get(i), values.get(i));
        }
        out.flush();
        byte[] payload = body.toByteArray();
        var crc = new CRC32();
        crc.update(payload);
        var all = new ByteArrayOutputStream(payload.length + 16);
        var header = new DataOutputStream(all);
        header.writeInt(MAGIC);
        header.writeInt(quotes.size());
        header.writeLong(crc.getValue());
        header.write(payload);
        header.flush();
        return all.toByteArray();
    }

    /** The quotes in these bytes, as {@link #encode} wrote them. */
    static List<QuoteRecord> decode(byte[] bytes) throws IOException {
        if (bytes.length < 16) throw new IOException("too short for a cache entry: " + bytes.length + " bytes");
        var in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != MAGIC) throw new IOException("not a cache entry of this layout");
        int count = in.readInt();
        long expected = in.readLong();
        var crc = new CRC32();
        crc.update(bytes, 16, bytes.length - 16);
        if (crc.getValue() != expected || count < 0) throw new IOException("damaged cache entry (CRC-32 differs)");
        var quotes = new ArrayList<QuoteRecord>(count);
        List<Column<QuoteRecord>> columns = TABLE.columns();
        for (int q = 0; q < count; q++) {
            var values = new LinkedHashMap<String, @Nullable Object>();
            for (Column<QuoteRecord> column : columns) values.put(column.name(), read(in, column));
            quotes.add(TABLE.fromRow(Row.of(values)));
        }
        if (in.available() > 0) throw new IOException("damaged cache entry (" + in.available() + " bytes after the quotes)");
        return quotes;
    }

    private static void write(DataOutputStream out, Column<QuoteRecord> column, @Nullable Object value) throws IOException {
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

    private static @Nullable Object read(DataInputStream in, Column<QuoteRecord> column) throws IOException {
        if (!in.readBoolean()) return null;
        return switch (column.type()) {
            case STRING -> {
                int length = in.readInt();
                if (length < 0 || length > in.available()) throw new IOException("damaged cache entry (a string of " + length + " bytes)");
                byte[] utf8 = new byte[length];
                in.readFully(utf8);
                yield new String(utf8, StandardCharsets.UTF_8);
            }
            case INT32 -> in.readInt();
            case DOUBLE -> in.readDouble();
            case DATE -> LocalDate.ofEpochDay(in.readLong());
        };
    }
}
