package org.quotable.exporter.format;

import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.DOUBLE;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;

import java.util.ArrayList;
import org.apache.parquet.schema.ColumnOrder;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.quotable.schema.Column;
import org.quotable.schema.Table;

/**
 * Derives the Parquet schema of a table. Thread-safe.
 *
 * <ul>
 *   <li>STRING: {@code binary} with the {@code STRING} logical type (never {@code ENUM}, which Arrow reads as binary);
 *   <li>INT32: plain {@code int32}, whose type-defined meaning is a signed 32-bit integer (as pyarrow writes it);
 *   <li>DATE: {@code int32} with the {@code DATE} logical type (days since 1970-01-01, negative before);
 *   <li>DOUBLE: {@code double} with the <em>type-defined</em> column order. parquet-java 1.18 writes floating-point
 *       columns with the new {@code IEEE_754_TOTAL_ORDER} by default, and readers that predate it (polars among
 *       them) refuse the file with "ColumnOrder union has no variant set".
 * </ul>
 * Nullable columns are {@code optional}, the others {@code required}; the message is named after the table.
 */
public final class ParquetSchemas {
    private ParquetSchemas() {}

    /** The Parquet message type of the table, fields in column order. */
    public static MessageType of(Table<?> table) {
        var fields = new ArrayList<Type>();
        for (Column<?> column : table.columns()) fields.add(field(column));
        return new MessageType(table.name(), fields);
    }

    private static Type field(Column<?> column) {
        Type.Repetition repetition = column.nullable() ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED;
        return switch (column.type()) {
            case STRING -> Types.primitive(BINARY, repetition).as(LogicalTypeAnnotation.stringType()).named(column.name());
            case INT32 -> Types.primitive(INT32, repetition).named(column.name());
            case DATE -> Types.primitive(INT32, repetition).as(LogicalTypeAnnotation.dateType()).named(column.name());
            case DOUBLE -> Types.primitive(DOUBLE, repetition).columnOrder(ColumnOrder.typeDefined()).named(column.name());
        };
    }
}
