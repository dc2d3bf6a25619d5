package org.quotable.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The derived forms of each table agree with its definition, and are pinned by golden files per schema version:
 * changing a table without bumping {@link QuotableSchema#VERSION} fails here, which is our guard against silent
 * breaking changes (the role japicmp plays for jsoup's API).
 */
class DerivedSchemasTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static List<Table<?>> tables() { return QuotableSchema.TABLES; }

    @ParameterizedTest @MethodSource("tables")
    void jsonSchemaDescribesEveryColumnWithItsTypeAndNullability(Table<?> table) {
        JsonNode schema = JSON.valueToTree(JsonSchema.of(table));
        assertThat(schema.get("$schema").asText()).isEqualTo(JsonSchema.DIALECT);
        JsonNode properties = schema.get("properties");
        Iterator<String> names = properties.fieldNames();
        for (Column<?> column : table.columns()) {
            assertThat(names.next()).isEqualTo(column.name());
            JsonNode property = properties.get(column.name());
            String type = column.type().jsonType();
            if (column.nullable())
                assertThat(property.get("type")).containsExactly(JSON.valueToTree(type), JSON.valueToTree("null"));
            else
                assertThat(property.get("type").asText()).isEqualTo(type);
            assertThat(property.get("description").asText()).isEqualTo(column.description());
        }
        assertThat(names.hasNext()).isFalse();
        assertThat(schema.get("required")).hasSize(table.columns().size());
    }

    @ParameterizedTest @MethodSource("tables")
    void fieldTableHasOneLinePerColumnInOrder(Table<?> table) {
        List<String> lines = FieldTable.markdown(table).lines().skip(2).toList();
        assertThat(lines).hasSize(table.columns().size());
        for (int i = 0; i < lines.size(); i++)
            assertThat(lines.get(i)).startsWith("| `" + table.columns().get(i).name() + "` | " + table.columns().get(i).type());
    }

    @ParameterizedTest @MethodSource("tables")
    void csvHeaderMatchesTheGoldenFileOfThisSchemaVersion(Table<?> table) throws IOException {
        assertThat(String.join(",", table.columnNames()) + "\n").isEqualTo(golden(table.name() + ".csv-header", String.join(",", table.columnNames()) + "\n"));
    }

    @ParameterizedTest @MethodSource("tables")
    void jsonSchemaMatchesTheGoldenFileOfThisSchemaVersion(Table<?> table) throws IOException {
        String generated = JSON.writeValueAsString(JsonSchema.of(table)) + "\n";
        assertThat(generated).isEqualTo(golden(table.name() + ".schema.json", generated));
    }

    /** The golden file for the current schema version; its absence means the version was bumped without one. */
    private static String golden(String name) throws IOException {
        return golden(name, null);
    }

    /** As above; with {@code -Dquotable.updateGolden=true}, first writes {@code generated} as the golden file. */
    private static String golden(String name, String generated) throws IOException {
        if (generated != null && Boolean.getBoolean("quotable.updateGolden")) {
            java.nio.file.Path file = java.nio.file.Path.of("src/test/resources/golden", QuotableSchema.VERSION.toString(), name);
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, generated, StandardCharsets.UTF_8);
            return generated;
        }
        String path = "/golden/" + QuotableSchema.VERSION + "/" + name;
        try (InputStream in = DerivedSchemasTest.class.getResourceAsStream(path)) {
            assertThat(in).as("Golden file %s is missing: a new schema version needs its golden files; "
                    + "generate them and review the change", path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }
}
