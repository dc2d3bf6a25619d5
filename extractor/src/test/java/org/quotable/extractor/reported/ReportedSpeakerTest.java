package org.quotable.extractor.reported;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotable.extractor.ExtractorOptions;
import org.quotable.extractor.QuoteExtractor;
import org.quotable.extractor.TestArticles;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.QuoteType;

/**
 * How reported speech picks its speaker (issue 10), one rule of English news writing per test, on sentences written
 * for these tests.
 */
class ReportedSpeakerTest {
    private static final QuoteExtractor EXTRACTOR = QuoteExtractor.create(ExtractorOptions.DEFAULT.toBuilder()
            .types(EnumSet.allOf(QuoteType.class)).get());

    private static List<QuoteRecord> indirect(String text) {
        return EXTRACTOR.extract(TestArticles.of(text)).stream().filter(r -> r.quoteType() == QuoteType.INDIRECT).toList();
    }

    private static QuoteRecord only(String text) {
        List<QuoteRecord> rows = indirect(text);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test void aContentReachedByTwoVerbsIsOneRowWithItsSpeaker() {
        // "agreed" and "noted" both reach the "that" clause; the row kept is the one with a source.
        QuoteRecord r = only("For a jury that agreed Lund won, Erik Sand noted that the ferry plan was doomed.");
        assertThat(r.quote()).isEqualTo("that the ferry plan was doomed");
        assertThat(r.speaker()).isEqualTo("Erik Sand");
    }

    @Test void anIndefiniteDescriptionIntroducesSomeoneNew() {
        QuoteRecord r = only("Ann Vell, a spokeswoman for the port, opened the session. "
                + "A spokeswoman for the union said that the budget was short by a third.");
        // Not Ann Vell: someone new, described with the complement that tells her apart.
        assertThat(r.speaker()).isEqualTo("A spokeswoman for the union");
        assertThat(r.quote()).isEqualTo("that the budget was short by a third");
    }

    @Test void aDefiniteDescriptionWithAnotherModifierIsNotMatchedByItsHeadNoun() {
        QuoteRecord r = only("Governor Ann Vell of Eastport opened the session. "
                + "The Westland governor said that the border crossing would close in May.");
        assertThat(r.speaker()).isEqualTo("The Westland governor");
    }

    @Test void aParticiplesSubjectIsNotAFrontedPhrase() {
        QuoteRecord r = only("Stung by the vote, as well as by the loss of two seats, Ann Vell revised her plan, "
                + "promising to cut fares for students.");
        assertThat(r.quote()).isEqualTo("to cut fares for students");
        assertThat(r.speaker()).isEqualTo("Ann Vell");
    }

    @Test void aParticiplesSubjectIsNotAPronounInsideAQuotation() {
        QuoteRecord r = only("Pavel Novak ran in the first race. "
                + "\u201cHe was at his best,\u201d Ann Sand recalled, suggesting the second vote erased the first.");
        assertThat(r.quote()).isEqualTo("the second vote erased the first");
        assertThat(r.speaker()).isEqualTo("Ann Sand");
    }

    @Test void aParticiplesSubjectIsTheWholeNounPhraseBeforeItsVerb() {
        QuoteRecord described = only("Several harbour pilots who have opposed the plan joined the march, "
                + "warning that the channel was unsafe.");
        assertThat(described.speaker()).isEqualTo("Several harbour pilots");
        QuoteRecord titled = only("Westland deputy mayor Ann Vell joined the march, warning that the channel was unsafe.");
        assertThat(titled.speaker()).isEqualTo("Ann Vell");
    }
}
