package org.quotable.exporter.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The project README shows exactly the DuckDB and polars calls that the interoperability tests make. */
class ReadmeLoadersTest {
    @Test void readmeShowsTheCallsTheInteropTestsMake() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(readme).contains(DatasetCard.DUCKDB + ";").contains("const quotes = " + DatasetCard.POLARS_NODE + ";");
    }
}
