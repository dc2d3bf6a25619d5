package org.quotable.build;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotable.exporter.Exports;
import org.quotable.exporter.format.TableReader;
import org.quotable.extractor.article.ArticleProblem;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.SpeakerRecord;

/** A dataset built through the library's facade, as the CLI and the Spark job build it. */
class BuildsTest {
    @TempDir Path dir;

    private Path dataset() throws IOException {
        Path dataset = dir.resolve("ferry");
        Files.createDirectories(dataset.resolve("articles"));
        Files.writeString(dataset.resolve("dataset.yaml"), """
                name: ferry
                title: Ferry news
                description: Two invented articles.
                license: CC-BY-4.0
                inputs:
                  - articles/**
                """, UTF_8);
        Files.writeString(dataset.resolve("articles/a.txt"), """
                The ferry service resumed on Monday.

                "The boats run every hour again," said port manager Ruth Calder.
                """, UTF_8);
        Files.writeString(dataset.resolve("articles/b.txt"), """
                Fares will stay the same this winter.

                "Nobody pays more," Calder said.
                """, UTF_8);
        Files.writeString(dataset.resolve("articles/c.txt"), Files.readString(dataset.resolve("articles/a.txt")));
        return dataset;
    }

    @Test
    void aBuildWritesTheTablesWithLinkedSpeakersTheProblemReportAndTheManifest() throws IOException {
        Path dataset = dataset();
        var problems = new ArrayList<ArticleProblem>();
        DatasetBuild.Result result;
        try (BuildRun run = Builds.start(BuildRequest.builder(dataset).cache(false).threads(2).get())) {
            assertThat(run.inputs().files()).extracting(f -> f.name()).containsExactly("articles/a.txt", "articles/b.txt", "articles/c.txt");
            result = run.run(problems::add, BuildListener.SILENT);
        }

        Path build = dataset.resolve("build");
        List<QuoteRecord> quotes = read(QuotableSchema.QUOTES, build.resolve("quotes.jsonl"));
        List<SpeakerRecord> speakers = read(QuotableSchema.SPEAKERS, build.resolve("speakers.jsonl"));
        assertThat(result.articles()).isEqualTo(2);
        assertThat(quotes).extracting(QuoteRecord::quote).containsExactly("The boats run every hour again,", "Nobody pays more,");
        // The surname alone in b.txt joins the full name of a.txt: one speaker, one id on both quotes.
        assertThat(speakers).extracting(SpeakerRecord::name).containsExactly("Ruth Calder");
        assertThat(quotes).extracting(QuoteRecord::speakerId).containsOnly(speakers.get(0).speakerId());
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.reason()).endsWith("; kept once"));
        assertThat(Files.readString(build.resolve(Builds.ERRORS))).contains("\"file\":\"articles/c.txt\"");
        assertThat(Builds.verifyBuild(build)).isEmpty();
    }

    @Test
    void aChangedFileOrInputIsFoundByVerifyAndTheReleaseCheck() throws IOException {
        Path dataset = dataset();
        try (BuildRun run = Builds.start(BuildRequest.builder(dataset).cache(false).get())) {
            run.run(p -> {}, BuildListener.SILENT);
        }
        Path build = dataset.resolve("build");
        Builds.checkReleasable(dataset, build);

        Files.writeString(build.resolve("quotes.csv"), "tampered\n");
        Files.writeString(dataset.resolve("articles/d.txt"), "\"One more,\" said Ruth Calder.\n", UTF_8);

        assertThat(Builds.verifyBuild(build)).containsExactly("quotes.csv: changed after the build wrote it (SHA-256 differs from build.json)");
        assertThatThrownBy(() -> Builds.checkReleasable(dataset, build)).isInstanceOfSatisfying(BuildException.class,
                e -> assertThat(e.kind()).isEqualTo(BuildException.Kind.STALE_BUILD))
                .hasMessageContaining("articles/d.txt (new)");
    }

    @Test
    void aSecondBuildOfALockedDatasetFailsAtOnce() throws IOException {
        Path dataset = dataset();
        try (DatasetLock held = Builds.lock(dataset, "release")) {
            assertThatThrownBy(() -> Builds.start(BuildRequest.builder(dataset).get()))
                    .isInstanceOfSatisfying(BuildException.class, e -> assertThat(e.kind()).isEqualTo(BuildException.Kind.LOCKED))
                    .hasMessageContaining("is busy");
        }
    }

    private static <R> List<R> read(org.quotable.schema.Table<R> table, Path file) throws IOException {
        try (TableReader<R> reader = Exports.read(table, file)) {
            return reader.records().toList();
        }
    }
}
