package org.quotable.exporter.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotable.exporter.Releases;
import org.quotable.exporter.format.Compression;
import org.quotable.exporter.format.CsvTableWriter;
import org.quotable.exporter.format.Format;
import org.quotable.exporter.format.JsonlTableWriter;
import org.quotable.exporter.format.ParquetSettings;
import org.quotable.exporter.format.ParquetTableWriter;
import org.quotable.exporter.format.TableWriter;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.SampleRecords;
import org.quotable.schema.Table;

/** Corrupts copies of a good release, one way each, and checks that verify names the problem. */
class ReleaseVerifierTest {
    @TempDir static Path shared;
    static Path good;
    @TempDir Path dir;
    Path copy;

    @BeforeEach
    void copyTheGoodRelease() throws IOException {
        if (good == null) {
            Path dataset = ReleaseFixtures.dataset(shared.resolve("sample"), SampleRecords.articles(), SampleRecords.quotes());
            good = Releases.publish(ReleaseFixtures.request(dataset, "1.0.0")).folder();
        }
        copy = dir.resolve("1.0.0");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(good)) {
            for (Path f : (Iterable<Path>) files::iterator) Files.copy(f, copy.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static <R> void rewrite(Path release, Table<R> table, List<R> records) throws IOException {
        for (Format format : Format.values()) {
            Path file = release.resolve(format.fileName(table));
            try (TableWriter<R> out = switch (format) {
                case CSV -> CsvTableWriter.open(table, file);
                case JSONL -> JsonlTableWriter.open(table, file);
                case PARQUET -> ParquetTableWriter.open(table, file, new ParquetSettings(Compression.SNAPPY, 100,
                        Map.of(ParquetSettings.SCHEMA_VERSION_KEY, "1.0.0")));
            }) {
                for (R r : records) out.write(r);
            }
        }
    }

    private List<String> problems() throws IOException {
        return Releases.verify(copy).problems();
    }

    @Test
    void theGoodReleasePasses() throws IOException {
        Verification v = Releases.verify(copy);
        assertThat(v.problems()).isEmpty();
        assertThat(v.quotes()).isEqualTo(3);
        assertThat(v.articles()).isEqualTo(2);
    }

    @Test
    void aChangedByteBreaksTheHash() throws IOException {
        Path csv = copy.resolve("quotes.csv");
        Files.writeString(csv, Files.readString(csv).replace("Zelensky", "Zelenskx"));
        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith("quotes.csv: SHA-256 is ")
                .endsWith("; the file was changed or damaged after release"));
        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith("quotes.csv: row 1 differs from quotes.jsonl's"));
    }

    @Test
    void aMissingRowBreaksTheCountsAcrossFormats() throws IOException {
        Path jsonl = copy.resolve("quotes.jsonl");
        List<String> lines = Files.readAllLines(jsonl);
        Files.write(jsonl, lines.subList(0, 2));
        assertThat(problems()).contains("quotes.jsonl: ends after 2 rows but quotes.csv has more");
    }

    @Test
    void aFileNotMatchingTheSchemaIsNamed() throws IOException {
        Files.copy(copy.resolve("articles.parquet"), copy.resolve("quotes.parquet"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith("quotes.parquet: its schema is not the quotes table's"));
        Files.writeString(copy.resolve("articles.jsonl"), "{\"article_id\":1}\n");
        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith("articles.jsonl (line 1): has keys [article_id], expected the articles columns"));
    }

    @Test
    void aQuoteWithoutItsArticleBreaksReferentialIntegrity() throws IOException {
        rewrite(copy, QuotableSchema.ARTICLES, List.of(SampleRecords.ARTICLE_1));
        assertThat(problems()).contains("quotes: quote %s refers to article 'a2-😀', which is not in articles".formatted(SampleRecords.QUOTE_3.quoteId()));
    }

    @Test
    void offsetsThatDoNotGiveBackTheQuoteAreNamed() throws IOException {
        QuoteRecord q = SampleRecords.QUOTE_1;
        QuoteRecord shifted = new QuoteRecord(q.quoteId(), q.articleId(), q.quote(), q.quoteType(), q.speaker(), q.speakerMention(),
                q.speakerType(), q.role(), q.cue(), q.date(), q.dateBasis(), q.paragraph(), q.start() - 1, q.end() - 1, q.confidence());
        rewrite(copy, QuotableSchema.QUOTES, List.of(shifted, SampleRecords.QUOTE_2, SampleRecords.QUOTE_3));
        assertThat(problems()).contains(("quotes: quote %s: articles.text[42:70] of a1 is \"\"We are ready, \"truly\" ready\", "
                + "not the quote \"We are ready, \"truly\" ready,\"").formatted(q.quoteId()));
    }

    @Test
    void duplicateIdsAndExtraFilesAreNamed() throws IOException {
        rewrite(copy, QuotableSchema.QUOTES, List.of(SampleRecords.QUOTE_1, SampleRecords.QUOTE_1));
        Files.writeString(copy.resolve("notes.txt"), "added later");
        assertThat(problems()).contains("quotes: quote_id '%s' is not unique".formatted(SampleRecords.QUOTE_1.quoteId()),
                "notes.txt: not listed in SHA256SUMS; a release must not gain files after publication");
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Files.delete(copy.resolve("croissant.json"));
        assertThat(problems()).contains("croissant.json: missing from the release", "croissant.json: listed in SHA256SUMS but missing");
    }

    /** Issue 9, item 10: a release folder renamed to another version passed verification. */
    @Test
    void aReleaseFolderRenamedToAnotherVersionIsNamed() throws IOException {
        Path renamed = Files.move(copy, dir.resolve("2.0.0"));

        assertThat(Releases.verify(renamed).problems()).containsExactly(
                "datapackage.json: says version 1.0.0 but the release folder is named 2.0.0; a release folder is never "
                        + "renamed: publish a new version with quotable release instead");
    }
}
