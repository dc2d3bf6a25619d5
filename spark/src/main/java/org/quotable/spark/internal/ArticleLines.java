package org.quotable.spark.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.quotable.extractor.article.ArticleMetadata;
import org.quotable.extractor.article.ArticleProblem;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.SourceFormat;

/**
 * Reads one JSON Lines article: the fields and messages of the extractor's JSON Lines reader, with the record
 * itself made by {@link ArticleMetadata#toRecord}, so text normalization and ids are the extractor's own.
 * Thread-safe.
 *
 * <p>The extractor reads JSON Lines only from a local file; a Spark task has one line of a Hadoop split at a time,
 * so the few lines that map JSON fields to {@link ArticleMetadata} are repeated here. They follow the extractor's
 * package-private {@code JsonArticleFields}: a missing, null or container value is absent, any other is its text.
 */
public final class ArticleLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleLines() {}

    /**
     * The article on one line, or null when the line is blank or is not an article; the reason goes to
     * {@code problems}.
     *
     * @param file     the source file, as {@code articles.source_file} shows it
     * @param location where the line is in the file, for the problem report
     */
    public static @Nullable ArticleRecord read(String line, String file, String location,
                                               Consumer<ArticleProblem> problems) {
        if (line.isBlank()) return null;
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            problems.accept(ArticleProblem.error(file, location, "not a valid JSON object: " + e.getOriginalMessage()));
            return null;
        }
        if (node == null || !node.isObject()) {
            String found = node == null ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
            problems.accept(ArticleProblem.error(file, location, "expected an article object, found " + found));
            return null;
        }
        String published = text(node, "published");
        LocalDate date = null;
        if (published != null) {
            date = ArticleMetadata.parseDate(published).orElse(null);
            if (date == null) {
                problems.accept(ArticleProblem.error(file, location, "'published' is '" + published
                        + "', which is not a date; write it as 2025-12-15 or 2025-12-15T09:30:00Z"));
                return null;
            }
        }
        String text = text(node, "text");
        if (text == null || text.isBlank()) {
            problems.accept(ArticleProblem.error(file, location, "the article has no 'text' field"));
            return null;
        }
        var metadata = new ArticleMetadata(text(node, "id"), text(node, "url"), text(node, "title"),
                text(node, "publisher"), date, text(node, "language"));
        return metadata.toRecord(text, file, SourceFormat.JSONL);
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }
}
