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
}
