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
 * Sentence shapes of reported speech that {@link ReportedSpeechFinder} reads besides its verb-driven ones
 * (interrupted subjects, nominal topics, occasion nouns in a trailing attribution), one shape per test, on sentences
 * written for these tests.
 */
class ReportedSpeechShapesTest {
    private static final QuoteExtractor EXTRACTOR = QuoteExtractor.create(ExtractorOptions.DEFAULT.toBuilder()
            .types(EnumSet.allOf(QuoteType.class)).get());

    private static List<QuoteRecord> indirect(String text) {
        return EXTRACTOR.extract(TestArticles.of(text)).stream().filter(r -> r.quoteType() == QuoteType.INDIRECT).toList();
    }

    private static List<String> quotes(String text) {
        return indirect(text).stream().map(QuoteRecord::quote).toList();
    }

    @Test void anAttributionBetweenASubjectAndAShortVerbPhraseGivesBothHalves() {
        List<QuoteRecord> rows = indirect("Ines Marlow runs the ferry board. The new harbour levy, Marlow acknowledges,"
                + " could be repealed by spring.");
        assertThat(rows).extracting(QuoteRecord::quote).containsExactly("The new harbour levy", "could be repealed by spring");
        assertThat(rows).extracting(QuoteRecord::speaker).containsOnly("Ines Marlow");
        assertThat(rows).extracting(QuoteRecord::cue).containsOnly("acknowledges");
    }

    @Test void aVerbOfSayingBeforeAVerbPhraseOfFewerThanFourWords() {
        // The older rule for "A, X said, B" wants four words after the attribution; a verb phrase needs no more.
        assertThat(quotes("The weekly fare, the ferry board says, would be $4."))
                .containsExactly("The weekly fare", "would be $4");
    }

    @Test void noSplitWhenTheFirstHalfIsNoSubject() {
        // A fronted phrase, or a second half with a subject of its own, is no subject and its verb phrase.
        assertThat(quotes("In the spring, Ines Marlow acknowledges, was the hard part.")).isEmpty();
        assertThat(quotes("The harbour levy, Ines Marlow acknowledges, fares will rise.")).doesNotContain("The harbour levy");
    }

    @Test void anOccasionNounInATrailingAttributionIsNoSecondReport() {
        // "report" and "hearing" are forms of reporting verbs, but after a determiner they name the occasion.
        assertThat(quotes("Ferry crews earned 8 percent more, the auditor said in a March report, and the pilots earned 2 percent less."))
                .contains("Ferry crews earned 8 percent more");
        assertThat(quotes("The rebuilt pier, Ines Marlow explained during the hearing, was far too costly for the town."))
                .containsExactly("The rebuilt pier", "was far too costly for the town");
    }

    @Test void aNounOfSayingAfterAPossessiveGivesItsTopic() {
        QuoteRecord r = indirect("Ines Marlow chairs the ferry board. Marlow’s comments Tuesday on the pier closure came"
                + " as the tide rose.").get(0);
        assertThat(r.quote()).isEqualTo("the pier closure");
        assertThat(r.speaker()).isEqualTo("Ines Marlow");
        assertThat(r.cue()).isEqualTo("comments");
        // One modifier between the possessive and the noun; the topic ends at the sentence's own verb.
        assertThat(quotes("His long-standing ideas about the harbour levy are well known.")).containsExactly("the harbour levy");
        // At the sentence's end, the topic runs to it.
        assertThat(quotes("The ferry captain renewed his attacks on moderators.")).containsExactly("moderators");
    }

    @Test void aTimeAfterTheNounOfSayingIsNoTopic() {
        assertThat(quotes("Her remarks on Saturday carried a more personal tone.")).isEmpty();
        // Without a possessive the noun has no source.
        assertThat(quotes("The comments about the levy were ignored.")).isEmpty();
    }

    @Test void aRelativePronounReportsForItsAntecedent() {
        // "which" and "that" after a noun are the subject of the verb after them; the noun before them is the source.
        QuoteRecord r = indirect("The ferry board turned to the port authority, which reported 41 delays between May and June.").get(0);
        assertThat(r.quote()).isEqualTo("41 delays between May and June");
        assertThat(r.speaker()).isEqualTo("the port authority");
        assertThat(r.cue()).isEqualTo("reported");
        assertThat(indirect("The plan won backing from a group of towns that support the new levy.").get(0))
                .extracting(QuoteRecord::quote, QuoteRecord::speaker).containsExactly("the new levy", "a group of towns");
        // The antecedent opens at its determiner, not at the verb of the clause it is the object of.
        assertThat(indirect("The board hired a senator who argued that the ferries were unsafe.").get(0).speaker()).isEqualTo("a senator");
    }

    @Test void aThatAfterAVerbIsNoRelativePronoun() {
        // "said that support …": a complementizer, whose clause has its own subject ("support" is a noun).
        assertThat(quotes("The mayor said that support for the levy had grown since May."))
                .containsExactly("that support for the levy had grown since May");
    }

    @Test void aRelativeClauseReportEndsWhereItsAntecedentDoesSomethingElse() {
        // Set off by commas after the sentence's subject, the clause ends before the main verb.
        assertThat(quotes("Ames, who argued that a vote would fail, told his aides to find another way."))
                .contains("that a vote would fail").doesNotContain("that a vote would fail, told his aides to find another way");
        // A second verb of the relative pronoun after "and" or "but" is no longer what it reports.
        assertThat(quotes("The town adopted a set of harbour rules that promise to cut fares but are likely to draw fire from pilots."))
                .contains("to cut fares");
    }

    @Test void aPassiveOfAVerbOfSayingWithItsAgentReportsTheSubject() {
        // Not only object verbs ("is supported by"): "reported by", "told by", "decided by" give the subject too.
        QuoteRecord r = indirect("The licence issue was first reported by the Harbour Times.").get(0);
        assertThat(r.quote()).isEqualTo("The licence issue");
        assertThat(r.speaker()).isEqualTo("Harbour Times");
        assertThat(quotes("A different side of the story was being told by the Harbour Times.")).containsExactly("A different side of the story");
        // A raising frame between the subject and the passive: the subject is before it.
        assertThat(quotes("The fate of the levy is likely to be decided by the state court.")).containsExactly("The fate of the levy");
    }

    @Test void aParticipleWithAnAgentAfterANounPhraseReportsTheNounPhrase() {
        QuoteRecord r = indirect("The firm paid a record $10 million penalty imposed by the harbour board for dumping fuel.").get(0);
        assertThat(r.quote()).isEqualTo("a record $10 million penalty");
        assertThat(r.speaker()).isEqualTo("the harbour board");
        assertThat(r.cue()).isEqualTo("imposed by");
        // "by" and a means or a measure is no agent: nothing names a source.
        assertThat(quotes("The firm paid a fine reduced by half after the appeal.")).isEmpty();
    }

    @Test void aRelativeClauseWithoutARelativeWordGivesTheNounAndTheRest() {
        // "the target it pledged to reach": what was pledged is the noun phrase, and the infinitive the rest of it,
        // up to the reporter's occasion.
        assertThat(quotes("The town missed the fare target it pledged to reach at the May summit."))
                .containsExactly("the fare target", "to reach");
        // A preposition after the verb: its object is the rest; the noun phrase opens at the nearest determiner.
        assertThat(quotes("Pilots pay less than the top rate she has proposed for captains."))
                .containsExactly("the top rate", "captains");
        assertThat(quotes("The panel looked into the marketing of some pills he promoted.")).containsExactly("some pills");
    }

    @Test void noZeroRelativeWhenTheVerbHasAnObjectOrSaysNothingYet() {
        // "the day she told the board": the verb's own object makes it a clause of its own, not a relative.
        assertThat(quotes("It rained on the day she told the board.")).doesNotContain("the day");
        assertThat(quotes("He has other questions than the ones he refused to answer in May.")).doesNotContain("the ones");
    }

    @Test void aOneWordAsideBetweenAPassivesSubjectAndItsVerbIsPassedOver() {
        assertThat(quotes("The ferry levy, meanwhile, is supported by the port board.")).containsExactly("The ferry levy");
        assertThat(indirect("The ferry levy, however, was rejected by the port board.").get(0).speaker()).isEqualTo("the port board");
    }
}
