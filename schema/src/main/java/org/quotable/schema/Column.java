package org.quotable.schema;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One field of a {@link Table}: its name, type, whether it may be null, what it means, and how to read its value
 * from a record. Immutable.
 *
 * <p>The accessor is part of the definition so that the writers of every format take values from the same place
 * the field is declared: adding a column is one line here, and every format follows.
 *
 * @param name          snake_case column name, as it appears in every format
 * @param type          the logical type of its values
 * @param nullable      whether a row may have no value here
 * @param description   one sentence for the documentation and the dataset metadata
 * @param allowedValues for a string column with a closed vocabulary, its values; otherwise empty
 * @param accessor      reads the value from a record: a String, Integer, Double or LocalDate, or null
 * @param since         the schema version that added the column; a release of an older version lacks it
 * @param <R>           the record type of the table
 */
public record Column<R>(String name, ColumnType type, boolean nullable, String description,
                        List<String> allowedValues, Function<R, @Nullable Object> accessor, SchemaVersion since) {

    /** The first schema version; columns declared without {@link #since(SchemaVersion)} date from it. */
    public static final SchemaVersion FIRST = new SchemaVersion(1, 0, 0);

    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    public Column {
        requireNonNull(name, "name");
        requireNonNull(type, "type");
        requireNonNull(description, "description");
        requireNonNull(accessor, "accessor");
        requireNonNull(since, "since");
        allowedValues = List.copyOf(allowedValues);
        if (!SNAKE_CASE.matcher(name).matches())
            throw new IllegalArgumentException("Column name '%s' is not snake_case".formatted(name));
        if (!allowedValues.isEmpty() && type != ColumnType.STRING)
            throw new IllegalArgumentException("Column '%s': only STRING columns take allowed values".formatted(name));
    }

    /** A column that every row fills. */
    public static <R> Column<R> required(String name, ColumnType type, String description,
                                         Function<R, @Nullable Object> accessor) {
        return new Column<>(name, type, false, description, List.of(), accessor, FIRST);
    }

    /** A column that may be null. */
    public static <R> Column<R> optional(String name, ColumnType type, String description,
                                         Function<R, @Nullable Object> accessor) {
        return new Column<>(name, type, true, description, List.of(), accessor, FIRST);
    }

    /** This column restricted to a closed vocabulary. */
    public Column<R> allowing(List<String> values) {
        return new Column<>(name, type, nullable, description, values, accessor, since);
    }

    /** This column as added by a later schema version: releases of older versions do not have it. */
    public Column<R> since(SchemaVersion version) {
        if (!nullable)
            throw new IllegalArgumentException("Column '%s' is added in %s, so it must be nullable (schema evolution rule)".formatted(name, version));
        return new Column<>(name, type, nullable, description, allowedValues, accessor, version);
    }

    /**
     * Reads this column's value from a record, checking it against the definition.
     *
     * @throws IllegalStateException if a required value is missing or a value has the wrong type
     */
    public @Nullable Object valueOf(R record) {
        Object value = accessor.apply(record);
        if (value == null) {
            if (!nullable) throw new IllegalStateException("Required column '%s' has no value".formatted(name));
            return null;
        }
        if (!type.javaType().isInstance(value))
            throw new IllegalStateException("Column '%s' holds a %s, expected %s"
                    .formatted(name, value.getClass().getSimpleName(), type.javaType().getSimpleName()));
        if (!allowedValues.isEmpty() && !allowedValues.contains(value))
            throw new IllegalStateException("Column '%s' holds '%s', expected one of %s"
                    .formatted(name, value, allowedValues));
        return value;
    }
}
