package org.quotable.extractor.article;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.SourceFormat;

/**
 * Reads articles from JSON (one object, or an array of objects) or JSON Lines (one object per line, read lazily).
 * Each object has {@code text} and optionally {@code id}, {@code url}, {@code title}, {@code published},
 * {@code publisher}, {@code language}. A bad object or line is reported and skipped; the rest is read.
 */
final class JsonArticleReader implements ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedReader input;
    private final String file;
    private final SourceFormat format;
    private final Consumer<ArticleProblem> problems;
    private @Nullable Iterator<JsonNode> jsonArray;   // JSON: the parsed document; JSON Lines: null
    private int index;                                // line number (JSON Lines) or array position (JSON)

    JsonArticleReader(BufferedReader input, String file, SourceFormat format, Consumer<ArticleProblem> problems)
            throws IOException {
        this.input = input;
        this.file = file;
        this.format = format;
        this.problems = problems;
        if (format == SourceFormat.JSON) jsonArray = parseDocument();
    }

    private Iterator<JsonNode> parseDocument() throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(input);
        } catch (JacksonException e) {
            throw new ArticleFormatException(ArticleProblem.error(file, locationOf(e), "not valid JSON: " + e.getOriginalMessage()), e);
        }
        if (root == null || root.isMissingNode())
            throw new ArticleFormatException(ArticleProblem.error(file, null, "the file is empty"));
        if (root.isObject()) return List.of(root).iterator();
        if (root.isArray()) {
            var items = new ArrayList<JsonNode>();
            root.forEach(items::add);
            return items.iterator();
        }
        throw new ArticleFormatException(ArticleProblem.error(file, null,
                "expected an article object or an array of them, found " + root.getNodeType().name().toLowerCase()));
    }

    private static @Nullable String locationOf(JacksonException e) {
        return e.getLocation() == null ? null : "line " + e.getLocation().getLineNr();
    }

    @Override public Iterator<ArticleRecord> iterator() {
        return new Iterator<>() {
            private @Nullable ArticleRecord next;

            @Override public boolean hasNext() {
                while (next == null) {
                    JsonNode node = nextNode();
                    if (node == null) return false;
                    next = toArticle(node);
                }
                return true;
            }

            @Override public ArticleRecord next() {
                if (!hasNext()) throw new NoSuchElementException();
                ArticleRecord article = next;
                next = null;
                return article;
            }
        };
    }

    private @Nullable JsonNode nextNode() {
        if (jsonArray != null) {
            if (!jsonArray.hasNext()) return null;
            index++;
            return jsonArray.next();
        }
        try {
            String line;
            while ((line = input.readLine()) != null) {
                index++;
                if (line.isBlank()) continue;
                try {
                    return JSON.readTree(line);
                } catch (JacksonException e) {
                    problems.accept(ArticleProblem.error(file, location(), "not a valid JSON object: " + e.getOriginalMessage()));
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(new ArticleFormatException(
                    ArticleProblem.error(file, location(), "the file could not be read further: " + e.getMessage()), e));
        }
    }

    private String location() {
        return (format == SourceFormat.JSONL ? "line " : "record ") + index;
    }

    private @Nullable ArticleRecord toArticle(JsonNode node) {
        if (!node.isObject()) {
            problems.accept(ArticleProblem.error(file, location(), "expected an article object, found " + node.getNodeType().name().toLowerCase()));
            return null;
        }
        try {
            ArticleMetadata metadata = JsonArticleFields.metadata(node, file, location());
            String text = JsonArticleFields.text(node, JsonArticleFields.TEXT);
            if (text == null || text.isBlank()) {
                problems.accept(ArticleProblem.error(file, location(), "the article has no 'text' field"));
                return null;
            }
            return metadata.toRecord(text, file, format);
        } catch (ArticleFormatException e) {
            problems.accept(e.problem());
            return null;
        }
    }

    @Override public void close() throws IOException {
        input.close();
    }
}
