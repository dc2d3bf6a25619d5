package org.quotable.extractor.article;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The article fields of a JSON object or YAML front matter, read the same way wherever they come from. */
final class JsonArticleFields {
    private JsonArticleFields() {}

    /** Field names, as documented in the README. */
    static final String ID = "id", URL = "url", TITLE = "title", PUBLISHED = "published", PUBLISHER = "publisher",
            LANGUAGE = "language", TEXT = "text", HTML = "html";

    static ArticleMetadata metadata(JsonNode node, String file, String location) throws ArticleFormatException {
        String published = text(node, PUBLISHED);
        LocalDate date = null;
        if (published != null) {
            date = ArticleMetadata.parseDate(published).orElseThrow(() -> new ArticleFormatException(
                    ArticleProblem.error(file, location, "'published' is '" + published
                            + "', which is not a date; write it as 2025-12-15 or 2025-12-15T09:30:00Z")));
        }
        return new ArticleMetadata(text(node, ID), text(node, URL), text(node, TITLE), text(node, PUBLISHER), date,
                text(node, LANGUAGE));
    }

    static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }
}
