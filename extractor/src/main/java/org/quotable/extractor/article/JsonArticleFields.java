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
     * publisher's offset ("2024-03-06T00:40:00-05:00") give the date as the publisher wrote it.
     */
    static final java.util.List<String> PUBLISHED_ALIASES = java.util.List.of("published_at", "datePublished",
            "date_published", "publishedAt", "publication_date", "pub_date");

    static ArticleMetadata metadata(JsonNode node, String file, String location) throws ArticleFormatException {
        return metadata(node, file, location, true);
    }

    /**
     * The metadata fields of an object.
     *
     * @param strictTypes whether every field must be a JSON string (an integer is also accepted as {@code id}), as in
     *                    JSON input; YAML front matter is not strict, because YAML reads an unquoted {@code 1984}
     *                    or {@code 2025-12-15} as a number or date where the writer meant text
     */
    static ArticleMetadata metadata(JsonNode node, String file, String location, boolean strictTypes) throws ArticleFormatException {
        String published = field(node, PUBLISHED, file, location, strictTypes);
        String field = PUBLISHED;
        for (int i = 0; published == null && i < PUBLISHED_ALIASES.size(); i++) {
            field = PUBLISHED_ALIASES.get(i);
            published = field(node, field, file, location, strictTypes);
        }
        String named = field;
        String value = published;
        LocalDate date = null;
        if (published != null) {
            date = ArticleMetadata.parseDate(published).orElseThrow(() -> new ArticleFormatException(
                    ArticleProblem.error(file, location, "'" + named + "' is '" + value
                            + "', which is not a date; write it as 2025-12-15 or 2025-12-15T09:30:00Z")));
        }
        return new ArticleMetadata(field(node, ID, file, location, strictTypes), field(node, URL, file, location, strictTypes),
                field(node, TITLE, file, location, strictTypes), field(node, PUBLISHER, file, location, strictTypes), date,
                field(node, LANGUAGE, file, location, strictTypes));
    }

    /**
     * A text field of a JSON object: null when absent or null; a string as it is.
     *
     * @throws ArticleFormatException when the field holds a number, boolean, array or object (issue 9: {@code "text": 5}
     *                                was read as the text "5")
     */
    static @Nullable String text(JsonNode node, String field, String file, String location) throws ArticleFormatException {
        return field(node, field, file, location, true);
    }

    private static @Nullable String field(JsonNode node, String field, String file, String location, boolean strict)
            throws ArticleFormatException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (value.isTextual()) return value.asText();
        if (field.equals(ID) && value.isIntegralNumber()) return value.asText();
        if (!strict && value.isValueNode()) return value.asText();
        throw new ArticleFormatException(ArticleProblem.error(file, location, "'%s' is %s, not a string; write it in quotes"
                .formatted(field, describe(value))));
    }

    private static String describe(JsonNode value) {
        String shown = value.toString();
        if (shown.length() > 40) shown = shown.substring(0, 37) + "...";
        if (value.isNumber()) return "a number (" + shown + ")";
        if (value.isBoolean()) return "a boolean (" + shown + ")";
        if (value.isArray()) return "an array";
        if (value.isObject()) return "an object";
        return "a " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
