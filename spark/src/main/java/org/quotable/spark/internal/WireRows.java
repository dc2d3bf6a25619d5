package org.quotable.spark.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_from_unix_date;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.quotable.schema.ColumnType;
import org.quotable.schema.Table;
import org.quotable.spark.sql.SparkSchemas;

/**
 * Records as Spark rows between the stages of the job. Dates travel as days since 1970-01-01 ({@code IntegerType}),
 * so no stage depends on whether the session maps {@code DateType} to {@code java.sql.Date} or {@code LocalDate}
 * ({@code spark.sql.datetime.java8API.enabled}); {@link #finalColumns} turns them into {@code DateType} at the end.
 * Thread-safe.
 */
public final class WireRows {
    private WireRows() {}

    /** The table's fields as they travel: {@link SparkSchemas#of}, with dates as integers and without comments. */
    public static StructType schema(Table<?> table) {
        return new StructType(table.columns().stream()
                .map(c -> new StructField(c.name(), c.type() == ColumnType.DATE ? DataTypes.IntegerType
                        : SparkSchemas.dataType(c.type()), c.nullable(), org.apache.spark.sql.types.Metadata.empty()))
                .toArray(StructField[]::new));
    }

    /** The record's values in column order, dates as epoch days. */
    public static <R> Object[] values(Table<R> table, R record) {
        List<@Nullable Object> values = table.values(record);
        Object[] out = new Object[values.size()];
        for (int i = 0; i < out.length; i++) {
            Object value = values.get(i);
            out[i] = value instanceof LocalDate date ? Math.toIntExact(date.toEpochDay()) : value;
        }
        return out;
    }

    /** The record as a Spark row of {@link #schema}. */
    public static <R> Row row(Table<R> table, R record) {
        return RowFactory.create(values(table, record));
    }

    /** The record in a Spark row that has the table's columns by name (and maybe others). */
    public static <R> R record(Table<R> table, Row row) {
        var values = new LinkedHashMap<String, @Nullable Object>();
        for (org.quotable.schema.Column<R> column : table.columns()) {
            Object value = row.get(row.fieldIndex(column.name()));
            if (value != null && column.type() == ColumnType.DATE) value = LocalDate.ofEpochDay((Integer) value);
            values.put(column.name(), value);
        }
        return table.fromRow(org.quotable.schema.Row.of(values));
    }

    /**
     * The record in a Spark row that holds the table's columns in order from {@code first} (by position: the row
     * needs no schema).
     */
    public static <R> R record(Table<R> table, Row row, int first) {
        var values = new LinkedHashMap<String, @Nullable Object>();
        int i = first;
        for (org.quotable.schema.Column<R> column : table.columns()) {
            Object value = row.get(i++);
            if (value != null && column.type() == ColumnType.DATE) value = LocalDate.ofEpochDay((Integer) value);
            values.put(column.name(), value);
        }
        return table.fromRow(org.quotable.schema.Row.of(values));
    }

    /**
     * The select list that turns wire columns into the table's {@link SparkSchemas#of Spark schema}: dates become
     * {@code DateType} and every field gets its comment.
     *
     * @param prefix prepended to each column name, e.g. {@code "q."} for the fields of a struct column {@code q}
     */
    public static Column[] finalColumns(Table<?> table, String prefix) {
        StructType target = SparkSchemas.of(table);
        return table.columns().stream().map(c -> {
            Column wire = col(prefix + c.name());
            Column typed = c.type() == ColumnType.DATE ? date_from_unix_date(wire) : wire;
            return typed.as(c.name(), target.apply(c.name()).metadata());
        }).toArray(Column[]::new);
    }
}
