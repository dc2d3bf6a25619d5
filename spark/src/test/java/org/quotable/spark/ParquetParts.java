package org.quotable.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;
import org.jspecify.annotations.Nullable;
import org.quotable.exporter.format.ParquetSchemas;
import org.quotable.schema.Column;
import org.quotable.schema.Row;
import org.quotable.schema.Table;

/**
 * Reads the part files Spark wrote for a table with parquet-java, independently of Spark, into records.
 *
 * <p>The exporter's {@code Exports.read} cannot open them yet: it requires the footer schema to equal
 * {@link ParquetSchemas#of} exactly, and Spark always names the message {@code spark_schema} (and parquet-java 1.18
 * writes doubles with {@code IEEE_754_TOTAL_ORDER}). So this reader checks the same fields, types and repetitions,
 * ignoring only the message name and the column order.
 */
final class ParquetParts {
    private ParquetParts() {}

    static <R> List<R> read(Table<R> table, Path folder) throws IOException {
        List<Path> parts;
        try (Stream<Path> list = Files.list(folder)) {
            parts = list.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
        }
        var conf = new org.apache.hadoop.conf.Configuration();
        var records = new ArrayList<R>();
        for (Path part : parts) {
            var path = new org.apache.hadoop.fs.Path(part.toUri());
            MessageType schema;
            try (var reader = ParquetFileReader.open(HadoopInputFile.fromPath(path, conf))) {
                schema = reader.getFooter().getFileMetaData().getSchema();
            }
            if (!withoutNameAndOrder(schema).equals(withoutNameAndOrder(ParquetSchemas.of(table))))
                throw new AssertionError(part + " has the schema\n" + schema + "but " + table.name() + " is\n" + ParquetSchemas.of(table));
            try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), path).withConf(conf).build()) {
                for (Group group = reader.read(); group != null; group = reader.read()) records.add(table.fromRow(row(table, group)));
            }
        }
        return records;
    }

    private static String withoutNameAndOrder(MessageType schema) {
        return schema.getFields().toString().replace(" columnorder(TYPE_DEFINED_ORDER)", "");
    }

    private static <R> Row row(Table<R> table, Group group) {
        var values = new LinkedHashMap<String, @Nullable Object>();
        List<Column<R>> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            Object value = null;
            if (group.getFieldRepetitionCount(i) > 0) {
                value = switch (columns.get(i).type()) {
                    case STRING -> group.getString(i, 0);
                    case INT32 -> group.getInteger(i, 0);
                    case DOUBLE -> group.getDouble(i, 0);
                    case DATE -> LocalDate.ofEpochDay(group.getInteger(i, 0));
                };
            }
            values.put(columns.get(i).name(), value);
        }
        return Row.of(values);
    }
}
