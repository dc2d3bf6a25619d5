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

    /**
     * Other names of the publication time, read when {@code published} is absent: full timestamps with the
     * publisher's offset ("2019-11-19T00:51:04-05:00") give the date as the publisher wrote it.
     */
    static final java.util.List<String> PUBLISHED_ALIASES = java.util.List.of("published_at", "datePublished",
            "date_published", "publishedAt", "publication_date", "pub_date");

    static ArticleMetadata metadata(JsonNode node, String file, String location) throws ArticleFormatException {
        String published = text(node, PUBLISHED);
        String field = PUBLISHED;
        for (int i = 0; published == null && i < PUBLISHED_ALIASES.size(); i++) {
            field = PUBLISHED_ALIASES.get(i);
            published = text(node, field);
        }
        String named = field;
        String value = published;
        LocalDate date = null;
        if (published != null) {
            date = ArticleMetadata.parseDate(published).orElseThrow(() -> new ArticleFormatException(
                    ArticleProblem.error(file, location, "'" + named + "' is '" + value
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
