package org.quotable.exporter.format;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.quotable.exporter.internal.HadoopFiles;
import org.quotable.schema.Column;
import org.quotable.schema.ColumnType;
import org.quotable.schema.Table;

/**
 * Writes a table as an Apache Parquet file with parquet-java's column writers, with the schema of
 * {@link ParquetSchemas}, to a local file or any Hadoop file system ({@code file://}, {@code hdfs://},
 * {@code s3a://}, or a plain local path). The footer's key-value metadata holds the entries of {@link ParquetSettings}.
 * The file holds no timestamps, so the same rows give the same bytes. Not thread-safe.
 *
 * <p>Each row's values go straight to the column writers (no record objects, no record-consumer events), a local
 * file is written through {@link LocalOutputFile} (no Hadoop file system on the hot path), and the columns that are
 * unique per row ({@code quote_id}) are not dictionary-encoded, and pages are cut by size only. Free-text columns ({@code quote}, {@code text}) have
 * no min/max statistics, which no reader can filter on; the size statistics and page checksums that parquet-java
 * 1.15+ adds by default are left out.
 *
 * <pre>{@code
 * var settings = new ParquetSettings(Compression.SNAPPY, 100_000, Map.of());
 * try (var out = ParquetTableWriter.open(QuotableSchema.QUOTES, "s3a://bucket/quotes.parquet", settings)) {
 *     for (QuoteRecord q : quotes) out.write(q);
 * }
 * }</pre>
 *
 * @param <R> the record type
 */
public final class ParquetTableWriter<R> implements TableWriter<R> {
    /** The most bytes buffered for one row group before it is written, as parquet-java's {@code ParquetWriter}. */
    private static final long ROW_GROUP_BYTES = 128L * 1024 * 1024;
    /** Rows between two checks of the buffered size (a check sums every column's buffers). */
    private static final int SIZE_CHECK_ROWS = 128;
    /** Columns that hold a value unique to each row: a dictionary would only cost time and space. */
    private static final List<String> UNIQUE_COLUMNS = List.of("quote_id");
    /** Free-text columns: no reader filters on their min/max, so they get no statistics. */
    private static final List<String> FREE_TEXT_COLUMNS = List.of("quote", "text");
    /**
     * Rows per page at most; pages end at 1 MiB (parquet-java's page size) well before. parquet-java's default of
     * 20,000 rows cuts small columns into pages too short to compress: 6 to 9% larger files than DuckDB's.
     */
    private static final int PAGE_ROW_LIMIT = 1_000_000;
    /** parquet-java's {@code ParquetWriter.MAX_PADDING_SIZE_DEFAULT}. */
    private static final int MAX_PADDING = 8 * 1024 * 1024;

    private final Table<R> table;
    private final MessageType schema;
    private final List<Column<R>> columns;
    private final ColumnType[] types;
    private final ColumnDescriptor[] descriptors;
    private final java.util.Set<?>[] allowed;
    private final ParquetProperties properties;
    private final CompressionCodecFactory codecs;
    private final CompressionCodecFactory.BytesInputCompressor compressor;
    private final ParquetFileWriter file;
    private final Map<String, String> metadata;
    private final int rowGroupRowLimit;
    private ColumnChunkPageWriteStore pages;
    private ColumnWriteStore store;
    private ColumnWriter[] writers;
    private long rows;
    private long rowGroupRows;
    private boolean closed;

    private ParquetTableWriter(Table<R> table, OutputFile out, ParquetSettings settings) throws IOException {
        this.table = table;
        this.schema = ParquetSchemas.of(table);
        this.columns = table.columns();
        this.types = columns.stream().map(Column::type).toArray(ColumnType[]::new);
        this.descriptors = schema.getColumns().toArray(ColumnDescriptor[]::new);
        this.allowed = columns.stream().map(c -> c.allowedValues().isEmpty() ? null : java.util.Set.copyOf(c.allowedValues()))
                .toArray(java.util.Set<?>[]::new);
        this.metadata = new TreeMap<>(settings.keyValueMetadata());
        metadata.put("writer.model.name", "quotable");    // as parquet-java's ParquetWriter names its write support
        this.rowGroupRowLimit = settings.rowGroupRowLimit();
        var builder = ParquetProperties.builder()
                .withPageRowCountLimit(PAGE_ROW_LIMIT)
                .withPageWriteChecksumEnabled(false)
                .withSizeStatisticsEnabled(false);

        for (Column<R> column : columns) {
            if (UNIQUE_COLUMNS.contains(column.name())) builder.withDictionaryEncoding(column.name(), false);
            if (FREE_TEXT_COLUMNS.contains(column.name())) builder.withStatisticsEnabled(column.name(), false);
        }
        this.properties = builder.build();
        this.codecs = new CodecFactory(new PlainParquetConfiguration(), properties.getPageSizeThreshold());
        this.compressor = codecs.getCompressor(settings.compression().codec());
        this.file = new ParquetFileWriter(out, schema, ParquetFileWriter.Mode.OVERWRITE, ROW_GROUP_BYTES,
                MAX_PADDING, null, properties);
        file.start();
        startRowGroup();
    }


    /** Creates or replaces the file at a Hadoop URI or a local path. */
    public static <R> ParquetTableWriter<R> open(Table<R> table, String location, ParquetSettings settings) throws IOException {
        return open(table, HadoopFiles.path(location), null, settings);
    }

    /** Creates or replaces a local file. */
    public static <R> ParquetTableWriter<R> open(Table<R> table, java.nio.file.Path file, ParquetSettings settings) throws IOException {
        requireNonNull(table, "table");
        requireNonNull(settings, "settings");
        return new ParquetTableWriter<>(table, new LocalOutputFile(file.toAbsolutePath()), settings);
    }

    /**
     * Creates or replaces the file at a Hadoop path. A {@code file:} path is written as a local file, without
     * Hadoop's file system; any other scheme goes through the file system {@code conf} names for it.
     *
     * @param conf the Hadoop configuration of the file system, or null for {@link HadoopFiles#configuration()}
     *             (made only when the path is not local)
     */
    public static <R> ParquetTableWriter<R> open(Table<R> table, Path path, @org.jspecify.annotations.Nullable Configuration conf,
                                                 ParquetSettings settings) throws IOException {
        requireNonNull(table, "table");
        requireNonNull(settings, "settings");
        requireNonNull(path, "path");
        OutputFile out = "file".equals(path.toUri().getScheme())
                ? new LocalOutputFile(java.nio.file.Path.of(path.toUri()))
                : HadoopOutputFile.fromPath(path, conf == null ? HadoopFiles.configuration() : conf);
        return new ParquetTableWriter<>(table, out, settings);
    }

    @Override public Table<R> table() { return table; }

    @Override public void write(R record) throws IOException {
        requireNonNull(record, "record");
        if (closed) throw new IllegalStateException("This Parquet writer is closed");
        for (int i = 0; i < writers.length; i++) {
            Object value = value(i, record);
            ColumnWriter w = writers[i];
            if (value == null) {
                w.writeNull(0, 0);
                continue;
            }
            int level = descriptors[i].getMaxDefinitionLevel();
            switch (types[i]) {
                case STRING -> w.write(Binary.fromString((String) value), 0, level);
                case INT32 -> w.write((int) (Integer) value, 0, level);
                case DOUBLE -> w.write((double) (Double) value, 0, level);
                case DATE -> w.write(Math.toIntExact(((java.time.LocalDate) value).toEpochDay()), 0, level);
            }
        }
        store.endRecord();
        rows++;
        rowGroupRows++;
        if (rowGroupRows >= rowGroupRowLimit
                || (rowGroupRows % SIZE_CHECK_ROWS == 0 && store.getBufferedSize() >= ROW_GROUP_BYTES))
            flushRowGroup();
    }

    /**
     * The record's value of column {@code i}, with the checks of {@link Column#valueOf}: a required value is there,
     * the type is the column's, a vocabulary value is one of the allowed ones (looked up in a hash set here, where
     * the column's list costs half of the writing time on a profile).
     */
    private @org.jspecify.annotations.Nullable Object value(int i, R record) {
        Column<R> column = columns.get(i);
        Object value = column.accessor().apply(record);
        if (value == null || !column.type().javaType().isInstance(value) || (allowed[i] != null && !allowed[i].contains(value)))
            return column.valueOf(record);    // throws the column's own message, or returns null for an optional column
        return value;
    }

    @Override public long rowCount() { return rows; }

    private void startRowGroup() {
        pages = new ColumnChunkPageWriteStore(compressor, schema, HeapByteBufferAllocator.getInstance(),
                properties.getColumnIndexTruncateLength(), properties.getPageWriteChecksumEnabled());
        store = properties.newColumnWriteStore(schema, pages, pages);
        writers = new ColumnWriter[descriptors.length];
        for (int i = 0; i < descriptors.length; i++) writers[i] = store.getColumnWriter(descriptors[i]);
        rowGroupRows = 0;
    }

    private void flushRowGroup() throws IOException {
        file.startBlock(rowGroupRows);
        store.flush();
        pages.flushToFileWriter(file);
        file.endBlock();
        store.close();
        pages.close();
        startRowGroup();
    }

    @Override public void close() throws IOException {
        if (closed) return;
        closed = true;
        try {
            if (rowGroupRows > 0) flushRowGroup();
            store.close();
            pages.close();
            file.end(metadata);
        } finally {
            codecs.release();
        }
    }
}
