package org.quotable.spark.sql;

import static java.util.Objects.requireNonNull;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.quotable.schema.Column;
import org.quotable.schema.ColumnType;
import org.quotable.schema.Table;

/**
 * Derives the Spark SQL schema of a table from its definition in {@link org.quotable.schema.QuotableSchema}.
 * Thread-safe.
 *
 * <ul>
 *   <li>STRING: {@code StringType}; INT32: {@code IntegerType}; DOUBLE: {@code DoubleType}; DATE: {@code DateType};
 *   <li>a field is nullable exactly when its column is;
 *   <li>the column's description is the field's comment (metadata key {@code comment}, shown by
 *       {@code DESCRIBE} and kept in the Parquet footer Spark writes).
 * </ul>
 *
 * <pre>{@code
 * Dataset<Row> quotes = spark.read().schema(SparkSchemas.of(QuotableSchema.QUOTES)).parquet("build/quotes");
 * }</pre>
 */
public final class SparkSchemas {
    private SparkSchemas() {}

    /** The Spark schema of the table, fields in column order. */
    public static StructType of(Table<?> table) {
        requireNonNull(table, "table");
        return new StructType(table.columns().stream().map(SparkSchemas::field).toArray(StructField[]::new));
    }

    /** The Spark field of one column. */
    public static StructField field(Column<?> column) {
        requireNonNull(column, "column");
        return new StructField(column.name(), dataType(column.type()), column.nullable(), Metadata.empty())
                .withComment(column.description());
    }

    /** The Spark data type of a column type. */
    public static DataType dataType(ColumnType type) {
        return switch (requireNonNull(type, "type")) {
            case STRING -> DataTypes.StringType;
            case INT32 -> DataTypes.IntegerType;
            case DOUBLE -> DataTypes.DoubleType;
            case DATE -> DataTypes.DateType;
        };
    }
}
