package org.quotable.exporter.format;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quotable.schema.Table;

/**
 * Writes a table as JSON Lines: one UTF-8 JSON object per line, terminated by {@code \n}, keys in column order,
 * every column present (null as {@code null}), dates as ISO-8601 strings, integers and doubles as JSON numbers.
 * Newlines inside values are escaped, so a line is always one row. Not thread-safe.
 *
 * @param <R> the record type
 */
public final class JsonlTableWriter<R> implements TableWriter<R> {
    static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();   // emoji as UTF-8 bytes, not escaped surrogates

    private final Table<R> table;
    private final JsonGenerator generator;
    // The column names, quoted and encoded once: writing a name as a String escapes and encodes it for every row.
    private final SerializedString[] names;
    private long rows;

    /** The stream is closed when this writer is. */
    public JsonlTableWriter(Table<R> table, OutputStream out) throws IOException {
        this.table = requireNonNull(table, "table");
        this.generator = JSON.createGenerator(new BufferedOutputStream(requireNonNull(out, "out"), 1 << 16), JsonEncoding.UTF8);
        this.generator.setRootValueSeparator(null);
        this.names = namesOf(table);
    }

    /**
     * Writes to a character stream, such as a command's standard output; the writer is closed when this one is.
     * Characters outside ASCII are written as they are, so the stream's encoding must be UTF-8 for a valid file.
     */
    public JsonlTableWriter(Table<R> table, Writer out) throws IOException {
        this.table = requireNonNull(table, "table");
        this.generator = JSON.createGenerator(requireNonNull(out, "out"));
        this.generator.setRootValueSeparator(null);
        this.names = namesOf(table);
    }

    private static SerializedString[] namesOf(Table<?> table) {
        return table.columns().stream().map(c -> new SerializedString(c.name())).toArray(SerializedString[]::new);
    }

    /** Creates or replaces a local JSON Lines file. */
    public static <R> JsonlTableWriter<R> open(Table<R> table, Path file) throws IOException {
        return new JsonlTableWriter<>(table, Files.newOutputStream(file));
    }

    @Override public Table<R> table() { return table; }

    @Override public void write(R record) throws IOException {
        List<@Nullable Object> values = table.values(record);
        generator.writeStartObject();
        for (int i = 0; i < names.length; i++) {
            generator.writeFieldName(names[i]);
            Object value = values.get(i);
            if (value == null) generator.writeNull();
            else if (value instanceof Integer n) generator.writeNumber(n);
            else if (value instanceof Double d) generator.writeNumber(d);
            else generator.writeString(value.toString());
        }
        generator.writeEndObject();
        generator.writeRaw('\n');
        rows++;
    }

    @Override public long rowCount() { return rows; }

    /** Pushes the rows written so far to the underlying stream, e.g. to take one batch of encoded rows out of memory. */
    public void flush() throws IOException {
        generator.flush();
    }

    @Override public void close() throws IOException {
        generator.close();
    }
}
