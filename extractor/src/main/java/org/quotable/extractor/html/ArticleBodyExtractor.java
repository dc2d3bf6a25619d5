package org.quotable.extractor.html;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Finds the article body of a news page: its paragraphs, in page order, without navigation, ads, captions, comment
 * threads or related links. Immutable and thread-safe; share one instance.
 *
 * <p>The rules are general, not per site. Elements that are never body text (scripts, navigation, asides, figures,
 * forms' controls, hidden elements) and elements whose class or id names them as page furniture (comments,
 * sharing, related stories, newsletters, captions) are dropped first. The body is then the page's own
 * {@code [itemprop=articleBody]} when it has one, else the block that a readability-style score picks: every
 * paragraph of real text gives points to its ancestors, discounted by how much of an ancestor's text is links, and
 * the best-scoring block is taken together with the siblings that score nearly as well and with other chunks of a
 * body split between ads. Inside the body, block elements become paragraphs; the page title ({@code h1}), link lists,
 * paragraphs that are mostly links, lone labels ("Advertisement"), short bylines, time stamps and copyright lines are
 * dropped. When the markup yields much less text than the page's JSON-LD
 * {@code articleBody} says the body is (a page rendered by script), that text is used instead.
 *
 * <pre>{@code
 * List<String> paragraphs = ArticleBodyExtractor.standard().paragraphs(Jsoup.parse(html, url));
 * }</pre>
 *
 * <p>Work is linear in the size of the page.
 */
public final class ArticleBodyExtractor {
    private static final ArticleBodyExtractor STANDARD = new ArticleBodyExtractor();

    /** Elements that never hold article text (parsed once: jsoup parses a query string again on every select). */
    private static final Evaluator NEVER_BODY = QueryParser.parse("script, style, noscript, template, iframe, svg, canvas, button, input, "
            + "select, textarea, nav, aside, footer, figure, figcaption, picture, video, audio, object, embed, map, "
            + "dialog, menu, header, [hidden], [aria-hidden=true], [role=navigation], [role=complementary], "
            + "[role=contentinfo], [role=banner], [role=dialog], [style~=(?i)display:\\s*none], "
            + "[style~=(?i)visibility:\\s*hidden], [itemprop=video], [itemprop=associatedMedia], [itemprop=image]");

    /** The page's own declaration of its body. */
    private static final Evaluator DECLARED_BODY = QueryParser.parse("[itemprop=articleBody], [itemprop=articlebody]");
    /** The blocks of a JSON-LD {@code articleBody} written as HTML, and those of them that hold other paragraphs. */
    private static final Evaluator FRAGMENT_BLOCKS = QueryParser.parse("p, li, h2, h3, h4, h5, h6, blockquote, pre");
    private static final Evaluator FRAGMENT_PARAGRAPHS = QueryParser.parse("p, li, blockquote");
    /** A full stop that ends a sentence somewhere in a short paragraph. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?s).*\\.( |$).*");

    /** Class or id words of page furniture. */
    private static final Pattern FURNITURE = Pattern.compile(
            "share|sharing|social|related|recommend|newsletter|subscri|signup|sign-up|promo|"
            + "advert|sponsor|outbrain|taboola|caption|credit|breadcrumb|sidebar|cookie|consent|gdpr|popup|modal|"
            + "banner|masthead|footer|\\bnav\\b|navbar|navigation|menu|toolbar|pagination|pager|byline|author-bio|"
            + "tags|tag-list|topics|more-stories|read-more|readmore|most-popular|mostpopular|trending|"
            + "\\bads?\\b|-ads?\\b|\\bads?-|ad-slot|adslot|dfp|skyscraper|right-rail|print-only|visually-hidden|sr-only|"
            + "screen-reader|inline-related|also-read|see-also|playlist|video-player|gallery|slideshow|"
            + "correction-link|tooltip|signin|poll|quiz");

    /** Class or id words of reader discussion, removed whatever their size. */
    private static final Pattern DISCUSSION = Pattern.compile("comments?\\b|comment-|disqus|replies|discussion|\\brespond\\b");

    /** Class or id words of a body container: they protect it from {@link #FURNITURE}. */
    private static final Pattern BODY_WORDS = Pattern.compile("article-?body|articlebody|story-?body|post-?body|"
            + "entry-?content|article-?content|story-?content|post-?content|main-?content|body-?text|article-?text");

    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story");
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|"
            + "masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|"
            + "shopping|tags|tool|widget");

    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "caption", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "nav",
            "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    /** Block elements that hold other blocks; text directly in them scores for them, not their parent. */
    private static final Set<String> CONTAINER_TAGS = Set.of("div", "section", "article", "main", "td", "body");

    private static final Pattern BOILERPLATE = Pattern.compile("(?i)(advertisement|advertising|advert|ad|sponsored|comments|"
            + "read more|continue reading|related|related articles?|related stories|more on this|share|share this|"
            + "share this (article|story)|follow us|sign up|subscribe|click here|loading|image|photo|video|"
            + "story continues below( advertisement)?|article continues below( advertisement)?)[\\s:.…]*");

    /** A short line that is a byline or a time stamp: "By Jane Doe - 03/04/26", "Updated at 9:41 a.m.". */
    private static final Pattern BYLINE = Pattern.compile("^(?:[Bb]y\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}"
            + "\\s*(?:[-|–—]|$)|(?i:updated|published|posted|last updated|first published)\\b.{0,40}\\d)");
    /** A short line that is the site's copyright notice. */
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)©|\\(c\\) ?\\d{4}|copyright|all rights reserved");

    private static final int MIN_PARAGRAPH_CHARS = 25;
    /** Below this share of the JSON-LD {@code articleBody}'s length, the markup's body is taken to be incomplete. */
    private static final double JSON_LD_SHARE = 0.6;
    /** Text (not links) that marks an element as a wrapper of the body whatever its name. */
    private static final int LARGE_TEXT = 1000;

    private ArticleBodyExtractor() {}

    /** The standard extractor. */
    public static ArticleBodyExtractor standard() {
        return STANDARD;
    }

    /** The body paragraphs of the HTML page {@code html}, as {@link #paragraphs(Document)} finds them. */
    public List<String> paragraphs(String html, String baseUri) {
        return extract(Jsoup.parse(requireNonNull(html, "html"), requireNonNull(baseUri, "baseUri")));
    }

    /**
     * The body paragraphs of {@code page}, in page order, each with its inner whitespace as the page has it (line
     * breaks from {@code <br>}); empty when the page has no article body. The document is not changed.
     */
    public List<String> paragraphs(Document page) {
        return extract(page.clone());
    }

    /**
     * The body paragraphs of {@code page}, as {@link #paragraphs(Document)} finds them, without copying the page
     * first: the document is changed (furniture removed), so only a caller that is done with it may use this (the
     * readers of HTML inputs, which read the page's metadata first).
     */
    public List<String> paragraphsInPlace(Document page) {
        return extract(page);
    }

    private List<String> extract(Document doc) {
        String declared = PageMetadata.jsonLdArticleBody(doc);
        List<String> fromPage = extractFromMarkup(doc);
        if (declared == null) return fromPage;
        int pageChars = 0;
        for (String p : fromPage) pageChars += p.length();
        if (pageChars >= JSON_LD_SHARE * declared.length()) return fromPage;
        // The markup gave much less than the page's own JSON-LD says the body is (a script-rendered page): use that.
        var paragraphs = new ArrayList<String>();
        if (declared.contains("<")) {
            Document fragment = Jsoup.parseBodyFragment(declared);
            for (Element block : fragment.body().select(FRAGMENT_BLOCKS))
                if (block.select(FRAGMENT_PARAGRAPHS).size() <= 1 && !block.text().isBlank()) paragraphs.add(block.text());
            if (paragraphs.isEmpty()) paragraphs.add(fragment.body().text());
        } else {
            for (String p : declared.split("\\n")) if (!p.isBlank()) paragraphs.add(p.strip());
        }
        return paragraphs;
    }

    private List<String> extractFromMarkup(Document doc) {
        Element body = doc.body();
        removeFurniture(body);
        Layout layout = Layout.of(body);
        List<Element> containers = declaredBody(body, layout);
        if (containers.isEmpty()) containers = scoredBody(body, layout);
        if (containers.isEmpty()) return List.of();
        Set<Element> inside = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element c : containers) {
            inside.add(c);
            c.getAllElements().forEach(inside::add);
        }
        var out = new ArrayList<String>();
        for (Block block : layout.blocks) {
            if (!inside.contains(block.owner) || layout.junk.contains(block.owner)) continue;
            String text = block.text.strip();
            if (text.isEmpty()) continue;
            if (block.owner.normalName().equals("h1")) continue;
            if (block.linkChars > 0.5 * block.chars) continue;
            if (BOILERPLATE.matcher(text).matches()) continue;
            if (text.length() < 60 && BYLINE.matcher(text).find() || text.length() < 160 && COPYRIGHT.matcher(text).find())
                continue;
            out.add(text);
        }
        return out;
    }

    /**
     * Drops elements that are never body text and elements named as page furniture, unless they hold the page's
     * declared body or a lot of text that is not links (then the name is a wrapper's, like "page-with-sidebar").
     */
    private static void removeFurniture(Element body) {
        Layout before = Layout.of(body);
        Set<Element> keep = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element declared : body.select(DECLARED_BODY)) {
            for (Element e = declared; e != null; e = e.parent()) if (!keep.add(e)) break;
        }
        int pageProse = before.chars(body) - before.linkChars(body);
        var remove = new ArrayList<Element>();
        for (Element e : body.select(NEVER_BODY)) if (!keep.contains(e)) remove.add(e);
        for (Element e : body.getAllElements()) {
            if (e == body || keep.contains(e)) continue;
            String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (names.isBlank() || BODY_WORDS.matcher(names).find()) continue;
            String tag = e.normalName();
            if (tag.equals("article") || tag.equals("main")) continue;
            if (DISCUSSION.matcher(names).find()) {
                remove.add(e);
                continue;
            }
            if (!FURNITURE.matcher(names).find()) continue;
            if (names.contains("embed") && !e.getElementsByTag("blockquote").isEmpty()) continue;  // an embedded post
            int prose = before.chars(e) - before.linkChars(e);
            if (prose >= LARGE_TEXT && before.linkDensity(e) < 0.3 || prose >= 0.5 * pageProse) continue;
            remove.add(e);
        }
        removeAll(remove);
    }

    /**
     * Removes the elements, rebuilding each affected parent's children once: removing them one by one would shift
     * and renumber the remaining siblings every time, which is quadratic in a long run of siblings.
     */
    private static void removeAll(List<Element> elements) {
        Set<Node> gone = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        gone.addAll(elements);
        Set<Element> parents = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : elements) if (e.parent() != null) parents.add(e.parent());
        for (Element parent : parents) {
            var keep = new ArrayList<Node>(parent.childNodeSize());
            for (Node child : parent.childNodes()) if (!gone.contains(child)) keep.add(child);
            parent.empty();
            parent.appendChildren(keep);
        }
    }

    /** The page's own {@code [itemprop=articleBody]} elements that hold text, outermost only. */
    private static List<Element> declaredBody(Element body, Layout layout) {
        var found = new ArrayList<Element>();
        for (Element e : body.select(DECLARED_BODY)) {
            if (layout.chars(e) < 100) continue;
            if (found.stream().anyMatch(f -> e.parents().contains(f))) continue;
            found.add(e);
        }
        return found;
    }

    /** The best-scoring block and its siblings that score nearly as well. */
    private static List<Element> scoredBody(Element body, Layout layout) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Block block : layout.blocks) {
            if (block.chars < MIN_PARAGRAPH_CHARS) continue;
            double score = 1 + commas(block.text) + Math.min(block.chars / 100.0, 3);
            String tag = block.owner.normalName();
            Element ancestor = tag.equals("p") || layout.hasDirectText(block.owner) && !CONTAINER_TAGS.contains(tag)
                    ? block.owner.parent() : block.owner;
            for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.put(ancestor, scores.computeIfAbsent(ancestor, ArticleBodyExtractor::initialScore) + score / divider);
            }
        }
        if (scores.isEmpty()) {
            // No paragraph long enough to score: a tiny page or fragment is its own body, unless it is all links.
            return layout.chars(body) > 0 && layout.linkDensity(body) <= 0.5 ? List.of(body) : List.of();
        }
        Map<Element, Double> finals = new IdentityHashMap<>();
        Element top = null;
        double topScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double fin = e.getValue() * (1 - layout.linkDensity(e.getKey()));
            finals.put(e.getKey(), fin);
            if (fin > topScore) {
                top = e.getKey();
                topScore = fin;
            }
        }
        // Several strong candidates under one ancestor: the body is split into parts; take the ancestor. The five
        // best others are picked by a few linear passes, not by sorting every candidate.
        var alternatives = new ArrayList<Element>();
        Set<Element> picked = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        picked.add(top);
        for (int round = 0; round < 5; round++) {
            Element best = null;
            double bestScore = 0.75 * topScore;
            for (Map.Entry<Element, Double> e : finals.entrySet()) {
                if (e.getValue() >= bestScore && !picked.contains(e.getKey())) {
                    best = e.getKey();
                    bestScore = e.getValue();
                }
            }
            if (best == null) break;
            picked.add(best);
            alternatives.add(best);
        }
        if (alternatives.size() >= 3) {
            Element parent = top.parent();
            while (parent != null && parent != body) {
                final Element p = parent;
                long contained = alternatives.stream().filter(a -> a == p || a.parents().contains(p)).count();
                if (contained >= 3) {
                    top = parent;
                    break;
                }
                parent = parent.parent();
            }
        }
        Element core = top;
        // Climb while the parent holds hardly more than the candidate (a wrapper).
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) top = top.parent();

        double threshold = Math.max(10, finals.getOrDefault(top, topScore) * 0.2);
        Element parent = top.parent();
        if (parent == null) return List.of(top);
        var parts = new ArrayList<Element>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                parts.add(sibling);
                continue;
            }
            double bonus = 0;
            if (!top.className().isEmpty() && top.className().equals(sibling.className()))
                bonus = finals.getOrDefault(top, 0.0) * 0.2;
            Double s = finals.get(sibling);
            if (s != null && s + bonus >= threshold) {
                parts.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                int chars = layout.chars(sibling);
                double density = layout.linkDensity(sibling);
                String text = sibling.text();
                if (chars > 80 && density < 0.25 || chars > 0 && chars <= 80 && density == 0 && SENTENCE_END.matcher(text).matches())
                    parts.add(sibling);
            }
        }
        addChunks(core, parts, finals, Math.max(10, finals.getOrDefault(core, topScore) * 0.2), layout);
        return parts;
    }

    /**
     * Adds the other chunks of a body that the page splits (between ads, for instance): elements elsewhere with the
     * same tag and class as the best block that score above the threshold themselves. In page order.
     */
    private static void addChunks(Element top, List<Element> parts, Map<Element, Double> finals, double threshold,
                                  Layout layout) {
        if (top.className().isBlank()) return;
        Element root = top.ownerDocument() == null ? null : top.ownerDocument().body();
        if (root == null) return;
        boolean added = false;
        for (Element e : root.getElementsByTag(top.normalName())) {
            if (e == top || !e.className().equals(top.className()) || parts.contains(e)) continue;
            if (finals.getOrDefault(e, 0.0) < threshold || layout.linkDensity(e) > 0.3) continue;
            if (parts.stream().anyMatch(p -> e.parents().contains(p) || p.parents().contains(e))) continue;
            parts.add(e);
            added = true;
        }
        if (!added) return;
        Set<Element> chosen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.addAll(parts);
        parts.clear();
        for (Element e : root.getAllElements()) if (chosen.contains(e)) parts.add(e);   // page order
    }

    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(e);
    }

    private static double classWeight(Element e) {
        double weight = 0;
        for (String name : List.of(e.className().toLowerCase(Locale.ROOT), e.id().toLowerCase(Locale.ROOT))) {
            if (name.isEmpty()) continue;
            if (NEGATIVE.matcher(name).find()) weight -= 25;
            if (POSITIVE.matcher(name).find()) weight += 25;
        }
        return weight;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == ',' || text.charAt(i) == '，') n++;
        return n;
    }

    /** A stretch of text between block boundaries, and the innermost block element it belongs to. */
    private record Block(Element owner, String text, int chars, int linkChars) {}

    /**
     * One pass over the body: its text blocks in order, and for each element the number of text and link characters
     * below it (summed bottom-up, so the pass is linear).
     */
    private static final class Layout implements NodeVisitor {
        final List<Block> blocks = new ArrayList<>();
        final Set<Element> junk = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        private final Map<Element, int[]> counts = new IdentityHashMap<>();   // {text chars, link chars}
        private final Set<Element> directText = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        private final ArrayList<Element> open = new ArrayList<>();
        private StringBuilder text = new StringBuilder();
        private int linkDepth;
        private int blockLinkChars;

        static Layout of(Element body) {
            var layout = new Layout();
            layout.open.add(body);
            NodeTraversor.traverse(layout, body);
            layout.flush();
            layout.markJunk(body);
            return layout;
        }

        int chars(Element e) {
            int[] c = counts.get(e);
            return c == null ? 0 : c[0];
        }

        int linkChars(Element e) {
            int[] c = counts.get(e);
            return c == null ? 0 : c[1];
        }

        double linkDensity(Element e) {
            int[] c = counts.get(e);
            return c == null || c[0] == 0 ? 0 : (double) c[1] / c[0];
        }

        boolean hasDirectText(Element e) {
            return directText.contains(e);
        }

        @Override public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                text.append(s);
                int visible = visibleLength(s);
                if (linkDepth > 0) blockLinkChars += visible;
                if (visible > 0) directText.add(open.get(open.size() - 1));
                if (node.parent() instanceof Element parent) {
                    int[] c = counts.computeIfAbsent(parent, k -> new int[2]);
                    c[0] += visible;
                    if (linkDepth > 0) c[1] += visible;
                }
            } else if (node instanceof Element e) {
                if (e.normalName().equals("a")) linkDepth++;
                else if (e.normalName().equals("br")) text.append('\n');
                else if (BLOCK_TAGS.contains(e.normalName())) {
                    flush();
                    open.add(e);
                }
            }
        }

        @Override public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) return;
            if (e.normalName().equals("a")) linkDepth--;
            else if (BLOCK_TAGS.contains(e.normalName()) && open.size() > 1 && open.get(open.size() - 1) == e) {
                flush();
                open.remove(open.size() - 1);
            }
            int[] c = counts.get(e);
            if (c != null && e.parent() != null) {
                int[] p = counts.computeIfAbsent(e.parent(), k -> new int[2]);
                p[0] += c[0];
                p[1] += c[1];
            }
        }

        private void flush() {
            int chars = visibleLength(text);
            if (chars > 0) blocks.add(new Block(open.get(open.size() - 1), text.toString(), chars, blockLinkChars));
            text = new StringBuilder();
            blockLinkChars = 0;
        }

        /** Marks link lists and other link-dense blocks inside the body, top-down, so each child inherits it. */
        private void markJunk(Element root) {
            NodeTraversor.traverse((node, depth) -> {
                if (!(node instanceof Element e)) return;
                Element parent = e.parent();
                if (parent != null && junk.contains(parent)) {
                    junk.add(e);
                    return;
                }
                String tag = e.normalName();
                if (!(tag.equals("div") || tag.equals("section") || tag.equals("ul") || tag.equals("ol")
                        || tag.equals("table") || tag.equals("dl"))) return;
                int chars = chars(e);
                if (chars > 0 && chars < 1000 && linkDensity(e) > 0.5) junk.add(e);
            }, root);
        }

        private static int visibleLength(CharSequence s) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00A0') n++;
            return n;
        }
    }
}
