package org.quotable.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.quotable.extractor.article.ArticleProblem;
import org.quotable.extractor.article.ArticleReader;
import org.quotable.extractor.article.ArticleSources;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.SourceFormat;

/** One line at a time, articles come out exactly as the extractor's JSON Lines reader makes them from the file. */
class ArticleLinesTest {
    private static final Path WIRE = Path.of("src/test/resources/articles/wire.jsonl");

    @Test
    void linesGiveTheExtractorsRecordsAndProblems() throws IOException {
        var expectedProblems = new ArrayList<ArticleProblem>();
        List<ArticleRecord> expected;
        try (ArticleReader reader = ArticleSources.open(WIRE, expectedProblems::add)) {
            expected = reader.stream().toList();
        }

        var problems = new ArrayList<ArticleProblem>();
        List<String> lines = Files.readAllLines(WIRE, StandardCharsets.UTF_8);
        List<ArticleRecord> actual = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++)
            actual.add(ArticleLines.read(lines.get(i), WIRE.toString(), "line " + (i + 1), problems::add));

        assertThat(actual.stream().filter(Objects::nonNull).toList()).isEqualTo(expected).hasSize(4);
        assertThat(problems).isEqualTo(expectedProblems).hasSize(4);
    }

    @Test
    void idsAndTextAreTheExtractorsOwn() {
        ArticleRecord article = ArticleLines.read(
                "{\"url\": \"https://example.org/a\", \"title\": \" A  title \", \"text\": \"One  line.\\n\\n\\n\\nTwo.\"}",
                "a.jsonl", "line 1", p -> { throw new AssertionError(p.toString()); });

        assertThat(article).isNotNull();
        assertThat(article.articleId()).startsWith("url-").hasSize(20);
        assertThat(article.title()).isEqualTo("A title");
        assertThat(article.text()).isEqualTo("One line.\n\nTwo.");
        assertThat(article.sourceFile()).isEqualTo("a.jsonl");
        assertThat(article.sourceFormat()).isEqualTo(SourceFormat.JSONL);
    }

    @Test
    void aBlankLineIsNeitherAnArticleNorAProblem() {
        var problems = new ArrayList<ArticleProblem>();
        assertThat(ArticleLines.read("   ", "a.jsonl", "line 4", problems::add)).isNull();
        assertThat(problems).isEmpty();
    }
}
