package org.quotable.exporter.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotable.exporter.Releases;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.SampleRecords;
import org.quotable.schema.Table;

/**
 * A release's metadata holds up to the standards it claims: datapackage.json validates against the official
 * Frictionless Data Package v2.0 JSON Schema, croissant.json has every property Croissant 1.0 requires and every
 * field's source names a distributed file and a real column, and the card's charts are deterministic SVG.
 */
class ReleaseMetadataTest {
    /** The official v2.0 profiles, beside the project (read at test time; they are the standard's text). */
    static final Path FRICTIONLESS = Path.of("..", "..", "shared", "specs", "frictionless-2.0");

    @TempDir static Path dir;
    static Path release;

    @BeforeAll
    static void publish() throws IOException {
        Path dataset = ReleaseFixtures.dataset(dir.resolve("sample"), SampleRecords.articles(), SampleRecords.linkedQuotes(),
                SampleRecords.speakers());
        release = Releases.publish(ReleaseFixtures.request(dataset, "1.0.0")).folder();
    }

    static JsonNode json(String name) throws IOException {
        return ReleaseFiles.JSON.readTree(release.resolve(name).toFile());
    }

    static JsonSchema profile(String name) throws IOException {
        Path file = FRICTIONLESS.resolve(name);
        assertThat(file).as("The Frictionless v2.0 profiles must be at %s (the shared specs folder beside the project); "
                + "this test validates against them and cannot run without them", file.toAbsolutePath().normalize()).isRegularFile();
        try (InputStream in = Files.newInputStream(file)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    @Test
    void datapackageValidatesAgainstTheOfficialV2Schema() throws IOException {
        JsonNode datapackage = json("datapackage.json");
        Set<ValidationMessage> errors = profile("datapackage.json").validate(datapackage);
        assertThat(errors).as("datapackage.json against the Frictionless v2.0 profile").isEmpty();
        for (JsonNode resource : datapackage.get("resources")) {
            assertThat(profile("dataresource.json").validate(resource)).as(resource.get("name").asText()).isEmpty();
            assertThat(profile("tableschema.json").validate(resource.get("schema"))).as(resource.get("name").asText()).isEmpty();
            if (resource.has("dialect"))
                assertThat(profile("tabledialect.json").validate(resource.get("dialect"))).isEmpty();
        }
    }

    @Test
    void datapackageHasEveryFieldTheStandardNamesAndRightKeys() throws IOException {
        JsonNode root = json("datapackage.json");
        assertThat(root.get("$schema").asText()).isEqualTo("https://datapackage.org/profiles/2.0/datapackage.json");
        assertThat(root.has("profile")).isFalse();
        for (String key : List.of("name", "id", "version", "created", "licenses", "sources", "contributors"))
            assertThat(root.has(key)).as(key).isTrue();
        assertThat(root.get("id").asText()).startsWith("urn:uuid:");
        assertThat(root.at("/contributors/0/roles/0").asText()).isEqualTo("creator");
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode resource : root.get("resources")) byName.put(resource.get("name").asText(), resource);
        assertThat(byName).containsOnlyKeys("quotes-parquet", "quotes-csv", "quotes-jsonl", "articles-parquet", "articles-csv",
                "articles-jsonl", "speakers-parquet", "speakers-csv", "speakers-jsonl");
        for (JsonNode resource : byName.values()) {
            for (String key : List.of("type", "format", "mediatype", "encoding", "bytes", "hash"))
                assertThat(resource.has(key)).as(resource.get("name") + " " + key).isTrue();
            assertThat(resource.get("type").asText()).isEqualTo("table");
            assertThat(resource.get("bytes").asLong()).isEqualTo(Files.size(release.resolve(resource.get("path").asText())));
            assertThat(resource.get("hash").asText()).isEqualTo("sha256:" + ReleaseFiles.sha256(release.resolve(resource.get("path").asText())));
        }
        for (String format : List.of("parquet", "csv", "jsonl")) {
            JsonNode quotes = byName.get("quotes-" + format).get("schema");
            assertThat(quotes.get("primaryKey").toString()).isEqualTo("[\"quote_id\"]");
            assertThat(quotes.at("/foreignKeys/0/fields/0").asText()).isEqualTo("article_id");
            assertThat(quotes.at("/foreignKeys/0/reference/resource").asText()).isEqualTo("articles-" + format);
            assertThat(quotes.at("/foreignKeys/1/fields/0").asText()).isEqualTo("speaker_id");
            assertThat(quotes.at("/foreignKeys/1/reference/resource").asText()).isEqualTo("speakers-" + format);
            assertThat(quotes.at("/foreignKeys/1/reference/fields/0").asText()).isEqualTo("speaker_id");
            assertThat(byName.get("speakers-" + format).at("/schema/primaryKey").toString()).isEqualTo("[\"speaker_id\"]");
            assertThat(byName.get("articles-" + format).at("/schema/primaryKey").toString()).isEqualTo("[\"article_id\"]");
        }
        assertThat(byName.get("quotes-parquet").get("mediatype").asText()).isEqualTo("application/vnd.apache.parquet");
    }

    @Test
    void croissantHasTheRequiredPropertiesOfVersion10() throws IOException {
        JsonNode root = json("croissant.json");
        assertThat(root.at("/@context/@vocab").asText()).isEqualTo("https://schema.org/");
        assertThat(root.at("/@context/cr").asText()).isEqualTo("http://mlcommons.org/croissant/");
        assertThat(root.get("@type").asText()).isEqualTo("sc:Dataset");
        assertThat(root.get("conformsTo").asText()).isEqualTo("http://mlcommons.org/croissant/1.0");
        for (String key : List.of("name", "description", "license", "url", "creator", "datePublished"))
            assertThat(root.hasNonNull(key)).as("Croissant 1.0 requires %s", key).isTrue();
        assertThat(root.get("datePublished").asText()).isEqualTo("2026-01-02");
        assertThat(root.at("/creator/0/name").asText()).isEqualTo(DatasetInfo.DEFAULT_CREATOR);
        assertThat(root.get("license").asText()).isEqualTo("https://spdx.org/licenses/CC-BY-4.0.html");
        var files = new HashSet<String>();
        for (JsonNode file : root.get("distribution")) {
            assertThat(file.get("@type").asText()).isEqualTo("cr:FileObject");
            for (String key : List.of("@id", "name", "contentUrl", "encodingFormat", "sha256"))
                assertThat(file.hasNonNull(key)).as(file.get("name") + " " + key).isTrue();
            assertThat(file.get("sha256").asText()).isEqualTo(ReleaseFiles.sha256(release.resolve(file.get("contentUrl").asText())));
            files.add(file.get("@id").asText());
        }
        assertThat(root.at("/distribution/0/encodingFormat").asText()).as("mlcroissant's EncodingFormat.PARQUET").isEqualTo("application/x-parquet");
        assertThat(root.at("/distribution/2/encodingFormat").asText()).isEqualTo("application/jsonlines");
    }

    @Test
    void everyCroissantFieldReadsARealColumnOfADistributedFile() throws IOException {
        JsonNode root = json("croissant.json");
        Set<String> files = new HashSet<>();
        root.get("distribution").forEach(f -> files.add(f.get("@id").asText()));
        Set<String> fieldIds = new HashSet<>();
        root.get("recordSet").forEach(set -> set.get("field").forEach(f -> fieldIds.add(f.get("@id").asText())));
        assertThat(root.get("recordSet")).hasSize(QuotableSchema.TABLES.size());
        int i = 0;
        for (JsonNode set : root.get("recordSet")) {
            Table<?> table = QuotableSchema.TABLES.get(i++);
            assertThat(set.get("@type").asText()).isEqualTo("cr:RecordSet");
            assertThat(set.get("name").asText()).isEqualTo(table.name());
            assertThat(set.get("field")).hasSize(table.columns().size());
            int c = 0;
            for (JsonNode field : set.get("field")) {
                String column = table.columns().get(c++).name();
                assertThat(field.get("@type").asText()).isEqualTo("cr:Field");
                assertThat(field.get("dataType").asText()).startsWith("sc:");
                assertThat(field.at("/source/fileObject/@id").asText()).as(column).isEqualTo(table.name() + ".parquet").isIn(files);
                assertThat(field.at("/source/extract/column").asText()).isEqualTo(column);
                if (field.has("references"))
                    assertThat(field.at("/references/field/@id").asText()).isIn(fieldIds);
            }
        }
        assertThat(root.at("/recordSet/0/field/15/references/field/@id").asText()).isEqualTo("speakers/speaker_id");
    }

    @Test
    void chartsAreSvgEmbeddedInTheCardChecksummedAndTheSameBytesForTheSameBuild() throws IOException {
        String card = Files.readString(release.resolve("README.md"), StandardCharsets.UTF_8);
        String sums = Files.readString(release.resolve("SHA256SUMS"), StandardCharsets.US_ASCII);
        Path again = ReleaseFixtures.dataset(dir.resolve("again/sample"), SampleRecords.articles(), SampleRecords.linkedQuotes(),
                SampleRecords.speakers());
        Path second = Releases.publish(ReleaseFixtures.request(again, "1.0.0")).folder();
        for (String chart : CardCharts.FILE_NAMES) {
            String svg = Files.readString(release.resolve(chart), StandardCharsets.UTF_8);
            assertThat(svg).startsWith("<?xml").contains("<svg").endsWith("</svg>\n");
            assertThat(card).contains("](" + chart + ")");
            assertThat(sums).contains(ReleaseFiles.sha256(release.resolve(chart)) + "  " + chart + "\n");
            assertThat(Files.readAllBytes(second.resolve(chart))).as(chart).isEqualTo(Files.readAllBytes(release.resolve(chart)));
        }
        String speakers = Files.readString(release.resolve("chart-top-speakers.svg"), StandardCharsets.UTF_8);
        assertThat(speakers).contains("Volodymyr Zelensky").contains("Top speakers");
        assertThat(Files.readString(release.resolve("chart-quote-types.svg"))).contains(">direct<", ">partial<");
    }

    @Test
    void theCardSaysWhatTheReleaseIsTooSmallToShowAndWhatIsLicensedHow() throws IOException {
        String card = Files.readString(release.resolve("README.md"), StandardCharsets.UTF_8);
        // the samples have two publishers ("" counts as none), two days, dated and undated, attributed and not, a merged speaker
        assertThat(card).doesNotContain("## What this release does not show")
                .contains("**The annotations** Quotable extracted", "**The article text** (`articles.text`");
        assertThat(card.substring(0, card.indexOf("\n---\n", 4))).contains("license: other", "pretty_name: Sample quotes",
                "task_categories:", "size_categories:", "language:\n- en");

        Path one = ReleaseFixtures.dataset(dir.resolve("one/sample"), List.of(SampleRecords.ARTICLE_1), List.of(SampleRecords.QUOTE_1));
        String small = Files.readString(Releases.publish(ReleaseFixtures.request(one, "1.0.0")).folder().resolve("README.md"));
        assertThat(small).contains("## What this release does not show\n\nIt is too small to show:\n\n"
                + "- articles from more than one publisher\n- quotes from more than one day\n"
                + "- a speaker named in more than one way (the speakers table merges nothing here)\n"
                + "- unattributed quotes (null speaker)\n- quotes without a known date (null date)\n");
    }

    @Test
    void sizeCategoriesFollowTheHuggingFaceBins() {
        assertThat(DatasetCard.sizeCategory(0)).isEqualTo("n<1K");
        assertThat(DatasetCard.sizeCategory(999)).isEqualTo("n<1K");
        assertThat(DatasetCard.sizeCategory(1_000)).isEqualTo("1K<n<10K");
        assertThat(DatasetCard.sizeCategory(250_000)).isEqualTo("100K<n<1M");
        assertThat(DatasetCard.sizeCategory(5_000_000_000L)).isEqualTo("n>1B");
    }
}
