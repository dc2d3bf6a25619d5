package org.quotable.extractor.html;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What a news page says about itself: from its JSON-LD {@code NewsArticle} (or any {@code Article} type) first, then
 * OpenGraph and {@code article:} meta tags, then plain HTML ({@code link rel=canonical}, {@code <title>},
 * {@code <html lang>}). Immutable.
 *
 * <pre>{@code
 * PageMetadata meta = PageMetadata.of(Jsoup.parse(html, url));
 * meta.headline();   // "US Offers Security Deal In Ukraine Talks But Territory Still Key"
 * }</pre>
 *
 * @param url       the canonical URL (absolute when the page or its base URI allows), or null
 * @param headline  the article's headline, or null
 * @param published the publication date-time as the page writes it (e.g. {@code 2025-12-16T10:02:00+05:30}), or null
 * @param author    the author names, comma-separated, or null
 * @param publisher the publisher or site name, or null
 * @param language  the page's language tag ({@code en}, {@code en-US}), or null
 */
public record PageMetadata(@Nullable String url, @Nullable String headline, @Nullable String published,
                           @Nullable String author, @Nullable String publisher, @Nullable String language) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    // Parsed once: jsoup parses a query string again on every select.
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
    private static final Evaluator META = QueryParser.parse("meta[content]");
    private static final Evaluator TIME = QueryParser.parse("time[datetime]");
    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
    private static final Evaluator DATE_PUBLISHED = QueryParser.parse("[itemprop=datePublished]");
    private static final Evaluator HTML = QueryParser.parse("html");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public PageMetadata {
        url = blankToNull(url);
        headline = blankToNull(headline);
        published = blankToNull(published);
        author = blankToNull(author);
        publisher = blankToNull(publisher);
        language = blankToNull(language);
    }

    /** The metadata of {@code page}; the document is only read. */
    public static PageMetadata of(Document page) {
        JsonNode ld = newsArticleLd(page);
        Elements metas = page.select(META);   // one pass over the page for every meta tag asked below
        String url = firstNonBlank(
                page.select(CANONICAL).stream().map(e -> e.absUrl("href").isEmpty() ? e.attr("href") : e.absUrl("href")).findFirst().orElse(null),
                meta(metas, "og:url"),
                ld == null ? null : text(ld, "url"),
                ld == null ? null : text(ld.path("mainEntityOfPage"), "@id"));
        String headline = firstNonBlank(ld == null ? null : text(ld, "headline"), meta(metas, "og:title"),
                meta(metas, "twitter:title"), page.title());
        String published = firstNonBlank(ld == null ? null : text(ld, "datePublished"),
                meta(metas, "article:published_time"), itemprop(page),
                meta(metas, "datePublished"), meta(metas, "pubdate"), meta(metas, "publish-date"),
                meta(metas, "date"), meta(metas, "dc.date"), meta(metas, "DC.date.issued"),
                page.select(TIME).stream().map(e -> e.attr("datetime")).findFirst().orElse(null));
        String author = firstNonBlank(ld == null ? null : names(ld.get("author")), meta(metas, "author"),
                meta(metas, "article:author"));
        String publisher = firstNonBlank(ld == null ? null : names(ld.get("publisher")), meta(metas, "og:site_name"),
                meta(metas, "application-name"));
        Element html = page.selectFirst(HTML);
        String language = firstNonBlank(html == null ? null : html.attr("lang"),
                ld == null ? null : text(ld, "inLanguage"), meta(metas, "og:locale"), meta(metas, "content-language"));
        if (language != null) language = language.replace('_', '-');
        return new PageMetadata(url, headline, published, author, publisher, language);
    }

    /** The {@code articleBody} text of the page's JSON-LD article, or null when it has none. */
    static @Nullable String jsonLdArticleBody(Document page) {
        JsonNode ld = newsArticleLd(page);
        if (ld == null || !ld.path("articleBody").isTextual() || ld.path("articleBody").asText().isBlank()) return null;
        return ld.path("articleBody").asText();
    }

    /** The first JSON-LD object whose {@code @type} is an article type (NewsArticle, Article, BlogPosting, ...). */
    private static @Nullable JsonNode newsArticleLd(Document page) {
        JsonNode best = null;
        for (Element script : page.select(JSON_LD)) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (JacksonException e) {
                continue; // a broken JSON-LD block says nothing; the meta tags still may
            }
            var candidates = new ArrayList<JsonNode>();
            collect(root, candidates);
            for (JsonNode node : candidates) {
                if (isArticleType(node.get("@type"))) {
                    if (typeName(node.get("@type")).contains("newsarticle")) return node;
                    if (best == null) best = node;
                }
            }
        }
        return best;
    }

    private static void collect(@Nullable JsonNode node, List<JsonNode> out) {
        if (node == null) return;
        if (node.isArray()) node.forEach(n -> collect(n, out));
        else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out);
        }
    }

    private static boolean isArticleType(@Nullable JsonNode type) {
        String name = typeName(type);
        return name.contains("article") || name.contains("blogposting") || name.contains("reportage");
    }

    private static String typeName(@Nullable JsonNode type) {
        if (type == null) return "";
        if (type.isArray()) {
            var all = new StringBuilder();
            type.forEach(t -> all.append(t.asText()).append(' '));
            return all.toString().toLowerCase(Locale.ROOT);
        }
        return type.asText().toLowerCase(Locale.ROOT);
    }

    private static @Nullable String names(@Nullable JsonNode node) {
        if (node == null || node.isNull()) return null;
        if (node.isTextual()) return node.asText();
        if (node.isObject()) return text(node, "name");
        if (node.isArray()) {
            var names = new ArrayList<String>();
            for (JsonNode n : node) {
                String name = names(n);
                if (name != null && !name.isBlank() && !names.contains(name.strip())) names.add(name.strip());
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return null;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (value.isArray() && !value.isEmpty()) value = value.get(0);
        return value.isValueNode() ? value.asText() : null;
    }

    /** The content of the first of the page's meta tags that bears {@code name}. */
    private static @Nullable String meta(Elements metas, String name) {
        for (Element e : metas) {
            if (name.equalsIgnoreCase(e.attr("property")) || name.equalsIgnoreCase(e.attr("name"))
                    || name.equalsIgnoreCase(e.attr("itemprop")) || name.equalsIgnoreCase(e.attr("http-equiv")))
                return e.attr("content");
        }
        return null;
    }

    /** The date of the page's {@code [itemprop=datePublished]} element. */
    private static @Nullable String itemprop(Document page) {
        Element e = page.selectFirst(DATE_PUBLISHED);
        if (e == null) return null;
        for (String attr : List.of("content", "datetime")) if (e.hasAttr(attr)) return e.attr(attr);
        return e.text();
    }

    private static @Nullable String firstNonBlank(@Nullable String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        if (s == null) return null;
        String folded = WHITESPACE.matcher(s).replaceAll(" ").strip();
        return folded.isEmpty() ? null : folded;
    }
}
