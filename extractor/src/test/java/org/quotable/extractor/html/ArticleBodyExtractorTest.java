package org.quotable.extractor.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The body of a page, without its furniture; each case is a small page written for it. */
class ArticleBodyExtractorTest {
    private final ArticleBodyExtractor extractor = ArticleBodyExtractor.standard();

    @Test void newsPageKeepsTheBodyAndDropsNavigationCaptionsRelatedLinksAndComments() throws IOException {
        String html = Files.readString(Path.of("src/test/resources/articles/html/news-page.html"));
        Document page = Jsoup.parse(html, "https://courier.example/");
        String before = page.outerHtml();
        assertThat(extractor.paragraphs(page)).containsExactly(
                "The harbour bridge reopened to traffic on Saturday after eight months of repairs, the city council said.",
                "\"We are proud of the crews who worked through the winter,\" said Mayor Lena Holm, who cut the ribbon at\n           the northern end.",
                "Delays and costs",
                "The work cost 12\u00a0million euros, two more than planned, because corroded cables had to be replaced.",
                "Cyclists will have to wait until April for the new lane, officials added.\nBuses return on Monday.");
        assertThat(page.outerHtml()).as("the caller's document is not changed").isEqualTo(before);
    }

    @Test void theDeclaredArticleBodyWinsOverALongerBlock() {
        String html = "<html><body><div class=\"teasers\">" + "<p>A teaser paragraph of some length, with commas, and more words.</p>".repeat(6)
                + "</div><div itemprop=\"articleBody\"><p>The real article is this one, marked by the page itself.</p>"
                + "<p>It has a second paragraph, which is kept too, and a third one after it that makes the body long "
                + "enough to be trusted as the article rather than a summary.</p></div></body></html>";
        assertThat(extractor.paragraphs(html, "https://example.org/")).containsExactly(
                "The real article is this one, marked by the page itself.", "It has a second paragraph, which is kept "
                        + "too, and a third one after it that makes the body long enough to be trusted as the article "
                        + "rather than a summary.");
    }

    @Test void withoutMarkupTheBestScoringBlockIsTaken() {
        String html = "<html><body>"
                + "<div id=\"menu\"><ul><li><a href=\"/1\">World</a></li><li><a href=\"/2\">Business</a></li></ul></div>"
                + "<div class=\"x1\"><p>Short promo, with a link: <a href=\"/p\">read this other story now, please</a></p></div>"
                + "<div class=\"x2\"><p>Rain fell across the region on Tuesday, flooding roads, fields and cellars.</p>"
                + "<p>The weather service said more rain, wind and hail would follow, and warned drivers.</p>"
                + "<div>Schools in three towns stayed closed, the education office said.</div></div>"
                + "<div class=\"x3\">Copyright 2024</div></body></html>";
        assertThat(extractor.paragraphs(html, "https://example.org/")).containsExactly(
                "Rain fell across the region on Tuesday, flooding roads, fields and cellars.",
                "The weather service said more rain, wind and hail would follow, and warned drivers.",
                "Schools in three towns stayed closed, the education office said.");
    }

    @Test void aBodySplitIntoChunksBetweenAdsIsJoined() {
        String chunk = "<div class=\"grid\"><div class=\"story-chunk\">%s</div><div class=\"rail\">Ad</div></div>";
        String html = "<html><body><article>"
                + chunk.formatted("<p>The first chunk of the story tells, at some length, what happened on Friday night.</p>"
                        + "<p>It goes on, with details, names, places and times, for a second paragraph.</p>")
                + "<div class=\"ad-break\">Advertisement</div>"
                + chunk.formatted("<p>The second chunk, after the ad, has the reactions, quotes and what comes next.</p>")
                + "</article></body></html>";
        assertThat(extractor.paragraphs(html, "https://example.org/")).containsExactly(
                "The first chunk of the story tells, at some length, what happened on Friday night.",
                "It goes on, with details, names, places and times, for a second paragraph.",
                "The second chunk, after the ad, has the reactions, quotes and what comes next.");
    }

    @Test void linkListsInsideTheBodyAreDropped() {
        String html = "<html><body><article><p>The council approved the budget on Monday, after a long debate, by one vote.</p>"
                + "<ul><li><a href=\"/a\">Budget: what changes for you</a></li><li><a href=\"/b\">Who voted how</a></li></ul>"
                + "<p>Read more: <a href=\"/c\">the full list of cuts and the opposition's response</a></p>"
                + "<p>The new budget takes effect in January, the mayor said.</p></article></body></html>";
        assertThat(extractor.paragraphs(html, "https://example.org/")).containsExactly(
                "The council approved the budget on Monday, after a long debate, by one vote.",
                "The new budget takes effect in January, the mayor said.");
    }

    @Test void layoutClassesThatLookLikeFurnitureDoNotHideAShortBody() {
        String html = "<html><body><div class=\"responsive-container overflow-hidden\"><div class=\"commentary\">"
                + "<p>A short opinion piece, of two sentences, still has a body.</p><p>This is its second sentence.</p>"
                + "</div></div><div class=\"comments\"><p>A reader comment that is long enough to score, with commas, too.</p>"
                + "</div></body></html>";
        assertThat(extractor.paragraphs(html, "https://example.org/")).containsExactly(
                "A short opinion piece, of two sentences, still has a body.", "This is its second sentence.");
    }

    @Test void aScriptRenderedPageFallsBackToItsJsonLdArticleBody() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"H\", "
                + "\"articleBody\": \"The page renders this text with JavaScript.\\nIts JSON-LD still carries it, paragraph by paragraph.\"}"
                + "</script></head><body><div id=\"app\">Loading</div></body></html>";
        assertThat(extractor.paragraphs(html, "https://example.org/")).containsExactly(
                "The page renders this text with JavaScript.", "Its JSON-LD still carries it, paragraph by paragraph.");
    }

    @Test void bylinesTimeStampsAndCopyrightLinesAreDroppedButSentencesThatLookSimilarAreKept() {
        String html = "<html><body><article><div class=\"story\">"
                + "<div>By Jane Doe - 03/04/26 09:15 AM EST</div><div>Updated at 9:41 a.m.</div>"
                + "<p>By Monday, 3 people had died in the floods, and 40 more were missing, the police said.</p>"
                + "<p>Rescue teams from two countries, with boats and helicopters, searched the valley all night.</p>"
                + "<p>Copyright 2019 The Daily Example. All rights reserved.</p></div></article></body></html>";
        assertThat(extractor.paragraphs(html, "https://example.org/")).containsExactly(
                "By Monday, 3 people had died in the floods, and 40 more were missing, the police said.",
                "Rescue teams from two countries, with boats and helicopters, searched the valley all night.");
    }

    @Test void embeddedPostsAreKeptThoughTheirWrapperIsNamedSocial() {
        String html = "<html><body><article><div class=\"entry-content\">"
                + "<p>The campaign was mocked online within hours of its launch on Monday, by people across the state.</p>"
                + "<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>Yes this is real and the state "
                + "paid for it.</p>&mdash; A Reader (@reader) <a href=\"https://x.example/1\">November 18, 2019</a></blockquote></div>"
                + "<div class=\"social-share\"><a href=\"#\">Share on Facebook</a></div>"
                + "<p>The governor defended the slogan, saying it had got people talking, which was the point of it.</p>"
                + "</div></article></body></html>";
        assertThat(extractor.paragraphs(html, "https://example.org/")).containsExactly(
                "The campaign was mocked online within hours of its launch on Monday, by people across the state.",
                "Yes this is real and the state paid for it.",
                "\u2014 A Reader (@reader) November 18, 2019",
                "The governor defended the slogan, saying it had got people talking, which was the point of it.");
    }

    @Test void aPageWithoutTextHasNoBody() {
        assertThat(extractor.paragraphs("<html><body><nav><a href=\"/\">Home</a></nav></body></html>", "https://example.org/"))
                .isEmpty();
    }
}
