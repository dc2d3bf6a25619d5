package org.quotable.exporter.format;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.jspecify.annotations.Nullable;
import org.quotable.exporter.internal.HadoopFiles;
import org.quotable.schema.Column;
import org.quotable.schema.Table;

/**
 * Writes a table as an Apache Parquet file through parquet-hadoop, with the schema of {@link ParquetSchemas} and
 * any Hadoop file system ({@code file://}, {@code hdfs://}, {@code s3a://}, or a plain local path). The footer's
 * key-value metadata holds the entries of {@link ParquetSettings}. The file holds no timestamps, so the same rows
 * give the same bytes. Not thread-safe.
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
    private final Table<R> table;
    private final ParquetWriter<List<@Nullable Object>> writer;
    private long rows;

    private ParquetTableWriter(Table<R> table, ParquetWriter<List<@Nullable Object>> writer) {
        this.table = table;
        this.writer = writer;
    }

    /** Creates or replaces the file at a Hadoop URI or a local path. */
    public static <R> ParquetTableWriter<R> open(Table<R> table, String location, ParquetSettings settings) throws IOException {
        return open(table, HadoopFiles.path(location), HadoopFiles.configuration(), settings);
    }

    /** Creates or replaces a local file. */
    public static <R> ParquetTableWriter<R> open(Table<R> table, java.nio.file.Path file, ParquetSettings settings) throws IOException {
        return open(table, HadoopFiles.path(file), HadoopFiles.configuration(), settings);
    }

    /** Creates or replaces the file at a Hadoop path. */
    public static <R> ParquetTableWriter<R> open(Table<R> table, Path path, Configuration conf, ParquetSettings settings) throws IOException {
        requireNonNull(table, "table");
        requireNonNull(settings, "settings");
        var support = new RowWriteSupport(table, ParquetSchemas.of(table), settings.keyValueMetadata());
        ParquetWriter<List<@Nullable Object>> writer = new Builder(path, support)
                .withConf(conf)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCompressionCodec(settings.compression().codec())
                .withRowGroupRowCountLimit(settings.rowGroupRowLimit())
                .build();
        return new ParquetTableWriter<>(table, writer);
    }

    @Override public Table<R> table() { return table; }

    @Override public void write(R record) throws IOException {
        writer.write(table.values(record));
        rows++;
    }

    @Override public long rowCount() { return rows; }

    @Override public void close() throws IOException {
        writer.close();
    }

    private static final class Builder extends ParquetWriter.Builder<List<@Nullable Object>, Builder> {
        private final RowWriteSupport support;

        Builder(Path path, RowWriteSupport support) {
            super(path);
            this.support = support;
        }

        @Override protected Builder self() { return this; }

        @Override protected WriteSupport<List<@Nullable Object>> getWriteSupport(Configuration conf) { return support; }
    }

    /** Writes one row's values, in column order, to the record consumer. */
    private static final class RowWriteSupport extends WriteSupport<List<@Nullable Object>> {
        private final List<? extends Column<?>> columns;
        private final MessageType schema;
        private final Map<String, String> metadata;
        private @Nullable RecordConsumer consumer;

        RowWriteSupport(Table<?> table, MessageType schema, Map<String, String> metadata) {
            this.columns = table.columns();
            this.schema = schema;
            this.metadata = new TreeMap<>(metadata);
        }

        @Override public WriteContext init(Configuration configuration) {
            return new WriteContext(schema, metadata);
        }

        @Override public String getName() { return "quotable"; }

        @Override public void prepareForWrite(RecordConsumer recordConsumer) {
            this.consumer = recordConsumer;
        }

        @Override public void write(List<@Nullable Object> values) {
            RecordConsumer c = requireNonNull(consumer, "prepareForWrite was not called");
            c.startMessage();
            for (int i = 0; i < columns.size(); i++) {
                Object value = values.get(i);
                if (value == null) continue;
                String name = columns.get(i).name();
                c.startField(name, i);
                switch (columns.get(i).type()) {
                    case STRING -> c.addBinary(Binary.fromString((String) value));
                    case INT32 -> c.addInteger((Integer) value);
                    case DOUBLE -> c.addDouble((Double) value);
                    case DATE -> c.addInteger(Math.toIntExact(((java.time.LocalDate) value).toEpochDay()));
                }
                c.endField(name, i);
            }
            c.endMessage();
        }
    }
}
