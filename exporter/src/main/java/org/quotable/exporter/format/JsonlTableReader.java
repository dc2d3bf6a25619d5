package org.quotable.exporter.format;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import org.jspecify.annotations.Nullable;
import org.quotable.exporter.internal.TextValues;
import org.quotable.schema.Column;
import org.quotable.schema.Row;
import org.quotable.schema.Table;

/**
 * Reads a JSON Lines file written by {@link JsonlTableWriter} back into rows. Each line must be an object with
 * exactly the table's columns, with JSON types matching the column types. Not thread-safe.
 *
 * @param <R> the record type
 */
public final class JsonlTableReader<R> implements TableReader<R> {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final Table<R> table;
    private final String file;
    private final BufferedReader reader;
    private final boolean[] used = new boolean[1];
    private long line;

    /** @param file the file name used in messages */
    public JsonlTableReader(Table<R> table, InputStream in, String file) {
        this.table = requireNonNull(table, "table");
        this.file = requireNonNull(file, "file");
        this.reader = new BufferedReader(new InputStreamReader(requireNonNull(in, "in"), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    }

    /** Opens a local JSON Lines file. */
    public static <R> JsonlTableReader<R> open(Table<R> table, Path file) throws IOException {
        return new JsonlTableReader<>(table, Files.newInputStream(file), file.toString());
    }

    @Override public Table<R> table() { return table; }

    @Override public String file() { return file; }

    @Override public Iterator<Row> iterator() {
        return RowIterator.of(used, file, () -> {
            String text;
            try {
                text = reader.readLine();
            } catch (CharacterCodingException e) {
                throw new TableFormatException(file, "line " + (line + 1), "not valid UTF-8", e);
            }
            if (text != null) line++;
            return text;
        }, this::toRow);
    }

    private Row toRow(String text) {
        String position = "line " + line;
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw fail(position, "not a JSON object: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) throw fail(position, "not a JSON object; each line must hold one row object");
        var names = new ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        if (!names.equals(table.columnNames()))
            throw fail(position, "has keys %s, expected the %s columns %s in that order".formatted(names, table.name(), table.columnNames()));
        var values = new LinkedHashMap<String, @Nullable Object>();
        for (Column<R> column : table.columns()) {
            Object value = value(column, node.get(column.name()), position);
            String problem = TextValues.problem(column, value);
            if (problem != null) throw fail(position, problem);
            values.put(column.name(), value);
        }
        return Row.of(values);
    }

    private @Nullable Object value(Column<R> column, JsonNode node, String position) {
        if (node.isNull()) return null;
        switch (column.type()) {
            case STRING:
                if (node.isTextual()) return node.textValue();
                break;
            case INT32:
                if (node.isInt()) return node.intValue();
                break;
            case DOUBLE:
                if (node.isNumber()) return node.doubleValue();
                break;
            case DATE:
                if (node.isTextual()) {
                    try {
                        return LocalDate.parse(node.textValue());
                    } catch (DateTimeParseException e) {
                        throw fail(position, "column '%s' holds '%s', which is not an ISO date yyyy-MM-dd".formatted(column.name(), node.textValue()));
                    }
                }
                break;
        }
        throw fail(position, "column '%s' holds %s, expected a %s".formatted(column.name(), node, column.type()));
    }

    private UncheckedIOException fail(String position, String reason) {
        return new UncheckedIOException(new TableFormatException(file, position, reason));
    }

    @Override public void close() throws IOException {
        reader.close();
    }

}
