package org.quotable.extractor.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotable.extractor.pipeline.Candidate;
import org.quotable.extractor.text.TextAnalyzer;
import org.quotable.schema.QuoteType;

class QuoteFinderTest {
    private static List<String> quotes(String text) {
        return new QuoteFinder().find(TextAnalyzer.rules().analyze(text)).stream().map(c -> c.quote(text)).toList();
    }

    private static List<Candidate> candidates(String text) {
        return new QuoteFinder().find(TextAnalyzer.rules().analyze(text));
    }

    @Test void findsStraightAndCurlyDoubleQuotes() {
        assertThat(quotes("\"We are ready,\" she said. “We will win,” he said."))
                .containsExactly("We are ready,", "We will win,");
    }

    @Test void findsSingleQuotesButNotApostrophes() {
        assertThat(quotes("Kyiv's envoy said the talks were ‘very hard’ and the '90s are over; don't worry."))
                .containsExactly("very hard");
        assertThat(quotes("Minister: 'We will not give up our land'")).containsExactly("We will not give up our land");
    }

    @Test void keepsNestedSingleQuotesInsideTheOuterQuote() {
        assertThat(quotes("“He told me ‘never again’ and left,” she said."))
                .containsExactly("He told me ‘never again’ and left,");
    }

    @Test void readsDoubledApostrophesAsDoubleQuotes() {
        assertThat(quotes("''It's more fiddling at the margins,'' said Ivo Sand."))
                .containsExactly("It's more fiddling at the margins,");
    }

    @Test void splitsAMultiParagraphQuoteAtItsParagraphs() {
        String text = "“The first part goes on\n\n“and the second part ends here,” she said.";
        List<Candidate> found = candidates(text);
        assertThat(found).extracting(c -> c.quote(text)).containsExactly("The first part goes on", "and the second part ends here,");
        assertThat(found).extracting(Candidate::continues).containsExactly(false, true);
        assertThat(found).extracting(Candidate::closed).containsExactly(false, true);
    }

    @Test void anUnclosedQuoteEndsWithItsParagraph() {
        String text = "He said: “This never closes.\n\nThe next paragraph is narrative. “Here,” she said.";
        assertThat(quotes(text)).containsExactly("This never closes.", "Here,");
    }

    @Test void tellsDirectFromPartialQuotes() {
        String text = "Merz described the plan as \"remarkable,\" adding: \"It is a real step.\"";
        assertThat(candidates(text)).extracting(Candidate::type).containsExactly(QuoteType.PARTIAL, QuoteType.DIRECT);
    }

    @Test void aWholeClauseAfterThatIsDirect() {
        String text = "Merz emphasized that \"an agreement has been reached on guarantees.\"";
        assertThat(candidates(text)).extracting(Candidate::type).containsExactly(QuoteType.DIRECT);
    }

    @Test void leavesOutTitlesNicknamesAndStageDirections() {
        assertThat(quotes("He wrote the book \"The Art of the Deal\" in 1987.")).isEmpty();
        assertThat(quotes("She appeared on “Fox and Friends.” on Monday.")).isEmpty();
        assertThat(quotes("The United States offered \"Article 5-like\" guarantees.")).isEmpty();
        assertThat(quotes("Rep. Walter K. \"Walt\" Brenner spoke.")).isEmpty();
        assertThat(quotes("\"(CROSSTALK.)\"")).isEmpty();
        // A sentence-like title after the noun naming the work.
        assertThat(quotes("In a short commentary, \"Let the harbour breathe,\" the author argues for a park.")).isEmpty();
        assertThat(quotes("The editorial \"We cannot wait any longer\" ran on Sunday.")).isEmpty();
    }

    @Test void keepsQuotedTitlesInsideAHeadline() {
        assertThat(quotes("Farmers March Statewide To ‘Save Our Rivers’")).containsExactly("Save Our Rivers");
    }

    @Test void aShortSentenceIsNotATitle() {
        assertThat(quotes("\"We're America.\" the president said.")).containsExactly("We're America.");
    }

    @Test void allCapsQuotationsAreWordsSaidNotTitles() {
        assertThat(quotes("\"WE WILL NOT GO BACK,\" the marchers chanted outside the hall."))
                .containsExactly("WE WILL NOT GO BACK,");
    }

    @Test void aQuoteWithSpacesInsideItsMarksIsFound() {
        assertThat(quotes("\" We are ready, \" said Ann Lund. “ This is the start. ”")).containsExactly("We are ready,", "This is the start.");
    }

    @Test void aQuotationOverSeveralParagraphsIsFoundInEachParagraph() {
        List<Candidate> found = candidates("Lund said: \"We waited a long time.\n\n\"Now we can build.\"");
        assertThat(found).hasSize(2);
        assertThat(found.get(1).continues()).isTrue();
    }

    @Test void titlesOfWorksAreNoQuotations() {
        assertThat(quotes("She was filming on the set of \"Harbour,\" the new drama, when it happened.")).isEmpty();
        assertThat(quotes("The band closed with \"It Takes Two Of Us\" and left.")).isEmpty();
        assertThat(quotes("He appeared on \"NIGHTLINE.\" last week.")).isEmpty();
    }

    @Test void aQuotedTermModifyingANounIsNoQuotation() {
        assertThat(quotes("The minister said she backs the \"one market, one rule\" approach to trade.")).isEmpty();
        assertThat(quotes("They chose a \"zero tolerance\" policy last year.")).isEmpty();
        assertThat(quotes("He called it a \"disgrace\" that nobody came.")).containsExactly("disgrace");
        assertThat(quotes("She spoke of this \"painful\" matter.")).containsExactly("painful");
        assertThat(quotes("He praised their \"extremely constructive\" peace efforts.")).containsExactly("extremely constructive");
        assertThat(quotes("He praised a \"deeply moving\" speech.")).containsExactly("deeply moving");
        assertThat(quotes("She called the plan \"a disaster\" on Monday.")).containsExactly("a disaster");
    }

    @Test void aQuoteNamedByACompetitionOrCampaignIsItsTitle() {
        assertThat(quotes("She rose to fame on the talent competition \"You Can Sing\" in 2009.")).isEmpty();
        assertThat(quotes("The state launched the campaign \"Drive Sober\" on Monday.")).isEmpty();
    }

    // Issue 13: slogans and titles of works.

    @Test void aShortQuoteRepeatedThreeTimesIsASlogan() {
        String text = "The city chose \"Clean. Green. Ours.\" for its posters. Buses now carry \"Clean. Green. Ours.\" on "
                + "every side.\n\nNot everyone likes \"clean, green, ours\" as much as the council does.";
        assertThat(quotes(text)).isEmpty();
        String twice = "\"We will rebuild,\" the mayor said. Later she said it again: \"We will rebuild.\"";
        assertThat(quotes(twice)).as("a statement quoted twice").hasSize(2);
    }

    @Test void aQuoteAfterAQuestionNamingASloganIsTheSlogan() {
        assertThat(quotes("The new motto? \"Ride the wave.\" It is everywhere.")).isEmpty();
        assertThat(quotes("What is the tagline?\n\n\u201cWe bring the sea home.\u201d")).isEmpty();
        assertThat(quotes("What did she say?\n\n\u201cWe bring the sea home.\u201d")).hasSize(1);
    }

    @Test void aTitleBeforeTheNounOfARoleIsTheWorkTheyAreKnownFor() {
        assertThat(quotes("\"I loved every minute,\" the \"Harbour\" actress said.")).containsExactly("I loved every minute,");
        assertThat(quotes("The former \"Late Talk\" host spoke first.")).isEmpty();
        assertThat(quotes("He called the \"deal\" a failure.")).as("not before a role noun").containsExactly("deal");
    }

    // Issue 14: the quick check before the patterns gives the same answers as the patterns alone.
    @Test void titleCaseIsTitleCaseWhateverTheSpacing() {
        assertThat(QuoteFinder.isTitleCase("The Art of the Deal")).isTrue();
        assertThat(QuoteFinder.isTitleCase("Gone With the Wind,")).isTrue();
        assertThat(QuoteFinder.isTitleCase(" Gone with the Wind")).isTrue();
        assertThat(QuoteFinder.isTitleCase("Songs in the Key of Life.")).isTrue();
        assertThat(QuoteFinder.isTitleCase("Fields of \"Gold\" and Silver")).isTrue();
        assertThat(QuoteFinder.isTitleCase("We will not accept it.")).isFalse();
        assertThat(QuoteFinder.isTitleCase("The numbers do not add up")).isFalse();
        assertThat(QuoteFinder.isTitleCase("Keep Calm and carry")).isFalse();
        assertThat(QuoteFinder.isTitleCase("Stop. Look Around")).isFalse();
        assertThat(QuoteFinder.isTitleCase("Alone")).isFalse();
    }
}
