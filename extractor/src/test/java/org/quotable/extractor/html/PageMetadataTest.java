package org.quotable.extractor.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageMetadataTest {

    @Test void jsonLdNewsArticleComesFirst() throws IOException {
        String html = Files.readString(Path.of("src/test/resources/articles/html/news-page.html"));
        assertThat(PageMetadata.of(Jsoup.parse(html, "https://courier.example/"))).isEqualTo(new PageMetadata(
                "https://courier.example/news/2024/03/harbour-bridge-reopens", "Harbour bridge reopens after repairs",
                "2024-03-02T07:30:00+01:00", "Ana Ruiz, Tom Berg", "The Coastal Courier", "en-GB"));
    }

    @Test void openGraphAndArticleMetaWithoutJsonLd() {
        String html = "<html lang=\"fr\"><head><title>Titre de la page</title>"
                + "<meta property=\"og:title\" content=\"Le titre\"><meta property=\"og:site_name\" content=\"Le Journal\">"
                + "<meta property=\"og:url\" content=\"https://journal.example/a\">"
                + "<meta property=\"article:published_time\" content=\"2023-11-05T18:00:00+01:00\">"
                + "<meta name=\"author\" content=\"Marie Curie\"></head><body></body></html>";
        assertThat(PageMetadata.of(Jsoup.parse(html, ""))).isEqualTo(new PageMetadata("https://journal.example/a",
                "Le titre", "2023-11-05T18:00:00+01:00", "Marie Curie", "Le Journal", "fr"));
    }

    @Test void relativeCanonicalLinksAreResolvedAndBrokenJsonLdIsIgnored() {
        String html = "<html><head><title> Plain   title </title><link rel=\"canonical\" href=\"/news/1\">"
                + "<script type=\"application/ld+json\">{ this is not json </script></head><body></body></html>";
        assertThat(PageMetadata.of(Jsoup.parse(html, "https://site.example/x?y=1"))).isEqualTo(
                new PageMetadata("https://site.example/news/1", "Plain title", null, null, null, null));
    }
}
