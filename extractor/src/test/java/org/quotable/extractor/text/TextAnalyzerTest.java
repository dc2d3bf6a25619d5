package org.quotable.extractor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
    private static List<String> sentences(TextAnalyzer analyzer, String text) {
        Document document = analyzer.analyze(text);
        return document.sentences().stream().map(document::text).toList();
    }

    @Test void rulesSplitAtSentenceEndsButNotAfterAbbreviationsOrInitials() {
        String text = "Rep. A.B. Carver spoke in Washington, D.C. on Monday. Mr. Obama agreed! Did John F. Kennedy? Yes.";
        assertThat(sentences(TextAnalyzer.rules(), text)).containsExactly(
                "Rep. A.B. Carver spoke in Washington, D.C. on Monday.", "Mr. Obama agreed!",
                "Did John F. Kennedy?", "Yes.");
    }

    @Test void sentencesNeverCrossParagraphs() {
        String text = "First paragraph without a stop\n\nSecond paragraph.";
        assertThat(sentences(TextAnalyzer.rules(), text)).containsExactly("First paragraph without a stop", "Second paragraph.");
        assertThat(sentences(TextAnalyzer.openNlp(), text)).containsExactly("First paragraph without a stop", "Second paragraph.");
    }

    @Test void openNlpSplitsSentences() {
        assertThat(sentences(TextAnalyzer.openNlp(), "Merz arrived in Berlin. He met Zelensky."))
                .containsExactly("Merz arrived in Berlin.", "He met Zelensky.");
    }

    @Test void documentsFindTheParagraphOfAnIndex() {
        Document document = TextAnalyzer.rules().analyze("One.\n\nTwo.\n\nThree.");
        assertThat(document.paragraphIndex(0)).isZero();
        assertThat(document.paragraphIndex(6)).isEqualTo(1);
        assertThat(document.paragraphIndex(12)).isEqualTo(2);
    }
}
