package org.quotable.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project README's field tables are generated from the schema; this fails when they are stale and says how
 * to regenerate them, so the documentation never drifts from the definition.
 */
class ReadmeSchemaTableTest {
    private static final Path README = Path.of("..", "README.md");

    static Iterable<Table<?>> tables() { return QuotableSchema.TABLES; }

    @ParameterizedTest @MethodSource("tables")
    void readmeHoldsTheGeneratedFieldTable(Table<?> table) throws IOException {
        String readme = Files.readString(README);
        String start = "<!-- schema:" + table.name() + ":start -->\n", end = "<!-- schema:" + table.name() + ":end -->";
        assertThat(readme).as("README.md must have the markers %s and %s", start.strip(), end).contains(start, end);
        String inReadme = readme.substring(readme.indexOf(start) + start.length(), readme.indexOf(end));
        assertThat(inReadme).as("README.md's %s table is stale; replace it with FieldTable.markdown(QuotableSchema.%s)",
                table.name(), table.name().toUpperCase()).isEqualTo(FieldTable.markdown(table));
    }
}
