package org.quotable.spark.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotable.schema.Column;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.Table;

/**
 * The Spark schemas follow the schema module field by field, and are pinned per schema version by golden files.
 * After a schema version bump, run once with {@code -Dquotable.updateGolden=true} to write the new version's golden
 * files, and review them.
 */
class SparkSchemasTest {

    @ParameterizedTest
    @ValueSource(strings = {"quotes", "articles", "speakers"})
    void everyColumnBecomesAFieldOfTheSameNameTypeNullabilityAndDescription(String name) {
        Table<?> table = table(name);
        StructType schema = SparkSchemas.of(table);

        assertThat(schema.fieldNames()).containsExactlyElementsOf(table.columnNames());
        for (Column<?> column : table.columns()) {
            StructField field = schema.apply(column.name());
            assertThat(field.dataType()).as(column.name()).isEqualTo(switch (column.type()) {
                case STRING -> DataTypes.StringType;
                case INT32 -> DataTypes.IntegerType;
                case DOUBLE -> DataTypes.DoubleType;
                case DATE -> DataTypes.DateType;
            });
            assertThat(field.nullable()).as(column.name()).isEqualTo(column.nullable());
            assertThat(field.getComment().isDefined()).as(column.name()).isTrue();
            assertThat(field.getComment().get()).isEqualTo(column.description());
        }
    }

    @Test
    void quotesSchemaReadsLikeTheDefinition() {
        StructType quotes = SparkSchemas.of(QuotableSchema.QUOTES);

        assertThat(quotes.apply("quote_id")).isEqualTo(new StructField("quote_id", DataTypes.StringType, false,
                org.apache.spark.sql.types.Metadata.empty()).withComment(
                "Deterministic id: first 16 hex digits of SHA-256 of article_id:position_start:position_end."));
        assertThat(quotes.apply("speaker").nullable()).isTrue();
        assertThat(quotes.apply("date").dataType()).isEqualTo(DataTypes.DateType);
        assertThat(quotes.apply("position_start").dataType()).isEqualTo(DataTypes.IntegerType);
        assertThat(quotes.apply("confidence").dataType()).isEqualTo(DataTypes.DoubleType);
        assertThat(quotes.simpleString()).startsWith("struct<quote_id:string,article_id:string,quote:string,quote_type:string,");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quotes", "articles", "speakers"})
    void derivedSchemaMatchesTheGoldenFileOfThisSchemaVersion(String name) throws IOException {
        String json = SparkSchemas.of(table(name)).prettyJson() + "\n";
        Path golden = Path.of("src/test/resources/golden", QuotableSchema.VERSION.toString(), name + ".spark-schema.json");
        if (Boolean.getBoolean("quotable.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, json, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file of schema %s; after a version bump write it with -Dquotable.updateGolden=true", QuotableSchema.VERSION).exists();
        assertThat(json)
                .as("The %s Spark schema changed but the schema version is still %s: bump QuotableSchema.VERSION", name, QuotableSchema.VERSION)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void goldenSchemaParsesBackToTheDerivedOne() throws IOException {
        for (Table<?> table : QuotableSchema.TABLES) {
            Path golden = Path.of("src/test/resources/golden", QuotableSchema.VERSION.toString(), table.name() + ".spark-schema.json");
            assertThat(StructType.fromJson(Files.readString(golden, StandardCharsets.UTF_8))).isEqualTo(SparkSchemas.of(table));
        }
    }

    private static Table<?> table(String name) {
        return QuotableSchema.TABLES.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
