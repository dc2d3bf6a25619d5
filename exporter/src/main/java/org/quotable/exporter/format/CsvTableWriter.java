package org.quotable.exporter.format;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;
import org.quotable.exporter.internal.TextValues;
import org.quotable.schema.Table;

/**
 * Writes a table as RFC 4180 CSV in UTF-8 without byte order mark, CRLF line ends, and a header line of the column
 * names. Not thread-safe.
 *
 * <p><b>Null versus empty string.</b> Every non-null text or date value is quoted and numbers are not, so the two
 * stay apart: a null is an empty <em>unquoted</em> field ({@code a,,c}), an empty string is a quoted one
 * ({@code a,"",c}). {@link CsvTableReader} reads them back apart; DuckDB does so with
 * {@code read_csv(..., allow_quoted_nulls = false)}; pandas reads both as missing.
 *
 * <pre>{@code
 * try (var out = CsvTableWriter.open(QuotableSchema.QUOTES, Path.of("quotes.csv"))) {
 *     for (QuoteRecord q : quotes) out.write(q);
 * }
 * }</pre>
 *
 * @param <R> the record type
 */
public final class CsvTableWriter<R> implements TableWriter<R> {
    /**
     * The CSV dialect of every Quotable CSV file: RFC 4180, every non-numeric value quoted, null as an empty
     * unquoted field. The header line is written separately, unquoted.
     */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setQuoteMode(QuoteMode.NON_NUMERIC)
            .setRecordSeparator("\r\n")
            .get();

    private final Table<R> table;
    private final CSVPrinter printer;
    private final boolean spreadsheetSafe;
    private long rows;

    /** Writes the header at once; the stream is closed when this writer is. Text is written exactly. */
    public CsvTableWriter(Table<R> table, OutputStream out) throws IOException {
        this(table, out, false);
    }

    /**
     * Writes the header at once; the stream is closed when this writer is.
     *
     * @param spreadsheetSafe whether a text value starting with {@code = + - @}, tab or carriage return is written
     *                        with a leading {@code '} so that spreadsheets show it rather than run it as a formula
     *                        (OWASP's advice against CSV injection); the value then differs from the data by that one
     *                        character, so this is for files meant for spreadsheets only
     */
    public CsvTableWriter(Table<R> table, OutputStream out, boolean spreadsheetSafe) throws IOException {
        this.table = requireNonNull(table, "table");
        this.spreadsheetSafe = spreadsheetSafe;
        Writer writer = new BufferedWriter(new OutputStreamWriter(requireNonNull(out, "out"), StandardCharsets.UTF_8), 1 << 16);
        writer.write(String.join(",", table.columnNames()));    // snake_case names never need quotes
        writer.write("\r\n");
        this.printer = new CSVPrinter(writer, FORMAT);
    }

    /** Creates or replaces a local CSV file. */
    public static <R> CsvTableWriter<R> open(Table<R> table, Path file) throws IOException {
        return new CsvTableWriter<>(table, Files.newOutputStream(file));
    }

    @Override public Table<R> table() { return table; }

    @Override public void write(R record) throws IOException {
        List<@Nullable Object> values = table.values(record);
        for (Object value : values) {
            if (value == null) printer.print(null);
            else if (value instanceof Number) printer.print(value);
            else printer.print(spreadsheetSafe ? defused(TextValues.format(value)) : TextValues.format(value));
        }
        printer.println();
        rows++;
    }

    /** The text with a leading apostrophe when a spreadsheet would take it for a formula. */
    static String defused(String text) {
        if (text.isEmpty()) return text;
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }

    @Override public long rowCount() { return rows; }

    @Override public void close() throws IOException {
        printer.close(true);
    }
}
