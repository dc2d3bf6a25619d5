package org.quotable.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives the JSON Schema (draft 2020-12) of one JSON Lines row of a table. The result is a tree of maps and
 * lists, ready for any JSON writer; this module stays free of a JSON library.
 */
public final class JsonSchema {
    private JsonSchema() {}

    /** The draft this generator targets. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    /** The JSON Schema of one row of {@code table}, with the schema version in {@code $comment}. */
    public static Map<String, Object> of(Table<?> table) {
        var properties = new LinkedHashMap<String, Object>();
        var required = new ArrayList<String>();
        for (Column<?> column : table.columns()) {
            properties.put(column.name(), property(column));
            required.add(column.name());    // nullable columns are present with a null value, never omitted
        }
        var schema = new LinkedHashMap<String, Object>();
        schema.put("$schema", DIALECT);
        schema.put("title", table.name());
        schema.put("description", table.description());
        schema.put("$comment", "Quotable schema " + QuotableSchema.VERSION);
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", required);
        schema.put("additionalProperties", false);
        return schema;
    }

    private static Map<String, Object> property(Column<?> column) {
        var property = new LinkedHashMap<String, Object>();
        ColumnType type = column.type();
        property.put("type", column.nullable() ? List.of(type.jsonType(), "null") : type.jsonType());
        if (type.jsonFormat() != null) property.put("format", type.jsonFormat());
        if (type == ColumnType.INT32) {
            property.put("minimum", Integer.MIN_VALUE);
            property.put("maximum", Integer.MAX_VALUE);
        }
        if (!column.allowedValues().isEmpty()) {
            var values = new ArrayList<Object>(column.allowedValues());
            if (column.nullable()) values.add(null);
            property.put("enum", values);
        }
        property.put("description", column.description());
        return property;
    }
}
