package org.quotable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the integrator does to the committed sample: build it, then {@code quotable release --bump minor} on top
 * of the committed 1.0.0. The new release holds the speakers table and the charts, says in its CHANGELOG what
 * changed since 1.0.0, passes {@code verify}, the Frictionless v2.0 schema and the Croissant 1.0 required
 * properties.
 */
class SampleReleaseTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FRICTIONLESS = Path.of("..", "..", "shared", "specs", "frictionless-2.0", "datapackage.json");

    @TempDir static Path work;
    static Path dataset, release;
    static String latest;

    @BeforeAll
    static void buildAndRelease() throws IOException {
        dataset = work.resolve("ukraine-peace-talks");
        try (Stream<Path> files = Files.walk(BuildCommandTest.SAMPLE)) {
            for (Path file : files.toList()) {
                Path relative = BuildCommandTest.SAMPLE.relativize(file);
                if (relative.startsWith("build") || relative.startsWith(".cache")) continue;
                Path copy = dataset.resolve(relative.toString());
                if (Files.isDirectory(file)) Files.createDirectories(copy);
                else Files.copy(file, copy);
            }
        }
        CommandRun build = CommandRun.of("build", dataset.toString(), "--no-cache");
        assertThat(build.exitCode()).as(build.err()).isEqualTo(ExitCodes.OK);
        List<String> versions;
        try (Stream<Path> list = Files.list(dataset.resolve("releases"))) {
            versions = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        CommandRun cut = CommandRun.of("release", dataset.toString(), "--bump", "minor");
        assertThat(cut.exitCode()).as(cut.err()).isEqualTo(ExitCodes.OK);
        latest = versions.get(versions.size() - 1);
        String[] parts = latest.split("\\.");
        release = dataset.resolve("releases/" + parts[0] + "." + (Integer.parseInt(parts[1]) + 1) + ".0");
        assertThat(release).isDirectory();
    }

    @Test void theBuildWritesTheSpeakersTableAndLinksEveryAttributedQuote() throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : Files.readAllLines(dataset.resolve("build/speakers.jsonl")))
            counts.put(JSON.readTree(line).get("speaker_id").asText(), JSON.readTree(line).get("quote_count").asInt());
        assertThat(counts).isNotEmpty();
        var linked = new HashMap<String, Integer>();
        for (String line : Files.readAllLines(dataset.resolve("build/quotes.jsonl"))) {
            JsonNode quote = JSON.readTree(line);
            assertThat(quote.get("speaker_id").isNull()).as(line).isEqualTo(quote.get("speaker").isNull());
            if (!quote.get("speaker_id").isNull()) linked.merge(quote.get("speaker_id").asText(), 1, Integer::sum);
        }
        assertThat(linked).isEqualTo(counts);
    }

    @Test void theReleasePassesVerifyTheFrictionlessSchemaAndCroissantsRequiredProperties() throws IOException {
        CommandRun verify = CommandRun.of("verify", release.toString());
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isEqualTo(ExitCodes.OK);

        assertThat(FRICTIONLESS).as("the Frictionless v2.0 profiles must be in the shared specs folder beside the project").isRegularFile();
        try (InputStream in = Files.newInputStream(FRICTIONLESS)) {
            var profile = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            assertThat(profile.validate(JSON.readTree(release.resolve("datapackage.json").toFile()))).isEmpty();
        }
        JsonNode croissant = JSON.readTree(release.resolve("croissant.json").toFile());
        for (String key : List.of("@context", "@type", "conformsTo", "name", "description", "license", "url", "creator", "datePublished"))
            assertThat(croissant.hasNonNull(key)).as(key).isTrue();
        // the sample has no homepage of its own, so its url is the release's stable id
        assertThat(croissant.get("url").asText()).startsWith("urn:uuid:");
    }

    @Test void theChangelogSaysWhatChangedSinceTheCommittedRelease() throws IOException {
        String changelog = Files.readString(release.resolve("CHANGELOG.md"));
        assertThat(changelog).startsWith("# Changelog of ukraine-peace-talks\n\n## " + release.getFileName() + "\n\nChanges since " + latest + ":\n")
                .containsPattern("- Speakers: \\d+ added, \\d+ removed \\([1-9]\\d* in total\\)\n- Schema version: ")
                .contains("\n## " + latest + "\n", "\n## 1.0.0\n");
        // The committed 1.1.0, cut over 1.0.0, says that the speakers table came with schema 1.1.0.
        assertThat(changelog).containsPattern("- Speakers: [1-9]\\d* added, 0 removed \\([1-9]\\d* in total\\)\n- Schema version: 1.0.0 → 1.1.0");
        String card = Files.readString(release.resolve("README.md"));
        assertThat(card).contains("![Quotes per day (statement date)](chart-quotes-per-day.svg)", "| speakers | ",
                "config_name: speakers", "## What this release does not show", "- articles from more than one publisher",
                "No openly licensed news article");
    }
}
