package org.quotable.extractor.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.SourceFormat;

/** One line at a time (as a Spark task reads), articles and problems come out exactly as reading the file gives. */
class ReadJsonLineTest {
    private static final List<String> LINES = List.of(
            "{\"id\": \"w1\", \"published\": \"2025-12-15\", \"text\": \"\\\"We are ready,\\\" Anna Keller said.\"}",
            "",
            "{\"id\": \"w2\", \"text\": \"cut off",
            "{\"id\": \"w3\", \"title\": \"No body\"}",
            "{\"id\": \"w4\", \"html\": \"<html><body><article><p>The minister said the plan was \\\"not finished\\\" and would change before the vote next week.</p></article></body></html>\"}",
            "{\"id\": \"w5\", \"published\": \"yesterday\", \"text\": \"Words.\"}",
            "[1, 2]",
            "{\"url\": \"https://example.org/a\", \"title\": \" A  title \", \"text\": \"One  line.\\n\\n\\n\\nTwo.\"}");

    @TempDir Path work;

    @Test void linesGiveTheRecordsAndProblemsOfTheWholeFile() throws IOException {
        Path file = Files.write(work.resolve("wire.jsonl"), LINES);
        var expectedProblems = new ArrayList<ArticleProblem>();
        List<ArticleRecord> expected;
        try (ArticleReader reader = ArticleSources.open(file, expectedProblems::add)) {
            expected = reader.stream().toList();
        }

        var problems = new ArrayList<ArticleProblem>();
        var actual = new ArrayList<ArticleRecord>();
        for (int i = 0; i < LINES.size(); i++)
            actual.add(ArticleSources.readJsonLine(LINES.get(i), file.toString(), "line " + (i + 1), ReadOptions.DEFAULT, problems::add));

        assertThat(actual.stream().filter(Objects::nonNull).toList()).isEqualTo(expected)
                .extracting(ArticleRecord::articleId).containsExactly("w1", "w4", "url-" + expected.get(2).articleId().substring(4));
        assertThat(problems).isEqualTo(expectedProblems).extracting(ArticleProblem::location)
                .containsExactly("line 3", "line 4", "line 6", "line 7");
    }

    @Test void idsAndTextAreNormalizedAsEverywhere() {
        ArticleRecord article = ArticleSources.readJsonLine(LINES.get(7), "a.jsonl", "line 1", ReadOptions.DEFAULT,
                p -> { throw new AssertionError(p.toString()); });

        assertThat(article).isNotNull();
        assertThat(article.articleId()).startsWith("url-").hasSize(20);
        assertThat(article.title()).isEqualTo("A title");
        assertThat(article.text()).isEqualTo("One line.\n\nTwo.");
        assertThat(article.sourceFormat()).isEqualTo(SourceFormat.JSONL);
    }

    @Test void aBlankLineIsNeitherAnArticleNorAProblem() {
        var problems = new ArrayList<ArticleProblem>();
        assertThat(ArticleSources.readJsonLine("   ", "a.jsonl", "line 4", ReadOptions.DEFAULT, problems::add)).isNull();
        assertThat(problems).isEmpty();
    }
}
