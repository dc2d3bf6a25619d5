package org.quotable.exporter.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.quotable.exporter.dataset.DatasetWriter;
import org.quotable.exporter.dataset.ExportOptions;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.SpeakerRecord;

/** Dataset folders with a dataset.yaml and a build, for release tests. */
final class ReleaseFixtures {
    private ReleaseFixtures() {}

    static final Instant CREATED = Instant.parse("2026-01-02T03:04:05Z");
    static final String TOOL = "0.1.0-test";

    static final String DATASET_YAML = """
            title: Sample quotes
            description: Quotations from two hand-written sample articles with awkward text.
            license: CC-BY-4.0
            language: en
            sources:
              - title: Example News
                url: https://example.org
            extraction:
              ignored: true
            """;

    /** Creates {@code folder} with dataset.yaml and a build of the given rows; returns the folder. */
    static Path dataset(Path folder, List<ArticleRecord> articles, List<QuoteRecord> quotes) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("dataset.yaml"), DATASET_YAML, StandardCharsets.UTF_8);
        build(folder.resolve("build"), articles, quotes);
        return folder;
    }

    /** Creates {@code folder} with dataset.yaml and a build of the given rows, speakers included; returns the folder. */
    static Path dataset(Path folder, List<ArticleRecord> articles, List<QuoteRecord> quotes, List<SpeakerRecord> speakers) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("dataset.yaml"), DATASET_YAML, StandardCharsets.UTF_8);
        build(folder.resolve("build"), articles, quotes, speakers);
        return folder;
    }

    /** Writes a build folder (JSON Lines) of the rows, with an empty speakers table. */
    static void build(Path buildFolder, List<ArticleRecord> articles, List<QuoteRecord> quotes) throws IOException {
        build(buildFolder, articles, quotes, List.of());
    }

    /** Writes a build folder (JSON Lines) of the rows. */
    static void build(Path buildFolder, List<ArticleRecord> articles, List<QuoteRecord> quotes, List<SpeakerRecord> speakers) throws IOException {
        try (var out = DatasetWriter.open(buildFolder, ExportOptions.JSONL_ONLY)) {
            for (ArticleRecord a : articles) out.writeArticle(a);
            for (QuoteRecord q : quotes) out.writeQuote(q);
            for (SpeakerRecord s : speakers) out.writeSpeaker(s);
            out.commit();
        }
    }

    static ReleaseRequest request(Path dataset, String version) {
        return ReleaseRequest.of(dataset, ReleaseVersion.exact(version), TOOL).withCreated(CREATED);
    }
}
