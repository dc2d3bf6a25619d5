package org.quotable.exporter.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.Table;

/**
 * Pins the derived Parquet schema per schema version, like japicmp pins an API: a change to a table without a
 * schema version bump changes the derived schema and fails here. After a deliberate bump, run the tests with
 * {@code -Dquotable.updateGolden=true} once to write the new version's golden files, and review them.
 */
class ParquetSchemasTest {
    static String describe(Table<?> table) {
        MessageType schema = ParquetSchemas.of(table);
        String orders = schema.getColumns().stream()
                .map(c -> c.getPath()[0] + ": " + c.getPrimitiveType().columnOrder().getColumnOrderName())
                .collect(Collectors.joining("\n", "column orders:\n", "\n"));
        return schema + orders;
    }

    @ParameterizedTest
    @ValueSource(strings = {"quotes", "articles", "speakers"})
    void derivedSchemaMatchesTheGoldenFileOfThisSchemaVersion(String name) throws IOException {
        Table<?> table = QuotableSchema.TABLES.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        Path golden = Path.of("src/test/resources/golden", QuotableSchema.VERSION.toString(), name + ".parquet-schema.txt");
        if (Boolean.getBoolean("quotable.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, describe(table), StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file of schema %s; after a version bump write it with -Dquotable.updateGolden=true", QuotableSchema.VERSION).exists();
        assertThat(describe(table))
                .as("The %s Parquet schema changed but the schema version is still %s: bump QuotableSchema.VERSION", name, QuotableSchema.VERSION)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
