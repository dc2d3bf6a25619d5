package org.quotable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotable.exporter.Exports;
import org.quotable.exporter.format.Format;
import org.quotable.exporter.format.TableReader;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.Table;

class BuildCommandTest {
    static final Path SAMPLE = Path.of("..", BuildCommand.SAMPLE_DATASET);

    @TempDir Path out;

    @Test void buildsTheSampleDatasetIntoEveryFormatWithTheSameRecords() throws IOException {
        CommandRun run = CommandRun.of("build", SAMPLE.toString(), "--output", out.toString(), "--no-cache");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Built ukraine-peace-talks: 1 article(s) from 1 file(s)");
        List<QuoteRecord> parquet = read(QuotableSchema.QUOTES, Format.PARQUET);
        assertThat(parquet).isNotEmpty();
        assertThat(read(QuotableSchema.QUOTES, Format.CSV)).containsExactlyElementsOf(parquet);
        assertThat(read(QuotableSchema.QUOTES, Format.JSONL)).containsExactlyElementsOf(parquet);
        List<ArticleRecord> articles = read(QuotableSchema.ARTICLES, Format.PARQUET);
        assertThat(articles).singleElement().satisfies(article -> {
            assertThat(article.articleId()).isEqualTo("000_cc0ee6b833456252");
            assertThat(article.url()).isEqualTo("https://www.ndtv.com/world-news/us-offers-security-deal-in-ukraine-talks-but-territory-still-key-9823791");
            assertThat(article.text()).startsWith("US Offers NATO-like Security Guarantees").doesNotContain("Source:");
        });
        assertThat(read(QuotableSchema.ARTICLES, Format.CSV)).isEqualTo(articles);
        assertThat(read(QuotableSchema.ARTICLES, Format.JSONL)).isEqualTo(articles);
        String text = articles.get(0).text();
        for (QuoteRecord quote : parquet)
            assertThat(codePoints(text, quote.start(), quote.end())).isEqualTo(quote.quote());
        assertThat(Files.size(out.resolve("errors.jsonl"))).isZero();
    }

    @Test void anS3OutputWithoutTheOptionalConnectorSaysWhatToAdd() {
        CommandRun run = CommandRun.of("build", SAMPLE.toString(), "--output", "s3a://quotable-test-bucket/build", "--no-cache");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(run.err()).contains("s3a://quotable-test-bucket/build: the 's3a' file system is not installed")
                .contains("hadoop-aws-").contains("software.amazon.awssdk:bundle").contains("QUOTABLE_CLASSPATH")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test void aBadInputIsReportedWithItsFileAndTheRestIsStillBuilt() throws IOException {
        Path dataset = datasetWith("good.txt", "Merz said: \"We are ready.\"\n", "broken.jsonl", "{\"text\": \"ok\"}\n{not json\n");

        CommandRun run = CommandRun.of("build", dataset.toString(), "--output", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains(dataset.resolve("articles/broken.jsonl") + ":line 2: not a valid JSON object")
                .contains("1 input error(s)");
        assertThat(read(QuotableSchema.ARTICLES, Format.JSONL)).extracting(ArticleRecord::text)
                .containsExactly("ok", "Merz said: \"We are ready.\"");
        JsonNode error = new ObjectMapper().readTree(Files.readString(out.resolve("errors.jsonl")).lines().findFirst().orElseThrow());
        assertThat(error.get("file").asText()).endsWith("broken.jsonl");
        assertThat(error.get("location").asText()).isEqualTo("line 2");
        assertThat(error.get("severity").asText()).isEqualTo("error");
    }

    @Test void strictTurnsInputErrorsIntoExitCodeThreeButKeepsTheOutput() throws IOException {
        Path dataset = datasetWith("good.txt", "Merz said: \"We are ready.\"\n", "empty.json", "");

        CommandRun run = CommandRun.of("build", dataset.toString(), "--output", out.toString(), "--strict");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(run.err()).contains("empty.json");
        assertThat(read(QuotableSchema.ARTICLES, Format.PARQUET)).hasSize(1);
    }

    @Test void aFolderWithoutDefinitionIsAUsageErrorThatSaysWhatIsMissing(@TempDir Path empty) {
        CommandRun run = CommandRun.of("build", empty.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(empty.resolve("dataset.yaml") + ": no dataset definition");
    }

    @Test void anOutputThatCannotBeWrittenIsNamedWithoutAStackTrace() throws IOException {
        Path file = Files.writeString(out.resolve("a-file"), "not a folder");

        CommandRun run = CommandRun.of("build", SAMPLE.toString(), "--output", file.resolve("build").toString(), "--no-cache");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(run.err()).startsWith("quotable: cannot write the build output to " + file.resolve("build"))
                .doesNotContain("\tat ");
    }

    @Test void typesChooseTheKindsOfQuotationAndABadTypeIsAUsageError() throws IOException {
        Path dataset = datasetWith("a.txt", "Ada Moss said the harbour would reopen in May.\n\n\"We are ready,\" Moss said.\n");

        CommandRun byDefault = CommandRun.of("build", dataset.toString(), "--output", out.toString(), "--no-cache", "--format", "jsonl");
        assertThat(byDefault.exitCode()).as(byDefault.err()).isEqualTo(ExitCodes.OK);
        assertThat(read(QuotableSchema.QUOTES, Format.JSONL)).as("reported speech is opt-in")
                .extracting(q -> q.quoteType().label()).containsExactly("direct");

        CommandRun withOption = CommandRun.of("build", dataset.toString(), "--output", out.toString(), "--no-cache", "--format", "jsonl",
                "--types", "direct,partial,indirect");
        assertThat(withOption.exitCode()).as(withOption.err()).isEqualTo(ExitCodes.OK);
        assertThat(read(QuotableSchema.QUOTES, Format.JSONL)).extracting(q -> q.quoteType().label()).containsExactly("indirect", "direct");

        Files.writeString(dataset.resolve("dataset.yaml"), "types: [direct, partial, indirect]\n", java.nio.file.StandardOpenOption.APPEND);
        CommandRun declared = CommandRun.of("build", dataset.toString(), "--output", out.toString(), "--no-cache", "--format", "jsonl");
        assertThat(declared.exitCode()).as(declared.err()).isEqualTo(ExitCodes.OK);
        assertThat(read(QuotableSchema.QUOTES, Format.JSONL)).extracting(q -> q.quoteType().label()).containsExactly("indirect", "direct");

        Files.writeString(dataset.resolve("dataset.yaml"), Files.readString(dataset.resolve("dataset.yaml")).replace("indirect]", "quoted]"));
        CommandRun bad = CommandRun.of("build", dataset.toString(), "--output", out.toString(), "--no-cache");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains(dataset.resolve("dataset.yaml") + ": 'types' has 'quoted'; expected some of [direct, partial, indirect]");
    }

    private Path datasetWith(String... namesAndContents) throws IOException {
        Path dataset = Files.createTempDirectory(out.getParent(), "dataset");
        Files.writeString(dataset.resolve("dataset.yaml"), "name: test\ntitle: Test\ndescription: Test news.\nlicense: CC0-1.0\ninputs: [\"articles/**\"]\n");
        Files.createDirectories(dataset.resolve("articles"));
        for (int i = 0; i < namesAndContents.length; i += 2)
            Files.writeString(dataset.resolve("articles").resolve(namesAndContents[i]), namesAndContents[i + 1]);
        return dataset;
    }

    private <R> List<R> read(Table<R> table, Format format) throws IOException {
        try (TableReader<R> reader = Exports.read(table, out.resolve(format.fileName(table)))) {
            return reader.records().toList();
        }
    }

    static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
