package org.quotable.extractor.article;

import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.quotable.extractor.html.ArticleBodyExtractor;
import org.quotable.extractor.html.PageMetadata;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.SourceFormat;

/** Turns one HTML page into an article, wherever the page came from (.html file, JSON {@code html} field, WARC). */
final class HtmlArticles {
    private static final ArticleBodyExtractor BODY = ArticleBodyExtractor.standard();

    private HtmlArticles() {}

    /**
     * Decodes the page's bytes (byte order mark, else {@code httpCharset}, else its {@code meta charset}, else UTF-8;
     * replaced bytes are reported) and reads it with {@link #read(String, String, ArticleMetadata, Source)}.
     */
    static @Nullable ArticleRecord read(byte[] page, @Nullable Charset httpCharset, @Nullable String baseUri,
                                        ArticleMetadata given, Source source) {
        Charset declared = httpCharset != null ? httpCharset : Decoding.htmlMetaCharset(page).orElse(null);
        Decoding.Decoded decoded = Decoding.decode(page, 0, page.length, declared);
        if (decoded.replaced() > 0) source.warn(decoded.replacementReason());
        return read(decoded.text(), baseUri, given, source);
    }

    /**
     * The article of an HTML page: its body paragraphs, and metadata from {@code given} where it says something,
     * else from the page (JSON-LD, OpenGraph, canonical link, lang). Null, with an error reported, when the page has
     * no article body or the body is over the size limit.
     */
    static @Nullable ArticleRecord read(String html, @Nullable String baseUri, ArticleMetadata given, Source source) {
        Document page = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        PageMetadata meta = PageMetadata.of(page);    // first: the body extraction changes the page
        List<String> paragraphs = BODY.paragraphsInPlace(page);
        String text = TextNormalizer.normalizeParagraphs(paragraphs);
        if (text.isEmpty()) {
            source.error("no article body found in the HTML page (no [itemprop=articleBody] and no block of "
                    + "paragraphs); it may be an index page or need JavaScript");
            return null;
        }
        if (!source.withinLimit(text)) return null;
        var fromPage = new ArticleMetadata(null, meta.url(), meta.headline(), meta.publisher(),
                ArticleMetadata.parseDate(meta.published()).orElse(null), meta.language());
        return given.orElse(fromPage).toRecord(text, source.file(), source.format());
    }

    /** Where an article comes from, for its record and its problems; also checks the size limit. */
    record Source(String file, @Nullable String location, SourceFormat format, ReadOptions options,
                  Consumer<ArticleProblem> problems) {
        void warn(String reason) {
            problems.accept(ArticleProblem.warning(file, location, reason));
        }

        void error(String reason) {
            problems.accept(ArticleProblem.error(file, location, reason));
        }

        /** Whether {@code text} is within {@link ReadOptions#maxArticleChars()}; reports it when not. */
        boolean withinLimit(String text) {
            if (text.length() <= options.maxArticleChars()) return true;
            error("the article has " + text.length() + " characters of text, over the limit of "
                    + options.maxArticleChars() + " (--max-article-chars); split it or raise the limit");
            return false;
        }
    }
}
