package org.quotable.schema;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The logical type of a column. The set is deliberately small and flat, because every value must survive CSV,
 * JSON Lines, Parquet, pandas and Spark unchanged.
 */
public enum ColumnType {
    /** UTF-8 text. */
    STRING(String.class, "string", null, "string"),
    /** A 32-bit signed integer. */
    INT32(Integer.class, "integer", null, "integer"),
    /** A 64-bit IEEE 754 floating point number. */
    DOUBLE(Double.class, "number", null, "number"),
    /** A calendar date without time zone, written as ISO-8601 {@code yyyy-MM-dd} in text formats. */
    DATE(LocalDate.class, "string", "date", "date");

    private final Class<?> javaType;
    private final String jsonType;
    private final @Nullable String jsonFormat;
    private final String tableSchemaType;

    ColumnType(Class<?> javaType, String jsonType, @Nullable String jsonFormat, String tableSchemaType) {
        this.javaType = javaType;
        this.jsonType = jsonType;
        this.jsonFormat = jsonFormat;
        this.tableSchemaType = tableSchemaType;
    }

    /** The Java class of a non-null value of this type in a row: String, Integer, Double or LocalDate. */
    public Class<?> javaType() { return javaType; }

    /** The JSON Schema {@code type} keyword for this column type. */
    public String jsonType() { return jsonType; }

    /** The JSON Schema {@code format} keyword, or null when the type needs none. */
    public @Nullable String jsonFormat() { return jsonFormat; }

    /** The Frictionless Table Schema field type. */
    public String tableSchemaType() { return tableSchemaType; }
}
