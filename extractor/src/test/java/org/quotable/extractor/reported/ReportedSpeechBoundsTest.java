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
 * Where a reported content starts and ends, and which rows {@link ReportedSpeechFinder} leaves out: the reporter's
 * words around what was said, one rule per test, on sentences written for these tests.
 */
class ReportedSpeechBoundsTest {
    private static final QuoteExtractor EXTRACTOR = QuoteExtractor.create(ExtractorOptions.DEFAULT.toBuilder()
            .types(EnumSet.allOf(QuoteType.class)).get());

    private static List<String> quotes(String text) {
        return EXTRACTOR.extract(TestArticles.of(text)).stream().filter(r -> r.quoteType() == QuoteType.INDIRECT)
                .map(QuoteRecord::quote).toList();
    }

    @Test void anAppositiveThatEndsTheSentenceIsTheReporters() {
        assertThat(quotes("Ines Marlow runs the ferry board. Marlow said the money could be better spent on the harbour"
                + " tunnel, a project that has stalled for a decade."))
                .containsExactly("the money could be better spent on the harbour tunnel");
    }

    @Test void anAppositiveAfterANameStaysWithTheName() {
        assertThat(quotes("Ines Marlow runs the ferry board. Marlow said the levy was drafted by Tomas Vell, a former"
                + " harbour master."))
                .containsExactly("the levy was drafted by Tomas Vell, a former harbour master");
    }

    @Test void aListAfterACommaIsNoAppositive() {
        assertThat(quotes("Ines Marlow runs the ferry board. Marlow said the levy would pay for the new piers, the"
                + " lights and the tolls."))
                .containsExactly("the levy would pay for the new piers, the lights and the tolls");
    }

    @Test void aShortAdverbialThatEndsTheSentenceIsTheReporters() {
        assertThat(quotes("Ines Marlow runs the ferry board. Marlow said the board would cut fares on the night boats,"
                + " too."))
                .containsExactly("the board would cut fares on the night boats");
    }

    @Test void anAppositiveWithAVerbOfItsOwnIsNoTail() {
        // "the fares would rise" is a second clause, not a description of "tunnel": the comma rule is not this one's.
        assertThat(quotes("Ines Marlow runs the ferry board. Marlow said the board would close the tunnel, the ferry"
                + " would run twice as often."))
                .isNotEmpty().allMatch(q -> !q.endsWith("the tunnel"));
    }

    @Test void butWithAnAuxiliaryGoesOnWithTheContentsSubject() {
        assertThat(quotes("Ines Marlow runs the ferry board. Marlow said the levy would cut fares at first, but would"
                + " cost riders more by 2030."))
                .containsExactly("the levy would cut fares at first, but would cost riders more by 2030");
    }

    @Test void butWithAPastVerbGoesWithTheReporters() {
        assertThat(quotes("Ines Marlow runs the ferry board. Marlow said the levy would cut fares at first, but"
                + " declined to give a date."))
                .first().isEqualTo("the levy would cut fares at first");
    }

    @Test void whatTheSpeakerWasAskedOpensAfterAsked() {
        List<QuoteRecord> rows = EXTRACTOR.extract(TestArticles.of("Ines Marlow runs the ferry board. Asked about the"
                + " plan to sell the night ferries, Marlow said, \"We have not made up our minds yet.\""))
                .stream().filter(r -> r.quoteType() == QuoteType.INDIRECT).toList();
        assertThat(rows).extracting(QuoteRecord::quote).containsExactly("the plan to sell the night ferries");
        assertThat(rows).extracting(QuoteRecord::cue).containsExactly("Asked about");
        assertThat(rows).extracting(QuoteRecord::speaker).containsExactly("Ines Marlow");
    }

    @Test void aBarePastOfAppearingNarratesAndReportsNoView() {
        assertThat(quotes("The ferry left at noon. After the vote, the harbour master looked tired and the old pier"
                + " seemed to sway in the wind.")).isEmpty();
    }

    @Test void thePresentOrAPerfectOfAppearingStillStatesAView() {
        assertThat(quotes("The ferry left at noon. The new harbour levy seems too costly for most families."))
                .containsExactly("The new harbour levy", "too costly for most families");
        assertThat(quotes("The ferry left at noon. The harbour board has appeared reluctant to raise the levy."))
                .containsExactly("The harbour board", "reluctant to raise the levy");
    }

    @Test void aContentOpeningWithBecauseIsAReasonNotAReport() {
        assertThat(quotes("The ferry left at noon. I wrote this because the night boats stop at ten and the"
                + " last bus leaves at nine.")).isEmpty();
    }

    @Test void aParticipleAfterAReportedClauseSpellsOutTheClaim() {
        assertThat(quotes("Ines Marlow runs the ferry board. Marlow said the fund would close in May, leaving the new"
                + " piers unpaid."))
                .containsExactly("the fund would close in May, leaving the new piers unpaid");
    }

    @Test void aParticipleOfSayingOrOfJudgingAfterItIsTheReporters() {
        assertThat(quotes("Ines Marlow runs the ferry board. Marlow said the fund would close in May, contradicting"
                + " an earlier report by the city."))
                .first().isEqualTo("the fund would close in May");
        assertThat(quotes("Ines Marlow runs the ferry board. Marlow said the fund would close in May, citing the"
                + " cost of the new piers."))
                .first().isEqualTo("the fund would close in May");
    }

    @Test void aReportInsideWhatAccordingToGivesIsNoRowOfItsOwn() {
        assertThat(quotes("Ines Marlow runs the ferry board. The board has said it will not sell the night ferries,"
                + " according to Tomas Vell."))
                .containsExactly("The board has said it will not sell the night ferries");
    }

    @Test void anAndBeforeAVerbInTheCuesFormOpensTheSubjectsNextAct() {
        assertThat(quotes("Ines Marlow runs the ferry board. Marlow proposes a repeal of the harbour levy, and plans"
                + " to cut the night fares."))
                .first().isEqualTo("a repeal of the harbour levy");
    }

    @Test void anAndBeforeAPluralNounIsMoreOfTheContent() {
        assertThat(quotes("Ines Marlow runs the ferry board. Marlow says the levy pays for piers and boats that the"
                + " city owns."))
                .containsExactly("the levy pays for piers and boats that the city owns");
    }
}
