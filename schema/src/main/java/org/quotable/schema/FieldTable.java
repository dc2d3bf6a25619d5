package org.quotable.schema;

/** Derives the human-readable Markdown field table of a table, for the README and dataset cards. */
public final class FieldTable {
    private FieldTable() {}

    /** A Markdown table with one line per column: name, type, nullable, description. */
    public static String markdown(Table<?> table) {
        var out = new StringBuilder("| field | type | nullable | description |\n|---|---|---|---|\n");
        for (Column<?> column : table.columns()) {
            String description = column.description();
            if (!column.allowedValues().isEmpty())
                description += " One of: " + String.join(", ", column.allowedValues()) + ".";
            out.append("| `").append(column.name()).append("` | ").append(column.type().name())
                    .append(" | ").append(column.nullable() ? "yes" : "no")
                    .append(" | ").append(description.replace("|", "\\|")).append(" |\n");
        }
        return out.toString();
    }
}
