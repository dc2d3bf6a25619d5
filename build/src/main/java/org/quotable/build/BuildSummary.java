package org.quotable.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.quotable.exporter.release.ReleaseDiff;
import org.quotable.extractor.article.ArticleProblem;

/**
 * The machine-readable result of a build, for CI: written as JSON by {@code --summary-json} and appended as a
 * Markdown table to {@code $GITHUB_STEP_SUMMARY} when that is set. Immutable.
 *
 * @param dataset              the dataset's name
 * @param toolVersion          the quotable version
 * @param schemaVersion        the schema version of the tables written
 * @param extractorFingerprint the code that extracted, see {@link ExtractorFingerprint}
 * @param output               where the tables were written
 * @param files                input files read
 * @param articles             articles written
 * @param articlesExtracted    articles run through the extractor in this build
 * @param articlesCached       articles whose quotes came from the cache
 * @param quotes               quotes written
 * @param errors               inputs lost to errors
 * @param warnings             inputs read with a repair or skipped as duplicates
 * @param seconds              wall-clock time of the build
 * @param problems             every input problem
 * @param changes              what changed since a release ({@code --changed-since}), or null
 */
public record BuildSummary(String dataset, String toolVersion, String schemaVersion, String extractorFingerprint,
                    String output, int files, long articles, long articlesExtracted, long articlesCached, long quotes,
                    long errors, long warnings, double seconds, List<Problem> problems, @Nullable ReleaseDiff changes) {

    /** One input problem, as in errors.jsonl. */
    public record Problem(String file, @Nullable String location, String severity, String reason) {
        public static Problem of(ArticleProblem p) {
            return new Problem(p.file(), p.location(), p.severity().name().toLowerCase(Locale.ROOT), p.reason());
        }
    }

    static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** Writes the summary as JSON to this file. */
    public void writeJson(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        JSON.writeValue(file.toFile(), this);
    }

    /** Appends the Markdown summary to the file GitHub Actions shows on the run's page. */
    public void appendMarkdown(Path file) throws IOException {
        String markdown = """
                ### Quotable build: %s

                | | |
                |---|---|
                | articles | %d (%d extracted, %d from cache) |
                | quotes | %d |
                | input errors | %d |
                | warnings | %d |
                | time | %.1f s |
                | tool / schema | %s / %s |

                """.formatted(dataset, articles, articlesExtracted, articlesCached, quotes, errors, warnings, seconds,
                toolVersion, schemaVersion);
        Files.writeString(file, markdown, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
