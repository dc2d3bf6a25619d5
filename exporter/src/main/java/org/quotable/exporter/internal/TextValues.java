package org.quotable.exporter.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.quotable.schema.Column;
import org.quotable.schema.ColumnType;

/** Converts column values to and from their text form in CSV and JSON Lines. */
public final class TextValues {
    private TextValues() {}

    /** The text of a non-null value: ISO-8601 for dates, {@link Double#toString} for doubles. */
    public static String format(Object value) {
        return value.toString();
    }

    /**
     * Parses the text form of a value of the column's type.
     *
     * @throws IllegalArgumentException saying what was expected
     */
    public static Object parse(Column<?> column, String text) {
        try {
            return switch (column.type()) {
                case STRING -> text;
                case INT32 -> Integer.valueOf(text);
                case DOUBLE -> Double.valueOf(text);
                case DATE -> LocalDate.parse(text);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("column '%s' holds '%s', which is not %s"
                    .formatted(column.name(), text, describe(column.type())));
        }
    }

    /** Checks a value against the column's nullability and vocabulary, returning a message or null if fine. */
    public static @Nullable String problem(Column<?> column, @Nullable Object value) {
        if (value == null) return column.nullable() ? null : "required column '%s' is empty".formatted(column.name());
        if (!column.allowedValues().isEmpty() && !column.allowedValues().contains(value))
            return "column '%s' holds '%s', expected one of %s".formatted(column.name(), value, column.allowedValues());
        return null;
    }

    static String describe(ColumnType type) {
        return switch (type) {
            case STRING -> "text";
            case INT32 -> "a 32-bit integer";
            case DOUBLE -> "a number";
            case DATE -> "an ISO date yyyy-MM-dd";
        };
    }
}
