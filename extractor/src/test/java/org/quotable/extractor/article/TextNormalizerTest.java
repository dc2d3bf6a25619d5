package org.quotable.extractor.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test void foldsWhitespaceInsideParagraphsAndKeepsParagraphs() {
        assertThat(TextNormalizer.normalize("  One\tline\r\nand the next.\r\n\r\n\r\n  Two\u00a0words \n \n"))
                .isEqualTo("One line and the next.\n\nTwo words");
    }

    @Test void composesToNfc() {
        assertThat(TextNormalizer.normalize("Caf\u0065\u0301")).isEqualTo("Caf\u00e9");
    }

    @Test void isIdempotent() {
        String once = TextNormalizer.normalize(" a \n\n\n b\u2028c ");
        assertThat(once).isEqualTo("a\n\nb c");
        assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
    }

    @Test void blocksAreAlwaysParagraphs() {
        assertThat(TextNormalizer.normalizeParagraphs(List.of("First block,\n  one line", "", "  ", "Second\n\nand third")))
                .isEqualTo("First block, one line\n\nSecond\n\nand third");
    }

    // Issue 14: text already in normal form is returned as it is, after one pass over it instead of the regex rules.
    @Test void normalTextIsRecognisedInOnePass() {
        String article = "Talks broke down on Monday.\n\n\"We will not accept it,\" Anna Berg said. \u201cIt is over.\u201d\n\nCaf\u00e9 owners agreed.";
        assertThat(TextNormalizer.isNormalized(article)).isTrue();
        assertThat(TextNormalizer.normalize(article)).isSameAs(article);
        for (String notNormal : List.of(" lead", "tail ", "two  spaces", "one\nbreak", "three\n\n\nbreaks", "end\n\n",
                "\n\nstart", "word \n\nnext", "word\n\n next", "tab\there", "no\u00a0break", "cr\r\n\r\nlf",
                "Cafe\u0301", "line\u2028sep", "bom\ufeffhere", "next\u0085line", "thin\u2009space"))
            assertThat(TextNormalizer.isNormalized(notNormal)).as(notNormal).isFalse();
    }

    // Whatever the input, the one-pass check never lets through text that the rules would change.
    @Test void theOnePassCheckAgreesWithTheRules() {
        String[] pieces = {"a", "Bc", " ", "  ", "\n", "\n\n", "\n \n", "\r", "\t", "\u00a0", "\u00e9", "e\u0301", "\u2028",
                "\u2029", "\u0085", "\ufeff", "\u2009", "\u200b", "\u001f", ".", "\u201c", "\ud83d\ude00"};
        var random = new java.util.Random(14);
        int normal = 0;
        for (int i = 0; i < 200_000; i++) {
            var text = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) text.append(pieces[random.nextInt(pieces.length)]);
            String s = text.toString();
            String ruled = TextNormalizer.applyRules(s);
            if (TextNormalizer.isNormalized(s)) {
                normal++;
                assertThat(ruled).as("rules applied to %s", s.codePoints().boxed().toList()).isEqualTo(s);
            }
            assertThat(TextNormalizer.normalize(s)).isEqualTo(ruled);
        }
        assertThat(normal).isGreaterThan(1_000);
    }
}
