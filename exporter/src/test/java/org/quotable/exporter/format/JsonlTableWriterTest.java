package org.quotable.exporter.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.SampleRecords;

class JsonlTableWriterTest {
    @TempDir Path dir;

    @Test
    void oneObjectPerLineKeysInColumnOrderNullsPresent() throws IOException {
        Path file = dir.resolve("articles.jsonl");
        try (var out = JsonlTableWriter.open(QuotableSchema.ARTICLES, file)) {
            out.write(SampleRecords.ARTICLE_2);
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("{\"article_id\":\"a2-😀\",\"url\":null,\"title\":null,\"publisher\":\"\",\"published\":null,\"language\":null,\"text\":\"🕊️ السلام\\n\\nThe ministry");
        assertThat(lines.get(0)).endsWith("\"source_file\":\"articles/a 2,with comma.html\",\"source_format\":\"html\"}");
    }

    @Test
    void readerNamesFileAndLineOfAWrongType() throws IOException {
        Path file = dir.resolve("quotes.jsonl");
        try (var out = JsonlTableWriter.open(QuotableSchema.QUOTES, file)) {
            out.write(SampleRecords.QUOTE_1);
            out.write(SampleRecords.QUOTE_2);
        }
        Files.writeString(file, Files.readString(file).replace("\"confidence\":0.0", "\"confidence\":\"high\""));
        try (var in = JsonlTableReader.open(QuotableSchema.QUOTES, file)) {
            assertThatThrownBy(() -> in.stream().toList())
                    .isInstanceOf(UncheckedIOException.class).cause()
                    .hasMessage(file + " (line 2): column 'confidence' holds \"high\", expected a DOUBLE");
        }
    }
}
