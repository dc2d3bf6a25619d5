package org.quotable.exporter.format;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.quotable.exporter.internal.TextValues;
import org.quotable.schema.Column;
import org.quotable.schema.Row;
import org.quotable.schema.Table;

/**
 * Reads a CSV file written by {@link CsvTableWriter} back into rows, checking the header, the types and the
 * required values. An empty unquoted field is null, a quoted empty field is the empty string. Not thread-safe.
 *
 * @param <R> the record type
 */
public final class CsvTableReader<R> implements TableReader<R> {
    private final Table<R> table;
    private final String file;
    private final CSVParser parser;
    private final boolean[] used = new boolean[1];

    /**
     * Reads the header at once.
     *
     * @param file the file name used in messages
     * @throws TableFormatException if the header is not the table's column names in order
     */
    public CsvTableReader(Table<R> table, InputStream in, String file) throws IOException {
        this.table = requireNonNull(table, "table");
        this.file = requireNonNull(file, "file");
        Reader reader = new InputStreamReader(requireNonNull(in, "in"), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        this.parser = CSVParser.builder().setReader(reader)
                .setFormat(CsvTableWriter.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()).get();
        List<String> header = parser.getHeaderNames();
        if (!header.equals(table.columnNames())) {
            parser.close();
            throw new TableFormatException(file, "line 1", "the header %s is not the %s table's columns %s; was it written by another schema version?"
                    .formatted(header, table.name(), table.columnNames()));
        }
    }

    /** Opens a local CSV file. */
    public static <R> CsvTableReader<R> open(Table<R> table, Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return new CsvTableReader<>(table, in, file.toString());
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    @Override public Table<R> table() { return table; }

    @Override public String file() { return file; }

    @Override public Iterator<Row> iterator() {
        Iterator<CSVRecord> records = TableReader.once(used, parser.iterator(), file);
        return new Iterator<>() {
            @Override public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException e) {
                    throw wrap(e, "line " + parser.getCurrentLineNumber());
                }
            }

            @Override public Row next() {
                if (!hasNext()) throw new NoSuchElementException();
                return toRow(records.next());
            }
        };
    }

    private UncheckedIOException wrap(UncheckedIOException e, String position) {
        String reason = e.getCause() instanceof CharacterCodingException ? "not valid UTF-8" : String.valueOf(e.getCause().getMessage());
        return new UncheckedIOException(new TableFormatException(file, position, reason, e.getCause()));
    }

    private Row toRow(CSVRecord record) {
        String position = "line " + record.getParser().getCurrentLineNumber() + ", record " + record.getRecordNumber();
        List<Column<R>> columns = table.columns();
        if (record.size() != columns.size())
            throw new UncheckedIOException(new TableFormatException(file, position,
                    "has %d fields, expected %d (%s)".formatted(record.size(), columns.size(), table.columnNames())));
        var values = new LinkedHashMap<String, @Nullable Object>();
        for (int i = 0; i < columns.size(); i++) {
            Column<R> column = columns.get(i);
            String text = record.get(i);
            Object value;
            try {
                value = text == null ? null : TextValues.parse(column, text);
            } catch (IllegalArgumentException e) {
                throw new UncheckedIOException(new TableFormatException(file, position, e.getMessage()));
            }
            String problem = TextValues.problem(column, value);
            if (problem != null) throw new UncheckedIOException(new TableFormatException(file, position, problem));
            values.put(column.name(), value);
        }
        return Row.of(values);
    }

    @Override public void close() throws IOException {
        parser.close();
    }
}
