package org.quotable.schema;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A table of the dataset: its columns in their fixed order, its primary key, and how to turn a {@link Row} back
 * into a record. Immutable.
 *
 * <p>Column order is part of the contract: it is the CSV header order, the Parquet field order and the key order
 * of every JSON Lines object.
 *
 * @param name        the table name, which is also the base name of its files ({@code quotes.parquet})
 * @param description one sentence for the documentation and the dataset metadata
 * @param columns     the columns, in order
 * @param primaryKey  the columns whose values identify a row
 * @param foreignKeys references from this table's columns to another table's primary key
 * @param fromRow     builds the record from a row read back from any format; a column missing from the row
 *                    (a release of an older schema version) reads as null
 * @param since       the schema version that added the table
 * @param <R>         the record type
 */
public record Table<R>(String name, String description, List<Column<R>> columns, List<String> primaryKey,
                       List<ForeignKey> foreignKeys, Function<Row, R> fromRow, SchemaVersion since) {

    /** A table of the first schema version. */
    public Table(String name, String description, List<Column<R>> columns, List<String> primaryKey,
                 List<ForeignKey> foreignKeys, Function<Row, R> fromRow) {
        this(name, description, columns, primaryKey, foreignKeys, fromRow, Column.FIRST);
    }

    /** A column of this table that refers to the primary key of another. */
    public record ForeignKey(String column, String referencedTable, String referencedColumn) {
        public ForeignKey {
            requireNonNull(column, "column");
            requireNonNull(referencedTable, "referencedTable");
            requireNonNull(referencedColumn, "referencedColumn");
        }
    }

    public Table {
        requireNonNull(name, "name");
        requireNonNull(description, "description");
        requireNonNull(fromRow, "fromRow");
        requireNonNull(since, "since");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        var seen = new HashSet<String>();
        for (Column<R> column : columns)
            if (!seen.add(column.name()))
                throw new IllegalArgumentException("Table '%s' declares column '%s' twice".formatted(name, column.name()));
        for (String key : primaryKey)
            if (!seen.contains(key))
                throw new IllegalArgumentException("Table '%s': primary key column '%s' is not a column".formatted(name, key));
        for (ForeignKey key : foreignKeys)
            if (!seen.contains(key.column()))
                throw new IllegalArgumentException("Table '%s': foreign key column '%s' is not a column".formatted(name, key.column()));
    }

    /**
     * This table as a release of schema {@code version} has it: only the columns that version had, in order. A
     * release is always read and checked with the table of its own version.
     */
    public Table<R> asOf(SchemaVersion version) {
        requireNonNull(version, "version");
        if (version.compareTo(Column.FIRST) < 0) version = Column.FIRST;   // drafts before 1.0.0 read as 1.0.0
        SchemaVersion v = version;
        List<Column<R>> kept = columns.stream().filter(c -> c.since().compareTo(v) <= 0).toList();
        if (kept.size() == columns.size()) return this;
        return new Table<>(name, description, kept, primaryKey,
                foreignKeys.stream().filter(k -> kept.stream().anyMatch(c -> c.name().equals(k.column()))).toList(), fromRow, since);
    }

    /** The column names in order: the CSV header. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** The column with this name, if there is one. */
    public Optional<Column<R>> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The record's values in column order, checked against each column's type and nullability. */
    public List<@Nullable Object> values(R record) {
        var values = new ArrayList<@Nullable Object>(columns.size());
        for (Column<R> column : columns) values.add(column.valueOf(record));
        return values;
    }

    /** The record as a {@link Row}. */
    public Row toRow(R record) {
        var values = new LinkedHashMap<String, @Nullable Object>();
        for (Column<R> column : columns) values.put(column.name(), column.valueOf(record));
        return Row.of(values);
    }

    /** Builds the record from a row read back from any format. */
    public R fromRow(Row row) {
        return fromRow.apply(row);
    }

    /** Column name to column, in order. */
    public Map<String, Column<R>> columnsByName() {
        var map = new LinkedHashMap<String, Column<R>>();
        for (Column<R> column : columns) map.put(column.name(), column);
        return map;
    }
}
