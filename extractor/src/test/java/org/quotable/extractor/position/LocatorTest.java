package org.quotable.extractor.position;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotable.extractor.ExtractorOptions;
import org.quotable.extractor.QuoteExtractor;
import org.quotable.extractor.TestArticles;
import org.quotable.schema.QuoteRecord;

class LocatorTest {
    private static final QuoteExtractor EXTRACTOR = QuoteExtractor.create(ExtractorOptions.DEFAULT);

    static Stream<String> articles() throws IOException {
        return Stream.of("emoji-and-scripts.txt", "multi-paragraph.txt").map(LocatorTest::read);
    }

    private static String read(String name) {
        try (InputStream in = LocatorTest.class.getResourceAsStream("/articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Python's {@code text[start:end]}: code point slicing. */
    private static String slice(String text, int start, int end) {
        int[] cps = text.codePoints().toArray();
        return new String(cps, start, end - start);
    }

    @ParameterizedTest @MethodSource("articles")
    void everyRecordSlicesBackToItsQuoteInCodePoints(String text) {
        List<QuoteRecord> records = EXTRACTOR.extract(TestArticles.of(text));
        assertThat(records).isNotEmpty();
        for (QuoteRecord r : records) {
            assertThat(slice(text, r.start(), r.end())).isEqualTo(r.quote());
            assertThat(r.quoteId()).isEqualTo(QuoteRecord.idOf(r.articleId(), r.start(), r.end()));
        }
    }

    @Test void offsetsCountCodePointsNotChars() {
        String text = read("emoji-and-scripts.txt");
        QuoteRecord first = EXTRACTOR.extract(TestArticles.of(text)).get(0);
        assertThat(first.quote()).isEqualTo("We will rebuild every 🏠 and every school 𝒮,");
        int charIndex = text.indexOf("We will rebuild");
        assertThat(first.start()).isEqualTo(text.codePointCount(0, charIndex)).isLessThan(charIndex);
        assertThat(first.end() - first.start()).isEqualTo(first.quote().codePointCount(0, first.quote().length()));
        assertThat(first.paragraph()).isEqualTo(1);
        assertThat(first.speaker()).isEqualTo("Olena Kovalenko");
    }

    /** The unclosed quote in paragraph 3 is unattributed, so it is left out rather than guessed. */
    @Test void multiParagraphQuotesGiveOneRecordPerParagraph() {
        List<QuoteRecord> records = EXTRACTOR.extract(TestArticles.of(read("multi-paragraph.txt")));
        assertThat(records).extracting(QuoteRecord::quote).containsExactly("The first part of what I want to say is long",
                "and it goes on in a second paragraph,", "Short,");
        assertThat(records).extracting(QuoteRecord::paragraph).containsExactly(1, 2, 4);
        assertThat(records).extracting(QuoteRecord::speaker).containsExactly("Kaja Kallas", "Kaja Kallas", "Kaja Kallas");
    }

    @Test void codePointOffsetsMoveForwardInOnePass() {
        var offsets = new CodePointOffsets("a😀b😀c");
        assertThat(offsets.codePointIndex(1)).isEqualTo(1);
        assertThat(offsets.codePointIndex(3)).isEqualTo(2);
        assertThat(offsets.codePointIndex(6)).isEqualTo(4);
        assertThat(offsets.codePointIndex(0)).isZero();
    }
}
