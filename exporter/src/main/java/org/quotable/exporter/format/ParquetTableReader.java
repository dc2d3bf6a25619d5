package org.quotable.exporter.format;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.jspecify.annotations.Nullable;
import org.quotable.exporter.internal.HadoopFiles;
import org.quotable.exporter.internal.TextValues;
import org.quotable.schema.Column;
import org.quotable.schema.Row;
import org.quotable.schema.Table;

/**
 * Reads a Parquet file written by {@link ParquetTableWriter} back into rows through parquet-hadoop. Opening checks
 * that the file's schema is exactly {@link ParquetSchemas#of(Table)}; the footer's key-value metadata and row group
 * sizes are available before reading. Not thread-safe.
 *
 * @param <R> the record type
 */
public final class ParquetTableReader<R> implements TableReader<R> {
    private final Table<R> table;
    private final String file;
    private final MessageType schema;
    private final Map<String, String> metadata;
    private final List<Long> rowGroupRowCounts;
    private final ParquetReader<Group> reader;
    private final boolean[] used = new boolean[1];
    private long row;

    private ParquetTableReader(Table<R> table, String file, MessageType schema, Map<String, String> metadata,
                               List<Long> rowGroups, ParquetReader<Group> reader) {
        this.table = table;
        this.file = file;
        this.schema = schema;
        this.metadata = metadata;
        this.rowGroupRowCounts = rowGroups;
        this.reader = reader;
    }

    /** Opens a local file. */
    public static <R> ParquetTableReader<R> open(Table<R> table, java.nio.file.Path file) throws IOException {
        return open(table, HadoopFiles.path(file), HadoopFiles.configuration(), file.toString());
    }

    /** Opens a file at a Hadoop URI or a local path. */
    public static <R> ParquetTableReader<R> open(Table<R> table, String location) throws IOException {
        return open(table, HadoopFiles.path(location), HadoopFiles.configuration(), location);
    }

    /**
     * Opens a file at a Hadoop path.
     *
     * @param name the file name used in messages
     * @throws TableFormatException if the file is not Parquet or its schema is not the table's
     */
    public static <R> ParquetTableReader<R> open(Table<R> table, Path path, Configuration conf, String name) throws IOException {
        requireNonNull(table, "table");
        MessageType expected = ParquetSchemas.of(table);
        FileMetaData footer;
        List<Long> rowGroups;
        try (var fileReader = ParquetFileReader.open(HadoopInputFile.fromPath(path, conf))) {
            footer = fileReader.getFooter().getFileMetaData();
            rowGroups = fileReader.getFooter().getBlocks().stream().map(BlockMetaData::getRowCount).toList();
        } catch (RuntimeException e) {
            throw new TableFormatException(name, "", "not a readable Parquet file: " + e.getMessage(), e);
        } catch (IOException e) {
            if (e instanceof java.io.FileNotFoundException) throw e;
            throw new TableFormatException(name, "", "not a readable Parquet file: " + e.getMessage(), e);
        }
        if (!sameColumns(footer.getSchema(), expected))
            throw new TableFormatException(name, "", "its schema is not the %s table's; expected%n%sfound%n%s"
                    .formatted(table.name(), expected, footer.getSchema()));
        ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), path).withConf(conf).build();
        return new ParquetTableReader<>(table, name, footer.getSchema(), Map.copyOf(footer.getKeyValueMetaData()),
                rowGroups, reader);
    }

    /**
     * Whether a file's columns are the table's: the same names, order, repetition, physical and logical types.
     * The message name and the column sort order are not compared, so files other writers made from the same
     * schema (Spark names its message {@code spark_schema}, and orders doubles by its own Parquet version) read too.
     */
    static boolean sameColumns(MessageType file, MessageType expected) {
        if (file.getFieldCount() != expected.getFieldCount()) return false;
        for (int i = 0; i < expected.getFieldCount(); i++) {
            Type a = file.getType(i), b = expected.getType(i);
            if (!a.isPrimitive() || !b.isPrimitive() || !a.getName().equals(b.getName())
                    || a.getRepetition() != b.getRepetition()
                    || a.asPrimitiveType().getPrimitiveTypeName() != b.asPrimitiveType().getPrimitiveTypeName()
                    || !java.util.Objects.equals(a.getLogicalTypeAnnotation(), b.getLogicalTypeAnnotation()))
                return false;
        }
        return true;
    }

    /** The file's Parquet schema as written, message name and column orders included. */
    public MessageType schema() { return schema; }

    @Override public Table<R> table() { return table; }

    @Override public String file() { return file; }

    /** The footer's key-value metadata. */
    public Map<String, String> keyValueMetadata() { return metadata; }

    /** The number of rows in each row group, in file order. */
    public List<Long> rowGroupRowCounts() { return rowGroupRowCounts; }

    /** The number of rows in the file, from the footer. */
    public long rowCount() { return rowGroupRowCounts.stream().mapToLong(Long::longValue).sum(); }

    @Override public Iterator<Row> iterator() {
        return RowIterator.of(used, file, () -> {
            Group group;
            try {
                group = reader.read();
            } catch (IOException | RuntimeException e) {
                throw new TableFormatException(file, "row " + (row + 1), "unreadable: " + e.getMessage(), e);
            }
            if (group != null) row++;
            return group;
        }, this::toRow);
    }

    private Row toRow(Group group) {
        var values = new LinkedHashMap<String, @Nullable Object>();
        List<Column<R>> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            Column<R> column = columns.get(i);
            Object value = null;
            if (group.getFieldRepetitionCount(i) > 0) {
                value = switch (column.type()) {
                    case STRING -> group.getString(i, 0);
                    case INT32 -> group.getInteger(i, 0);
                    case DOUBLE -> group.getDouble(i, 0);
                    case DATE -> LocalDate.ofEpochDay(group.getInteger(i, 0));
                };
            }
            String problem = TextValues.problem(column, value);
            if (problem != null) throw new UncheckedIOException(new TableFormatException(file, "row " + row, problem));
            values.put(column.name(), value);
        }
        return Row.of(values);
    }

    @Override public void close() throws IOException {
        reader.close();
    }
}
