package org.quotable.extractor.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.quotable.schema.SourceFormat;

/**
 * Opens article files of every supported format, chosen by file name. The entry point of this package.
 *
 * <pre>{@code
 * var problems = new ArrayList<ArticleProblem>();
 * try (ArticleReader reader = ArticleSources.open(Path.of("news.jsonl"), problems::add)) {
 *     reader.forEach(article -> ...);
 * }
 * }</pre>
 */
public final class ArticleSources {
    private ArticleSources() {}

    /**
     * Opens one article file. Records that cannot be read go to {@code problems}; the rest are returned.
     *
     * @throws ArticleFormatException when the file as a whole cannot be read (unknown type, empty, not JSON)
     * @throws IOException            when the file cannot be opened
     */
    public static ArticleReader open(Path file, Consumer<ArticleProblem> problems) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String shown = file.toString();
        if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown")) {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            if (content.startsWith("\uFEFF")) content = content.substring(1);
            return new TextArticleReader(content, shown);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson"))
            return new JsonArticleReader(reader(file), shown, SourceFormat.JSONL, problems);
        if (name.endsWith(".json"))
            return new JsonArticleReader(reader(file), shown, SourceFormat.JSON, problems);
        throw new ArticleFormatException(ArticleProblem.error(shown, null,
                "unknown article format; expected .txt, .md, .json or .jsonl"));
    }

    /** Opens one article file, treating any bad record as a failure of the whole read. */
    public static ArticleReader open(Path file) throws IOException {
        return open(file, problem -> {
            if (problem.severity() == ArticleProblem.Severity.ERROR)
                throw new IllegalArgumentException(problem.toString());
        });
    }

    private static BufferedReader reader(Path file) throws IOException {
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }
}
