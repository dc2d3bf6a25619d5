package org.quotable.schema;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The values of one table row by column name, as a reader of any format produces them. Immutable.
 *
 * <p>Readers convert their format's values to the column's Java type (String, Integer, Double, LocalDate) before
 * building a row, so turning a row into a record is the same code for CSV, JSON Lines and Parquet.
 */
public final class Row {
    private final Map<String, @Nullable Object> values;

    private Row(Map<String, @Nullable Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A row holding the given values; a column missing from the map reads as null. */
    public static Row of(Map<String, @Nullable Object> values) {
        return new Row(requireNonNull(values, "values"));
    }

    /** The values by column name, in the order given. */
    public Map<String, @Nullable Object> values() { return values; }

    /** The value of a column, or null. */
    public @Nullable Object get(String column) { return values.get(column); }

    /** The value of a required string column. */
    public String string(String column) { return required(column, String.class); }

    /** The value of a nullable string column. */
    public @Nullable String optionalString(String column) { return optional(column, String.class); }

    /** The value of a required INT32 column. */
    public int int32(String column) { return required(column, Integer.class); }

    /** The value of a required DOUBLE column. */
    public double float64(String column) { return required(column, Double.class); }

    /** The value of a nullable DATE column. */
    public @Nullable LocalDate optionalDate(String column) { return optional(column, LocalDate.class); }

    private <T> T required(String column, Class<T> type) {
        T value = optional(column, type);
        if (value == null) throw new IllegalArgumentException("Row has no value for required column '" + column + "'");
        return value;
    }

    private <T> @Nullable T optional(String column, Class<T> type) {
        Object value = values.get(column);
        if (value == null) return null;
        if (!type.isInstance(value))
            throw new IllegalArgumentException("Column '%s' holds a %s, expected %s"
                    .formatted(column, value.getClass().getSimpleName(), type.getSimpleName()));
        return type.cast(value);
    }

    @Override public boolean equals(Object o) { return o instanceof Row r && r.values.equals(values); }
    @Override public int hashCode() { return values.hashCode(); }
    @Override public String toString() { return "Row" + values; }
}
