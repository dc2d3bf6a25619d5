package org.quotable.extractor.article;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.SourceFormat;

/**
 * Reads a plain text or Markdown article: text (decoded by the caller), blank lines between paragraphs, and optionally a YAML front
 * matter block ({@code ---} … {@code ---}) with {@code id}, {@code title}, {@code url}, {@code published},
 * {@code publisher} and {@code language}. One article per file.
 */
final class TextArticleReader implements ArticleReader {
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\r?\\n(.*?)\\r?\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)", Pattern.DOTALL);

    private final ArticleRecord article;

    TextArticleReader(String content, String file, ReadOptions options) throws ArticleFormatException {
        ArticleMetadata metadata = ArticleMetadata.NONE;
        String body = content;
        Matcher m = FRONT_MATTER.matcher(content);
        if (m.find()) {
            metadata = frontMatter(m.group(1), file);
            body = content.substring(m.end());
        }
        if (body.isBlank())
            throw new ArticleFormatException(ArticleProblem.error(file, null, "the article has no text"));
        if (body.length() > options.maxArticleChars())
            throw new ArticleFormatException(ArticleProblem.error(file, null, "the article has " + body.length()
                    + " characters of text, over the limit of " + options.maxArticleChars()
                    + " (--max-article-chars); split it or raise the limit"));
        article = metadata.toRecord(body, file, SourceFormat.TEXT);
    }

    private static ArticleMetadata frontMatter(String yaml, String file) throws ArticleFormatException {
        JsonNode node;
        try {
            node = YAML.readTree(yaml);
        } catch (JacksonException e) {
            // Jackson's message quotes the YAML around the error over several lines; one line with its place is enough.
            String where = e.getLocation() == null ? "front matter" : "front matter line " + (e.getLocation().getLineNr() + 1);
            String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("").strip();
            throw new ArticleFormatException(ArticleProblem.error(file, where, "the YAML front matter is not valid YAML: " + reason), e);
        }
        if (node == null || node.isMissingNode() || node.isNull()) return ArticleMetadata.NONE;
        if (!node.isObject())
            throw new ArticleFormatException(ArticleProblem.error(file, "front matter",
                    "the YAML front matter must be a mapping of fields (title: …, url: …)"));
        return JsonArticleFields.metadata(node, file, "front matter", false);
    }

    @Override public Iterator<ArticleRecord> iterator() {
        return List.of(article).iterator();
    }

    @Override public void close() {}
}
