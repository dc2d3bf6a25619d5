package org.quotable.exporter.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotable.exporter.Releases;
import org.quotable.exporter.format.Compression;
import org.quotable.exporter.format.ParquetTableReader;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.SampleRecords;

class ReleasePublisherTest {
    @TempDir Path dir;

    private Path sample() throws IOException {
        return ReleaseFixtures.dataset(dir.resolve("sample"), SampleRecords.articles(), SampleRecords.quotes());
    }

    @Test
    void firstReleaseHoldsEveryFileAndPassesSha256sum() throws Exception {
        Path dataset = sample();
        Release release = Releases.publish(ReleaseFixtures.request(dataset, "1.0.0")
                .withQuality(new ExtractionQuality(2, Map.of("quote_f1", 0.5))));
        Path folder = dataset.resolve("releases/1.0.0");
        assertThat(release.folder()).isEqualTo(folder);
        assertThat(release.quotes()).isEqualTo(3);
        assertThat(release.articles()).isEqualTo(2);
        assertThat(release.files()).containsExactly("CHANGELOG.md", "README.md", "SHA256SUMS", "articles.csv", "articles.jsonl",
                "articles.parquet", "croissant.json", "datapackage.json", "quotes.csv", "quotes.jsonl", "quotes.parquet");
        try (var list = Files.list(dataset.resolve("releases"))) {
            assertThat(list.map(p -> p.getFileName().toString()).toList()).containsExactly("1.0.0");   // no staging left
        }
        Process check = new ProcessBuilder("sha256sum", "-c", "SHA256SUMS").directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor()).as(output).isZero();
        assertThat(output.lines()).hasSize(10).allMatch(l -> l.endsWith(": OK"));
        assertThat(Releases.verify(folder).problems()).isEmpty();

        JsonNode datapackage = ReleaseFiles.JSON.readTree(folder.resolve("datapackage.json").toFile());
        assertThat(datapackage.get("version").asText()).isEqualTo("1.0.0");
        assertThat(datapackage.get("created").asText()).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(datapackage.get("licenses").get(0).get("name").asText()).isEqualTo("CC-BY-4.0");
        assertThat(datapackage.get("resources")).hasSize(6);
        JsonNode quotesCsv = datapackage.get("resources").get(1);
        assertThat(quotesCsv.get("path").asText()).isEqualTo("quotes.csv");
        assertThat(quotesCsv.get("mediatype").asText()).isEqualTo("text/csv");
        assertThat(quotesCsv.get("bytes").asLong()).isEqualTo(Files.size(folder.resolve("quotes.csv")));
        assertThat(quotesCsv.get("hash").asText()).isEqualTo("sha256:" + ReleaseFiles.sha256(folder.resolve("quotes.csv")));
        assertThat(quotesCsv.at("/schema/primaryKey").toString()).isEqualTo("[\"quote_id\"]");
        assertThat(quotesCsv.at("/schema/foreignKeys/0").toString())
                .isEqualTo("{\"fields\":[\"article_id\"],\"reference\":{\"resource\":\"articles-csv\",\"fields\":[\"article_id\"]}}");
        assertThat(quotesCsv.at("/schema/fields/9").toString()).startsWith("{\"name\":\"date\",\"type\":\"date\",\"format\":\"default\"");

        JsonNode croissant = ReleaseFiles.JSON.readTree(folder.resolve("croissant.json").toFile());
        assertThat(croissant.get("conformsTo").asText()).isEqualTo("http://mlcommons.org/croissant/1.1");
        assertThat(croissant.get("distribution")).hasSize(6);
        assertThat(croissant.at("/distribution/0/sha256").asText()).isEqualTo(ReleaseFiles.sha256(folder.resolve("quotes.parquet")));
        assertThat(croissant.at("/recordSet/0/field/14/dataType").asText()).isEqualTo("sc:Float");

        String card = Files.readString(folder.resolve("README.md"));
        assertThat(card).startsWith("""
                ---
                license: cc-by-4.0
                language:
                - en
                pretty_name: Sample quotes
                tags:
                - quotations
                - news
                configs:
                - config_name: quotes
                  data_files: quotes.parquet
                  default: true
                - config_name: articles
                  data_files: articles.parquet
                ---
                """);
        assertThat(card).contains("| quotes | 3 |", "| articles | 2 |", "- Quote dates: 1900-01-01 to 1969-07-21",
                "| Volodymyr Zelensky | 1 |", "Quotable 0.1.0-test, schema version " + QuotableSchema.VERSION, "| quote_f1 | 0.500 |",
                "SELECT * FROM read_parquet('quotes.parquet')", "pl.readParquet(\"quotes.parquet\")");
        assertThat(Files.readString(folder.resolve("CHANGELOG.md"))).isEqualTo("""
                # Changelog of sample

                ## 1.0.0

                First release.

                - Articles: 2 added, 0 removed (2 in total)
                - Quotes: 3 added, 0 removed, 0 changed (3 in total)
                - Schema version: %s
                """.formatted(QuotableSchema.VERSION));
        try (var parquet = ParquetTableReader.open(QuotableSchema.QUOTES, folder.resolve("quotes.parquet"))) {
            assertThat(parquet.keyValueMetadata()).containsEntry("quotable.schema_version", QuotableSchema.VERSION.toString())
                    .containsEntry("quotable.tool_version", "0.1.0-test");
        }
    }

    @Test
    void versionsAreNeverOverwrittenNorLowered() throws IOException {
        Path dataset = sample();
        Releases.publish(ReleaseFixtures.request(dataset, "1.0.0"));
        byte[] before = Files.readAllBytes(dataset.resolve("releases/1.0.0/quotes.parquet"));
        assertThatThrownBy(() -> Releases.publish(ReleaseFixtures.request(dataset, "1.0.0")))
                .isInstanceOf(ReleaseConflictException.class)
                .hasMessage("Release 1.0.0 already exists at %s, and releases are never overwritten; publish a new version, e.g. 1.0.1",
                        dataset.resolve("releases/1.0.0"));
        assertThat(Files.readAllBytes(dataset.resolve("releases/1.0.0/quotes.parquet"))).isEqualTo(before);
        Releases.publish(ReleaseFixtures.request(dataset, "1.2.0"));
        assertThatThrownBy(() -> Releases.publish(ReleaseFixtures.request(dataset, "1.1.5")))
                .isInstanceOf(ReleaseConflictException.class)
                .hasMessage("Version 1.1.5 is not greater than the latest release 1.2.0; choose a higher version or use --bump");
        Release bumped = Releases.publish(ReleaseRequest.of(dataset, ReleaseVersion.bump(ReleaseVersion.Part.PATCH), "x")
                .withCreated(ReleaseFixtures.CREATED));
        assertThat(bumped.version()).hasToString("1.2.1");
        assertThat(Releases.versions(dataset)).extracting(Object::toString).containsExactly("1.0.0", "1.2.0", "1.2.1");
    }

    @Test
    void aSchemaMajorChangeDemandsAMajorBump() throws IOException {
        Path dataset = sample();
        Releases.publish(ReleaseFixtures.request(dataset, "1.0.0"));
        Path datapackage = dataset.resolve("releases/1.0.0/datapackage.json");
        Files.writeString(datapackage, Files.readString(datapackage).replace("\"schemaVersion\" : \"" + QuotableSchema.VERSION + "\"", "\"schemaVersion\" : \"0.9.0\""));
        assertThatThrownBy(() -> Releases.publish(ReleaseFixtures.request(dataset, "1.1.0")))
                .isInstanceOf(ReleaseConflictException.class)
                .hasMessage("The schema changed from 0.9.0 (release 1.0.0) to %s, a major change, so the release must be a major version bump: use --bump major (2.0.0)"
                        .formatted(QuotableSchema.VERSION));
        Release major = Releases.publish(ReleaseRequest.of(dataset, ReleaseVersion.bump(ReleaseVersion.Part.MAJOR), "x"));
        assertThat(major.version()).hasToString("2.0.0");
        assertThat(major.changes().summary()).contains("- Schema version: 0.9.0 → " + QuotableSchema.VERSION + "\n");
    }

    @Test
    void sameInputsGiveByteIdenticalReleases() throws IOException {
        Path a = ReleaseFixtures.dataset(dir.resolve("a/sample"), SampleRecords.articles(), SampleRecords.quotes());
        Path b = ReleaseFixtures.dataset(dir.resolve("b/sample"), SampleRecords.articles(), SampleRecords.quotes());
        Release first = Releases.publish(ReleaseFixtures.request(a, "1.0.0"));
        Release second = Releases.publish(ReleaseFixtures.request(b, "1.0.0"));
        for (String name : first.files())
            assertThat(ReleaseFiles.sha256(second.folder().resolve(name))).as(name).isEqualTo(ReleaseFiles.sha256(first.folder().resolve(name)));
        // a later run of the same build differs only in datapackage.json's created time
        Path c = ReleaseFixtures.dataset(dir.resolve("c/sample"), SampleRecords.articles(), SampleRecords.quotes());
        Release third = Releases.publish(ReleaseFixtures.request(c, "1.0.0").withCreated(ReleaseFixtures.CREATED.plusSeconds(3600)));
        for (String name : first.files()) {
            boolean same = ReleaseFiles.sha256(third.folder().resolve(name)).equals(ReleaseFiles.sha256(first.folder().resolve(name)));
            assertThat(same).as(name).isEqualTo(!name.equals("datapackage.json") && !name.equals("SHA256SUMS"));
        }
    }

    @Test
    void secondReleaseChangelogAndDiffSayWhatChanged() throws IOException {
        Path dataset = sample();
        Releases.publish(ReleaseFixtures.request(dataset, "1.0.0"));
        ArticleRecord extra = SampleRecords.generatedArticle(7, 100);
        QuoteRecord q1 = SampleRecords.QUOTE_1;
        QuoteRecord changed = new QuoteRecord(q1.quoteId(), q1.articleId(), q1.quote(), q1.quoteType(), q1.speaker(),
                q1.speakerMention(), q1.speakerType(), q1.role(), q1.cue(), q1.date(), q1.dateBasis(), q1.paragraph(),
                q1.start(), q1.end(), 0.5);
        var articles = new ArrayList<>(SampleRecords.articles());
        articles.add(extra);
        ReleaseFixtures.build(dataset.resolve("build"), articles,
                List.of(changed, SampleRecords.QUOTE_3, SampleRecords.generatedQuote(extra, 7)));
        Release second = Releases.publish(ReleaseFixtures.request(dataset, "1.1.0").withOptions(
                org.quotable.exporter.dataset.ExportOptions.DEFAULT.toBuilder().compression(Compression.ZSTD).get()));
        ReleaseDiff diff = Releases.diff(dataset.resolve("releases/1.0.0"), second.folder());
        assertThat(diff).isEqualTo(second.changes());
        assertThat(diff.articlesAdded()).containsExactly("gen-0000007");
        assertThat(diff.articlesRemoved()).isEmpty();
        assertThat(diff.quotesAdded()).containsExactly(SampleRecords.generatedQuote(extra, 7).quoteId());
        assertThat(diff.quotesRemoved()).containsExactly(SampleRecords.QUOTE_2.quoteId());
        assertThat(diff.quotesChanged()).containsExactly(q1.quoteId());
        assertThat(Files.readString(second.folder().resolve("CHANGELOG.md"))).isEqualTo("""
                # Changelog of sample

                ## 1.1.0

                Changes since 1.0.0:

                - Articles: 1 added, 0 removed (3 in total)
                - Quotes: 1 added, 1 removed, 1 changed (3 in total)
                - Schema version: %s (unchanged)

                ## 1.0.0

                First release.

                - Articles: 2 added, 0 removed (2 in total)
                - Quotes: 3 added, 0 removed, 0 changed (3 in total)
                - Schema version: %s
                """.formatted(QuotableSchema.VERSION, QuotableSchema.VERSION));
        assertThat(Releases.verify(second.folder()).ok()).isTrue();
    }

    @Test
    void aBuildWithoutFilesIsRefusedNamingTheFile() throws IOException {
        Path dataset = sample();
        Files.delete(dataset.resolve("build/quotes.jsonl"));
        assertThatThrownBy(() -> Releases.publish(ReleaseFixtures.request(dataset, "1.0.0")))
                .isInstanceOf(ReleaseException.class)
                .hasMessage(dataset.resolve("build/quotes.jsonl") + ": not found; a release is made from a build's quotes.jsonl and articles.jsonl, so run `quotable build` first");
        assertThat(dataset.resolve("releases/1.0.0")).doesNotExist();
    }

    @Test
    void aBuildThatFailsTheSelfCheckIsNotPublished() throws IOException {
        Path dataset = ReleaseFixtures.dataset(dir.resolve("orphans"), List.of(SampleRecords.ARTICLE_1), SampleRecords.quotes());
        assertThatThrownBy(() -> Releases.publish(ReleaseFixtures.request(dataset, "1.0.0")))
                .isInstanceOf(ReleaseException.class)
                .hasMessageContaining("Release 1.0.0 failed its own checks, so nothing was published:")
                .hasMessageContaining("which is not in articles");
        try (var list = Files.list(dataset.resolve("releases"))) {
            assertThat(list).isEmpty();
        }
    }
}
