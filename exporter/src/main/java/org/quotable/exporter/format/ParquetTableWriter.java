package org.quotable.exporter.format;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.schema.MessageType;
import org.jspecify.annotations.Nullable;
import org.quotable.exporter.internal.HadoopFiles;
import org.quotable.schema.Column;
import org.quotable.schema.Table;

/**
 * Writes a table as an Apache Parquet file, with the schema of {@link ParquetSchemas}, to a local file or any Hadoop
 * file system ({@code file://}, {@code hdfs://}, {@code s3a://}, or a plain local path). The footer's key-value
 * metadata holds the entries of {@link ParquetSettings}. The file holds no timestamps, so the same rows give the
 * same bytes. Not thread-safe.
 *
 * <p>parquet-java lays out the file: its {@link ParquetFileWriter} writes row groups and the footer, and its page
 * store keeps each column chunk's statistics and column and offset indexes. Snappy and ZSTD pages are compressed by
 * a {@link PageCompressor} (the same native codecs, called once per page on heap arrays), GZIP by parquet-java. The
 * values are encoded into pages here, by a {@link ColumnChunkEncoder} per column (parquet-java's own column writers
 * spent most of the writing time encoding every string to UTF-8 and hashing the bytes). A local file is written through
 * {@link LocalOutputFile}, without Hadoop's file system on the hot path. {@code quote_id}, unique per row, is not
 * dictionary-encoded; free-text columns ({@code quote}, {@code text}) have no min/max statistics, which no reader
 * can filter on; pages carry no checksums and no size statistics.
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
    /** parquet-java's {@code ParquetWriter.MAX_PADDING_SIZE_DEFAULT}. */
    private static final int MAX_PADDING = 8 * 1024 * 1024;

    private final Table<R> table;
    private final MessageType schema;
    private final List<Column<R>> columns;
    private final ColumnDescriptor[] descriptors;
    private final Set<?>[] allowed;
    private final ParquetProperties properties;
    /** parquet-java's codecs, for GZIP and no compression; null when {@link PageCompressor} compresses the pages. */
    private final @Nullable CompressionCodecFactory codecs;
    private final CompressionCodecFactory.BytesInputCompressor compressor;
    private final ParquetFileWriter file;
    private final Map<String, String> metadata;
    private final int rowGroupRowLimit;
    private final ColumnChunkEncoder[] encoders;
    /** Takes each record's values to {@link #encoders}. */
    private final RowPath<R> path;
    private long rows;
    private int rowGroupRows;
    /** Where the last row group so far starts in the file; -1 before the first. */
    private long lastRowGroupStart = -1;
    private boolean closed;

    private ParquetTableWriter(Table<R> table, OutputFile out, ParquetSettings settings) throws IOException {
        this.table = table;
        this.schema = ParquetSchemas.of(table);
        this.columns = table.columns();
        this.descriptors = schema.getColumns().toArray(ColumnDescriptor[]::new);
        this.allowed = columns.stream().map(c -> c.allowedValues().isEmpty() ? null : Set.copyOf(c.allowedValues()))
                .toArray(Set<?>[]::new);
        this.metadata = new TreeMap<>(settings.keyValueMetadata());
        metadata.put("writer.model.name", "quotable");    // as parquet-java's ParquetWriter names its write support
        this.rowGroupRowLimit = settings.rowGroupRowLimit();
        this.properties = ParquetProperties.builder()
                .withPageWriteChecksumEnabled(false)
                .withSizeStatisticsEnabled(false)
                .build();
        CompressionCodecName codec = settings.compression().codec();
        if (PageCompressor.handles(codec)) {
            this.codecs = null;
            this.compressor = PageCompressor.of(codec);
        } else {
            this.codecs = new CodecFactory(new PlainParquetConfiguration(), properties.getPageSizeThreshold());
            this.compressor = codecs.getCompressor(codec);
        }
        this.file = new ParquetFileWriter(out, schema, ParquetFileWriter.Mode.OVERWRITE, ROW_GROUP_BYTES,
                MAX_PADDING, null, properties);
        file.start();
        this.encoders = firstEncoders();
        this.path = new RowPath<>(columns, encoders);
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
    public static <R> ParquetTableWriter<R> open(Table<R> table, Path path, @Nullable Configuration conf,
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

    /**
     * Starts the file with the first {@code rowGroups} row groups of {@code from}, copied byte for byte with their
     * column and offset indexes, as if their rows had just been written here; returns the number of rows copied. For
     * a table that only grows, the row groups a longer file shares with the last one need not be encoded again:
     * every row group but a file's last is closed by the row limit or the buffered size, which depend only on the
     * rows before, so a writer given the same rows cuts them in the same places. {@code from} must be a local file
     * written by this class with the same table and settings. Call before the first {@link #write}.
     */
    public long copyRowGroups(java.nio.file.Path from, int rowGroups) throws IOException {
        return copyRowGroups(from, groups -> rowGroups);
    }

    /**
     * {@link #copyRowGroups(java.nio.file.Path, int)} of every row group of {@code from} but its last (none when it has
     * one), reading its footer once.
     */
    public long copyAllButTheLastRowGroup(java.nio.file.Path from) throws IOException {
        return copyRowGroups(from, blocks -> Math.max(0, blocks.size() - 1));
    }

    /**
     * Copies the row groups of {@code from} that end at or before its row {@code rowLimit}, byte for byte, into this
     * new file, for a build that inserts rows after that one: the groups before were cut by the row or size limit from
     * the same rows, so a full build writes them the same. Returns the rows copied (at most {@code rowLimit}).
     */
    public long copyRowGroupsUpTo(java.nio.file.Path from, long rowLimit) throws IOException {
        return copyRowGroups(from, blocks -> {
            int n = 0;
            long end = 0;
            for (var block : blocks) {
                end += block.getRowCount();
                if (end > rowLimit) break;
                n++;
            }
            return n;
        });
    }

    private long copyRowGroups(java.nio.file.Path from,
                               java.util.function.ToIntFunction<List<org.apache.parquet.hadoop.metadata.BlockMetaData>> howMany)
            throws IOException {
        if (rows > 0 || closed) throw new IllegalStateException("Row groups are copied into a new Parquet file only, before any row");
        try (var reader = openLocal(from);
             org.apache.parquet.io.SeekableInputStream in = new ChannelStream(java.nio.channels.FileChannel.open(from))) {
            if (!reader.getFooter().getFileMetaData().getSchema().equals(schema))
                throw new IllegalArgumentException(from + " is not a Parquet file of the table " + table.name());
            List<org.apache.parquet.hadoop.metadata.BlockMetaData> blocks = reader.getRowGroups();
            int rowGroups = howMany.applyAsInt(blocks);
            if (rowGroups > blocks.size())
                throw new IllegalArgumentException(from + " has " + blocks.size() + " row groups, not " + rowGroups);
            for (var block : blocks.subList(0, rowGroups)) {
                lastRowGroupStart = file.getPos();
                file.startBlock(block.getRowCount());
                for (int i = 0; i < descriptors.length; i++) {
                    var chunk = block.getColumns().get(i);
                    file.appendColumnChunk(descriptors[i], in, chunk, null, reader.readColumnIndex(chunk), reader.readOffsetIndex(chunk));
                }
                file.endBlock();
                rows += block.getRowCount();
            }
        }
        return rows;
    }

    /**
     * A local file read in blocks for {@link #copyRowGroups}: the stream of parquet-java's {@code LocalInputFile} has
     * no bulk {@code read(byte[], int, int)}, so copying a column chunk through it made one system call per byte (most
     * of a "+1 article" build's time went there).
     */
    private static final class ChannelStream extends org.apache.parquet.io.DelegatingSeekableInputStream {
        private final java.nio.channels.FileChannel channel;

        ChannelStream(java.nio.channels.FileChannel channel) {
            super(java.nio.channels.Channels.newInputStream(channel));
            this.channel = channel;
        }

        @Override public long getPos() throws IOException { return channel.position(); }

        @Override public void seek(long position) throws IOException { channel.position(position); }
    }

    /**
     * A reader of a local Parquet file's footer and chunks, with a plain configuration: parquet-java's default read
     * options make a Hadoop {@code Configuration}, which parses Hadoop's XML defaults (and C2 compiled the XML parser
     * and the class loading behind it) on every +1 article build that copies row groups.
     */
    private static org.apache.parquet.hadoop.ParquetFileReader openLocal(java.nio.file.Path file) throws IOException {
        var options = org.apache.parquet.ParquetReadOptions.builder(new PlainParquetConfiguration()).build();
        return org.apache.parquet.hadoop.ParquetFileReader.open(new org.apache.parquet.io.LocalInputFile(file.toAbsolutePath()), options);
    }

    /**
     * The bytes written so far. After {@link #copyAllButTheLastRowGroup} it is where the source's last row group
     * starts: the bytes before it are the source's own, so a digest of them can be taken from the source's.
     */
    public long position() throws IOException { return file.getPos(); }

    /**
     * Where the last row group written so far starts in the file (the bytes before it are the magic and the groups
     * before it, nothing that a later row changes); -1 before the first. Call after {@link #close} for the file's last.
     */
    public long lastRowGroupStart() { return lastRowGroupStart; }

    /**
     * Where the last row group of a Parquet file starts, as its footer says (its first column chunk); -1 when it has
     * no row group.
     */
    public static long lastRowGroupStart(java.nio.file.Path file) throws IOException {
        try (var reader = openLocal(file)) {
            List<org.apache.parquet.hadoop.metadata.BlockMetaData> blocks = reader.getRowGroups();
            return blocks.isEmpty() ? -1 : blocks.get(blocks.size() - 1).getStartingPos();
        }
    }

    /** The rows in each row group of a Parquet file, in order. */
    public static List<Long> rowGroupRows(java.nio.file.Path file) throws IOException {
        try (var reader = openLocal(file)) {
            return reader.getRowGroups().stream().map(org.apache.parquet.hadoop.metadata.BlockMetaData::getRowCount).toList();
        }
    }


    @Override public void write(R record) throws IOException {
        requireNonNull(record, "record");
        if (closed) throw new IllegalStateException("This Parquet writer is closed");
        int refused = path.write(record);
        if (refused >= 0) throw rejected(columns.get(refused), record);
        rows++;
        rowGroupRows++;
        if (rowGroupRows >= rowGroupRowLimit || (rowGroupRows % SIZE_CHECK_ROWS == 0 && bufferedSize() >= ROW_GROUP_BYTES))
            flushRowGroup();
    }

    /**
     * The error of a value the column does not take (a missing required value, a wrong type, a word outside the
     * vocabulary): {@link Column#valueOf} throws it with the column's own message.
     */
    private static <R> IllegalStateException rejected(Column<R> column, R record) {
        column.valueOf(record);
        return new IllegalStateException("Column '%s' refused its value".formatted(column.name()));
    }

    @Override public long rowCount() { return rows; }

    private long bufferedSize() {
        long size = 0;
        for (ColumnChunkEncoder encoder : encoders) size += encoder.bufferedSize();
        return size;
    }

    private ColumnChunkEncoder[] firstEncoders() {
        var first = new ColumnChunkEncoder[descriptors.length];
        for (int i = 0; i < descriptors.length; i++) {
            String name = columns.get(i).name();
            first[i] = new ColumnChunkEncoder(descriptors[i], columns.get(i).type(), !UNIQUE_COLUMNS.contains(name),
                    !FREE_TEXT_COLUMNS.contains(name), allowed[i]);
        }
        return first;
    }

    private void flushRowGroup() throws IOException {
        var pages = new ColumnChunkPageWriteStore(compressor, schema, HeapByteBufferAllocator.getInstance(),
                properties.getColumnIndexTruncateLength(), properties.getPageWriteChecksumEnabled());
        try {
            for (int i = 0; i < descriptors.length; i++) encoders[i].flush(pages.getPageWriter(descriptors[i]));
            lastRowGroupStart = file.getPos();
            file.startBlock(rowGroupRows);
            pages.flushToFileWriter(file);
            file.endBlock();
        } finally {
            pages.close();
        }
        for (ColumnChunkEncoder encoder : encoders) encoder.reset();
        rowGroupRows = 0;
    }

    @Override public void close() throws IOException {
        if (closed) return;
        closed = true;
        try {
            if (rowGroupRows > 0) flushRowGroup();
            file.end(metadata);
        } finally {
            if (codecs != null) codecs.release();
            else compressor.release();
        }
    }
}
