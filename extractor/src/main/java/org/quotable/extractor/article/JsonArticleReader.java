package org.quotable.extractor.article;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.SourceFormat;

/**
 * Reads articles from JSON (one object, or an array of objects) or JSON Lines (one object per line, read lazily,
 * line by line, so a file of any size streams). Each object has {@code text} or {@code html} and optionally
 * {@code id}, {@code url}, {@code title}, {@code published}, {@code publisher}, {@code language}. A bad object or
 * line is reported with its number and skipped; the rest is read.
 */
final class JsonArticleReader implements ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final @Nullable InputStream lines;        // JSON Lines: the input; JSON: null
    private final @Nullable Iterator<JsonNode> array; // JSON: the parsed document; JSON Lines: null
    private final String file;
    private final SourceFormat format;
    private final ReadOptions options;
    private final Consumer<ArticleProblem> problems;
    private int index;                                // line number (JSON Lines) or array position (JSON)
    private boolean failed;

    /** A JSON document, already decoded. */
    static JsonArticleReader document(String json, String file, ReadOptions options, Consumer<ArticleProblem> problems)
            throws ArticleFormatException {
        return new JsonArticleReader(null, parseDocument(json, file), file, SourceFormat.JSON, options, problems);
    }

    /** A JSON Lines stream, read lazily; the reader closes it. */
    static JsonArticleReader lines(InputStream in, String file, ReadOptions options, Consumer<ArticleProblem> problems) {
        return lines(in, file, 0, options, problems);
    }

    /** The lines of a JSON Lines stream that starts after {@code linesBefore} lines of the file, numbered on from there. */
    static JsonArticleReader lines(InputStream in, String file, int linesBefore, ReadOptions options, Consumer<ArticleProblem> problems) {
        var reader = new JsonArticleReader(in, null, file, SourceFormat.JSONL, options, problems);
        reader.index = linesBefore;
        return reader;
    }

    private JsonArticleReader(@Nullable InputStream lines, @Nullable Iterator<JsonNode> array, String file,
                              SourceFormat format, ReadOptions options, Consumer<ArticleProblem> problems) {
        this.lines = lines;
        this.array = array;
        this.file = file;
        this.format = format;
        this.options = options;
        this.problems = problems;
    }

    private static Iterator<JsonNode> parseDocument(String json, String file) throws ArticleFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? null : "line " + e.getLocation().getLineNr();
            throw new ArticleFormatException(ArticleProblem.error(file, where, "not valid JSON: " + e.getOriginalMessage()), e);
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

    @Override public Iterator<ArticleRecord> iterator() {
        return new Lookahead<>() {
            @Override protected @Nullable ArticleRecord advance() {
                for (JsonNode node = nextNode(); node != null; node = nextNode()) {
                    ArticleRecord article = toArticle(node);
                    if (article != null) return article;
                }
                return null;
            }
        };
    }

    private @Nullable JsonNode nextNode() {
        if (array != null) {
            if (!array.hasNext()) return null;
            index++;
            return array.next();
        }
        if (failed || lines == null) return null;
        try {
            byte[] line;
            while ((line = readLine(lines)) != null) {
                index++;
                if (lineTooLong) {
                    problems.accept(ArticleProblem.error(file, location(), "the line is over the size limit of "
                            + options.maxInputBytes() + " bytes"));
                    continue;
                }
                Decoding.Decoded decoded = Decoding.decode(line, 0, line.length, null);
                if (decoded.text().isBlank()) continue;
                if (decoded.replaced() > 0)
                    problems.accept(ArticleProblem.warning(file, location(), decoded.replacementReason()));
                try {
                    return JSON.readTree(decoded.text());
                } catch (JacksonException e) {
                    problems.accept(ArticleProblem.error(file, location(), "not a valid JSON object: " + e.getOriginalMessage()));
                }
            }
            return null;
        } catch (IOException e) {
            failed = true;
            index++;
            problems.accept(Inputs.damaged(e, file, location()).problem());
            return null;
        }
    }

    private final ByteArrayOutputStream lineBuffer = new ByteArrayOutputStream();
    private boolean lineTooLong;
    // Bytes read from the input and not yet returned as lines: buffer[position, limit); lines are cut from it in bulk.
    private final byte[] buffer = new byte[1 << 16];
    private int position, limit;
    private boolean ended;

    /** The next line's bytes without its line break; bytes past the size limit are dropped (the line is reported). */
    private byte @Nullable [] readLine(InputStream in) throws IOException {
        lineBuffer.reset();
        long length = 0;
        boolean lineBreak = false;
        while (!lineBreak) {
            if (position == limit) {
                // Ask for no more than the stream has ready: a read that fails part-way (a truncated gzip stream)
                // then loses none of the bytes before the failure, and the lines before the cut are still read.
                int n = ended ? -1 : in.read(buffer, 0, Math.max(1, Math.min(buffer.length, in.available() - 1)));
                if (n < 0) {
                    ended = true;
                    break;
                }
                position = 0;
                limit = n;
                continue;
            }
            int end = position;
            while (end < limit && buffer[end] != '\n') end++;
            long room = options.maxInputBytes() - length;
            if (room > 0) lineBuffer.write(buffer, position, (int) Math.min(end - position, room));
            length += end - position;
            lineBreak = end < limit;
            position = lineBreak ? end + 1 : end;
        }
        if (!lineBreak && length == 0) return null;
        lineTooLong = length > options.maxInputBytes();
        return lineTooLong ? new byte[0] : lineBuffer.toByteArray();
    }

    private String location() {
        return (format == SourceFormat.JSONL ? "line " : "record ") + index;
    }

    private @Nullable ArticleRecord toArticle(JsonNode node) {
        return toArticle(node, file, location(), format, options, problems);
    }

    /**
     * The article of one JSON Lines line, as this reader makes it; null, with the reason given to {@code problems},
     * when the line holds no article. A blank line is no article and no problem.
     */
    static @Nullable ArticleRecord line(String line, String file, String location, ReadOptions options,
                                        Consumer<ArticleProblem> problems) {
        if (line.isBlank()) return null;
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            problems.accept(ArticleProblem.error(file, location, "not a valid JSON object: " + e.getOriginalMessage()));
            return null;
        }
        return toArticle(node, file, location, SourceFormat.JSONL, options, problems);
    }

    private static @Nullable ArticleRecord toArticle(JsonNode node, String file, String location, SourceFormat format,
                                                     ReadOptions options, Consumer<ArticleProblem> problems) {
        if (!node.isObject()) {
            problems.accept(ArticleProblem.error(file, location, "expected an article object, found " + node.getNodeType().name().toLowerCase()));
            return null;
        }
        try {
            ArticleMetadata metadata = JsonArticleFields.metadata(node, file, location);
            String text = JsonArticleFields.text(node, JsonArticleFields.TEXT, file, location);
            var source = new HtmlArticles.Source(file, location, format, options, problems);
            if (text == null || text.isBlank()) {
                String html = JsonArticleFields.text(node, JsonArticleFields.HTML, file, location);
                if (html != null && !html.isBlank()) return HtmlArticles.read(html, metadata.url(), metadata, source);
                problems.accept(ArticleProblem.error(file, location, "the article has no 'text' or 'html' field"));
                return null;
            }
            if (!source.withinLimit(text)) return null;
            return metadata.toRecord(text, file, format);
        } catch (ArticleFormatException e) {
            problems.accept(e.problem());
            return null;
        }
    }

    @Override public void close() throws IOException {
        if (lines != null) lines.close();
    }
}
