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

/** Reported speech, one pattern of English news per test, on sentences written for these tests. */
class ReportedSpeechFinderTest {
    /** Reported speech is opt-in: an extractor that keeps every type. */
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

    @Test void saidThatKeepsTheComplementizerAndEndsAtTheSentence() {
        QuoteRecord r = only("Senator Dana Holt said that the bridge would reopen in March.");
        assertThat(r.quote()).isEqualTo("that the bridge would reopen in March");
        assertThat(r.speaker()).isEqualTo("Dana Holt");
        assertThat(r.cue()).isEqualTo("said");
        assertThat(r.start()).isEqualTo("Senator Dana Holt said ".length());
    }

    @Test void saidWithoutThat() {
        QuoteRecord r = only("Marta Lindqvist said the budget was fair to farmers.");
        assertThat(r.quote()).isEqualTo("the budget was fair to farmers");
        assertThat(r.speaker()).isEqualTo("Marta Lindqvist");
    }

    @Test void aTrailingAttributionEndsTheContent() {
        QuoteRecord r = only("The talks will resume next week, Pavel Novak said on Tuesday.");
        assertThat(r.quote()).isEqualTo("The talks will resume next week");
        assertThat(r.speaker()).isEqualTo("Pavel Novak");
    }

    @Test void anInvertedTrailingAttribution() {
        QuoteRecord r = only("Turnout fell in every district, said Irene Castell, the county clerk.");
        assertThat(r.quote()).isEqualTo("Turnout fell in every district");
        assertThat(r.speaker()).isEqualTo("Irene Castell");
    }

    @Test void accordingToBeforeAndAfterTheContent() {
        QuoteRecord before = only("According to the ministry, forty people were hurt in the storm.");
        assertThat(before.quote()).isEqualTo("forty people were hurt in the storm");
        assertThat(before.cue()).isEqualTo("according to");
        QuoteRecord after = only("Forty people were hurt in the storm, according to the ministry.");
        assertThat(after.quote()).isEqualTo("Forty people were hurt in the storm");
    }

    @Test void toldAHearerThat() {
        QuoteRecord r = only("Owen Marsh told reporters that the factory would stay open.");
        assertThat(r.quote()).isEqualTo("that the factory would stay open");
        assertThat(r.cue()).isEqualTo("told reporters");
        assertThat(r.speaker()).isEqualTo("Owen Marsh");
    }

    @Test void otherReportingVerbs() {
        for (String verb : List.of("warned", "argued", "claimed", "insisted", "announced", "denied", "suggested")) {
            QuoteRecord r = only("Helen Brandt " + verb + " that the deal would collapse.");
            assertThat(r.quote()).as(verb).isEqualTo("that the deal would collapse");
            assertThat(r.cue()).as(verb).isEqualTo(verb);
        }
    }

    @Test void aReportedQuestionAndAPromise() {
        assertThat(only("Lena Ortiz asked whether the school would close.").quote()).isEqualTo("whether the school would close");
        assertThat(only("The mayor, Tom Reyes, pledged to repave the main road.").quote()).isEqualTo("to repave the main road");
    }

    @Test void aPronounSpeakerResolvesToThePersonBefore() {
        List<QuoteRecord> rows = indirect("Carla Jimenez spoke at the harbour on Monday.\n\nShe said the port needed new cranes.");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).speaker()).isEqualTo("Carla Jimenez");
        assertThat(rows.get(0).speakerMention()).isEqualTo("She");
    }

    @Test void aNominalSpeakerLikeAStatementOrASpokesman() {
        QuoteRecord r = only("A spokesman for the agency said the data had been lost.");
        assertThat(r.quote()).isEqualTo("the data had been lost");
        assertThat(r.speaker()).isNotNull();
    }

    @Test void anAsideAfterTheContentIsNotPartOfIt() {
        QuoteRecord r = only("Ruth Alder said the levy would rise, which angered the council.");
        assertThat(r.quote()).isEqualTo("the levy would rise");
    }

    @Test void aQuotationInMarksIsLeftToTheQuoteStage() {
        assertThat(indirect("Ruth Alder said, \"The levy will rise.\"")).isEmpty();
        assertThat(indirect("\"The levy will rise,\" Ruth Alder said.")).isEmpty();
    }

    @Test void aMixedSpanKeepsBothRows() {
        List<QuoteRecord> rows = EXTRACTOR.extract(TestArticles.of("Ruth Alder said the levy was \"a fair price\" for the town."));
        assertThat(rows).extracting(QuoteRecord::quoteType).containsExactly(QuoteType.INDIRECT, QuoteType.PARTIAL);
        assertThat(rows.get(0).quote()).isEqualTo("the levy was \"a fair price\" for the town");
        assertThat(rows.get(1).quote()).isEqualTo("a fair price");
    }

    @Test void contentOpeningWithQuotedWordsIsMixedWhenTheReporterGoesOn() {
        QuoteRecord r = only("\"Fair and open\" talks would start soon, Ada Moss said.");
        assertThat(r.quote()).isEqualTo("\"Fair and open\" talks would start soon");
    }

    @Test void aHeadlineVerbInTitleCase() {
        QuoteRecord r = only("Ada Moss Says Harbour Will Reopen\n\nThe harbour closed in May.");
        assertThat(r.quote()).isEqualTo("Harbour Will Reopen");
        assertThat(r.speaker()).isEqualTo("Ada Moss");
    }

    @Test void aVerbWithAPrepositionReportsItsObject() {
        QuoteRecord r = only("Nora Vance complained about the delays at the border.");
        assertThat(r.quote()).isEqualTo("the delays at the border");
        assertThat(r.cue()).isEqualTo("complained about");
    }

    @Test void aSecondClauseOfTheReporterEndsTheContent() {
        assertThat(only("Ida Keller said the fund was empty, but the council disagreed.").quote()).isEqualTo("the fund was empty");
        assertThat(indirect("Ida Keller said the fund was empty and says the audit will show it.")).extracting(QuoteRecord::quote)
                .containsExactly("the fund was empty", "the audit will show it");
    }

    @Test void aNounIsNotAReportingVerb() {
        assertThat(indirect("His remarks drew a crowd to the square.")).isEmpty();
    }

    @Test void offsetsCountCodePoints() {
        String text = "🙂 Ada Moss said the vote was close.";
        QuoteRecord r = only(text);
        int[] cps = text.codePoints().toArray();
        assertThat(new String(cps, r.start(), r.end() - r.start())).isEqualTo(r.quote());
    }

    @Test void theDefaultTypesLeaveReportedSpeechOut() {
        var extractor = QuoteExtractor.standard();
        assertThat(extractor.options().types()).containsExactlyInAnyOrder(QuoteType.DIRECT, QuoteType.PARTIAL);
        assertThat(extractor.stages()).extracting(s -> s.name()).doesNotContain("reported");
        assertThat(extractor.extract(TestArticles.of("Ada Moss said the vote was close. \"We won,\" she said.")))
                .extracting(QuoteRecord::quoteType).containsOnly(QuoteType.DIRECT);
    }

    @Test void anInterruptingAttributionGivesBothHalvesOfTheContent() {
        assertThat(indirect("The new harbour, Mr. Lund said, would make visitors face hard truths.")).extracting(QuoteRecord::quote)
                .containsExactly("The new harbour", "would make visitors face hard truths");
        assertThat(indirect("Taxes, she said, will rise next year.")).extracting(QuoteRecord::quote).containsExactly("Taxes", "will rise next year");
    }

    @Test void theNameBeforeAnAsideIsTheSpeaker() {
        QuoteRecord r = only("Tom Berg, who served as envoy to Peru until earlier this year, said the talks had stalled.");
        assertThat(r.quote()).isEqualTo("the talks had stalled");
        assertThat(r.speaker()).isEqualTo("Tom Berg");
        QuoteRecord dashed = only("Ines Roth -- co-author of a book on ports -- said the levy was too low.");
        assertThat(dashed.quote()).isEqualTo("the levy was too low");
        assertThat(dashed.speaker()).isEqualTo("Ines Roth");
    }

    @Test void aNameAfterTheVerbCanOpenTheContent() {
        QuoteRecord r = only("Tom Berg, a former envoy, said Vell reached out to Lund during her first year.");
        assertThat(r.quote()).isEqualTo("Vell reached out to Lund during her first year");
        assertThat(r.speaker()).isEqualTo("Tom Berg");
    }

    @Test void aSourceTheArticleOnlyDescribesIsGivenAsWritten() {
        QuoteRecord poll = only("A statewide university poll found that most farmers backed the levy.");
        assertThat(poll.quote()).isEqualTo("that most farmers backed the levy");
        assertThat(poll.speaker()).isEqualTo("A statewide university poll");
        QuoteRecord people = only("Several former harbour workers said the cranes were unsafe.");
        assertThat(people.speaker()).isEqualTo("Several former harbour workers");
        assertThat(people.speakerType()).isEqualTo(org.quotable.schema.SpeakerType.PERSON);
    }

    @Test void calledGivesTheObjectAndWhatItWasCalled() {
        QuoteRecord r = only("The union called the offer a slap in the face for nurses.");
        assertThat(r.quote()).isEqualTo("the offer a slap in the face for nurses");
        assertThat(r.cue()).isEqualTo("called");
        assertThat(only("Her old partner, Tom Berg, called her a master at closing hard deals.").quote())
                .isEqualTo("a master at closing hard deals");
        assertThat(indirect("His group, called Harbour First, will own the pier.")).isEmpty();
        assertThat(indirect("The mayor called the meeting for noon.")).isEmpty();
    }

    @Test void mixedContentBeforeATrailingAttributionKeepsItsQuotedEnd() {
        QuoteRecord r = only("Both sides \"saw the port as a lifeline for the region,\" said Ines Roth, a trade lawyer.");
        assertThat(r.quote()).isEqualTo("Both sides \"saw the port as a lifeline for the region,\"");
        assertThat(r.speaker()).isEqualTo("Ines Roth");
        assertThat(only("With three ferries a day, \"there is no risk of a shortage,\" Ada Moss said.").quote())
                .isEqualTo("With three ferries a day, \"there is no risk of a shortage,\"");
        assertThat(indirect("\"There is no risk of a shortage,\" Ada Moss said.")).isEmpty();
    }

    @Test void aRelativeClauseOfSayingGivesTheRelativeWordAndTheRest() {
        assertThat(indirect("Ada Moss counted the boats, which she said were older than the pier.")).extracting(QuoteRecord::quote)
                .containsExactly("which", "were older than the pier");
        assertThat(indirect("Nobody checked what the mayor says the levy would raise.")).extracting(QuoteRecord::quote)
                .containsExactly("what", "the levy would raise");
    }

    @Test void verbsThatTakeAnInfinitive() {
        QuoteRecord agreed = only("The new owner agreed to repair the ferry dock and repaint the sheds.");
        assertThat(agreed.quote()).isEqualTo("to repair the ferry dock and repaint the sheds");
        assertThat(agreed.speaker()).isEqualTo("The new owner");
        assertThat(only("Ms. Lund signed the plan, promising to meet its goals without a new tax.").quote())
                .isEqualTo("to meet its goals without a new tax");
    }

    @Test void pointedToReportsItsObject() {
        QuoteRecord r = only("The fund pointed to the port's closure as an example of rising costs.");
        assertThat(r.quote()).isEqualTo("the port's closure as an example of rising costs");
        assertThat(r.cue()).isEqualTo("pointed to");
    }

    @Test void aHearerAndATimeBeforeTheClause() {
        QuoteRecord r = only("The mayor told farmers this weekend he would resign if the levy passed.");
        assertThat(r.quote()).isEqualTo("he would resign if the levy passed");
        assertThat(r.cue()).isEqualTo("told farmers");
    }

    @Test void aParticipleAfterADirectQuotesAttribution() {
        List<QuoteRecord> rows = indirect("Ada Moss spoke first.\n\n\"The river is everyone's,\" she said at the meeting, stressing the curfew should be lifted.");
        assertThat(rows).extracting(QuoteRecord::quote).containsExactly("the curfew should be lifted");
        assertThat(rows.get(0).speaker()).isEqualTo("Ada Moss");
    }

    @Test void aSecondThatClauseOfTheSameVerbStaysInTheContent() {
        assertThat(only("Ida Keller said that the fund was empty, and that the audit would show it.").quote())
                .isEqualTo("that the fund was empty, and that the audit would show it");
    }

    @Test void aPluralSubjectOfATrailingAttributionTakesTheBareForm() {
        QuoteRecord r = only("The harbour plan is vague about who would pay for it, transport experts say.");
        assertThat(r.quote()).isEqualTo("The harbour plan is vague about who would pay for it");
        assertThat(r.speaker()).isEqualTo("transport experts");
        assertThat(only("The levy has grown well beyond its first purpose, they say.").quote())
                .isEqualTo("The levy has grown well beyond its first purpose");
    }

    @Test void aNounOfSayingAfterAPossessiveTakesItsThatClause() {
        QuoteRecord r = only("The vote came after Ida Keller's claim that the fund had never been empty.");
        assertThat(r.quote()).isEqualTo("that the fund had never been empty");
        assertThat(r.speaker()).isEqualTo("Ida Keller");
        assertThat(r.cue()).isEqualTo("claim");
        assertThat(indirect("The vote came after the news that the fund was empty.")).isEmpty();
    }

    @Test void aDashBeforeQuotedWordsElaboratesTheContent() {
        assertThat(only("Ada Moss said the pier would tell many stories -- \"the fishers but also the traders.\"").quote())
                .isEqualTo("the pier would tell many stories -- \"the fishers but also the traders.\"");
        assertThat(only("Ada Moss said the pier would reopen -- a surprise to the council.").quote()).isEqualTo("the pier would reopen");
    }

    @Test void aPossessiveNameAfterTheVerbOpensTheContent() {
        QuoteRecord r = only("Tom Berg, a trade lawyer, said Vell's statement did not settle the matter.");
        assertThat(r.quote()).isEqualTo("Vell's statement did not settle the matter");
        assertThat(r.speaker()).isEqualTo("Tom Berg");
    }

    @Test void aNewSubjectWithItsOwnVerbEndsTheContent() {
        assertThat(only("Farmers said they were convinced the levy was unfair and Traders replied with a petition.").quote())
                .isEqualTo("they were convinced the levy was unfair");
    }

    @Test void saidThatReportsSpeechWhateverTheSubject() {
        List<QuoteRecord> rows = indirect("In a long meeting with the harbour board of the Northern Port Authority last spring Berg said that the levy would double.");
        assertThat(rows).extracting(QuoteRecord::quote).containsExactly("that the levy would double");
    }

    @Test void contentMayOpenWithQuotedWords() {
        QuoteRecord r = only("Ada Moss did not give a figure, though she said \"small savings\" and a new levy would pay for it.");
        assertThat(r.quote()).isEqualTo("\"small savings\" and a new levy would pay for it");
    }

    @Test void aHeadlineThatOpensWithItsSource() {
        QuoteRecord r = only("Mayor Ada Moss: Harbour Levy Will Pay For The New Pier\n\nThe council meets on Monday.");
        assertThat(r.quote()).isEqualTo("Harbour Levy Will Pay For The New Pier");
        assertThat(r.speaker()).isEqualTo("Ada Moss");
        QuoteRecord poll = only("Poll: Farmers Back The Levy\n\nThe council meets on Monday.");
        assertThat(poll.speaker()).isEqualTo("Poll");
        assertThat(indirect("The council met: the levy passed by two votes.\n\nIt meets again in May.")).isEmpty();
    }

    @Test void anObjectVerbsObjectMayBeOneName() {
        QuoteRecord r = only("After weeks of silence, Senator Ida Keller endorsed Lund.");
        assertThat(r.quote()).isEqualTo("Lund");
        assertThat(r.speaker()).isEqualTo("Ida Keller");
    }

    @Test void aReportNestedAtTheStartOfAnotherIsPartOfItsContent() {
        assertThat(indirect("Ines Roth said she doubted the board would ever approve the levy.")).extracting(QuoteRecord::quote)
                .containsExactly("she doubted the board would ever approve the levy");
        assertThat(indirect("Tom Berg told the council that the mayor believes the pier can be saved.")).extracting(QuoteRecord::quote)
                .containsExactly("that the mayor believes the pier can be saved");
        // After a conjunction the content's verb phrase is the reporter's next clause, with its own report.
        assertThat(indirect("Ada Moss said the levy was fair and warned that prices would fall.")).extracting(QuoteRecord::quote)
                .containsExactly("the levy was fair", "that prices would fall");
    }

    @Test void anObjectAndItsInfinitiveAndAThatOfTheNextVerb() {
        // What was urged is the object with its infinitive; the "that" further on belongs to the second verb.
        List<QuoteRecord> rows = indirect("Ada Moss urged farmers to sell early and warned that prices would fall.");
        assertThat(rows).extracting(QuoteRecord::quote).containsExactly("farmers to sell early", "that prices would fall");
        assertThat(rows.get(0).cue()).isEqualTo("urged");
        assertThat(only("The union expects the board to approve the contract.").quote()).isEqualTo("the board to approve the contract");
    }

    @Test void aCommaAndButAlwaysEndsTheContent() {
        // ", but" opens the reporter's own contrast whatever follows it, not only a new subject.
        assertThat(only("Early polls showed the levy was popular, but many farmers would vote against it.").quote())
                .isEqualTo("the levy was popular");
    }

    @Test void anObjectEndsBeforeTheOccasionOrReasonTheReporterAdds() {
        assertThat(only("The mayor described the levy as a burden after the vote on Monday.").quote())
                .isEqualTo("the levy as a burden");
        assertThat(only("Ada Moss criticized the harbour plan during a visit to the docks.").quote())
                .isEqualTo("the harbour plan");
    }

    @Test void aPassiveReportGivesItsSubjectAndItsComplement() {
        List<QuoteRecord> rows = indirect("The ferry talks are expected to resume after the harvest festival.");
        assertThat(rows).extracting(QuoteRecord::quote)
                .containsExactly("The ferry talks", "to resume after the harvest festival");
        assertThat(indirect("The old mayor was said to have kept a ledger of every favour owed."))
                .extracting(QuoteRecord::quote).containsExactly("The old mayor", "to have kept a ledger of every favour owed");
        assertThat(indirect("The treasurer was accused of hiding two years of losses from the board."))
                .extracting(QuoteRecord::quote).containsExactly("The treasurer", "hiding two years of losses from the board");
    }

    @Test void anExpletivePassiveGivesItsThatClauseOnly() {
        assertThat(only("It is widely believed that the canal will close before winter.").quote())
                .isEqualTo("that the canal will close before winter");
        // "it is expected to rain" reports nothing
        assertThat(indirect("It is expected to rain in the valley on Sunday.")).isEmpty();
    }

    @Test void quotedAsSayingReportsForItsSubject() {
        QuoteRecord r = only("Councillor Rosa Fenn was quoted as saying the levy would be dropped.");
        assertThat(r.quote()).isEqualTo("the levy would be dropped");
        assertThat(r.speaker()).isEqualTo("Rosa Fenn");
    }

    @Test void aPassiveToAPlaceIsNoReport() {
        assertThat(indirect("The theft was reported to the harbour police on Monday.")).isEmpty();
    }

    @Test void aNounThatCouldBeAReportingVerbReportsNothing() {
        // "attacks", "calls": nouns by the part-of-speech tagger, not verbs with a subject before them
        assertThat(indirect("Rocket attacks killed nine people in the port town.")).isEmpty();
        assertThat(indirect("Weekend storms and late-night calls kept the crews busy.")).isEmpty();
        // the same forms as verbs still report
        assertThat(only("Senator Ames attacks the harbour plan as a gift to developers.").quote())
                .isEqualTo("the harbour plan as a gift to developers");
        assertThat(only("Dana Holt plans to run for mayor.").quote()).isEqualTo("to run for mayor");
    }

    @Test void aRaisingVerbGivesItsSubjectAndItsInfinitive() {
        assertThat(indirect("The harbour plan seems to please nobody in the valley."))
                .extracting(QuoteRecord::quote).containsExactly("The harbour plan", "to please nobody in the valley");
        assertThat(indirect("The old ferry appeared in the harbour at dawn.")).isEmpty();
    }

    @Test void aContractedSubjectOpensTheClause() {
        QuoteRecord r = only("Dana Holt says he's satisfied that the audit found nothing.");
        assertThat(r.quote()).isEqualTo("he's satisfied that the audit found nothing");
        assertThat(r.speaker()).isEqualTo("Dana Holt");
    }

    @Test void calledWithQuotedWordsOrAPossessiveObject() {
        // The thing called is named in quotation marks, or opens with someone's possessive; the occasion the
        // reporter adds ("at the meeting") stays outside, as for any object.
        assertThat(only("Greta Holm called the new toll \"a tax on commuters\" at the meeting.").quote())
                .isEqualTo("the new toll \"a tax on commuters\"");
        assertThat(only("Rafael Soto called Ingrid Lund's budget a gamble with pensions.").quote())
                .isEqualTo("Ingrid Lund's budget a gamble with pensions");
        assertThat(indirect("Rafael Soto called Ingrid Lund after the vote.")).isEmpty();
    }

    @Test void aRelativeSubjectReports() {
        // "who said": the verb reports for someone named before it, whoever the rules resolve.
        List<QuoteRecord> rows = indirect("The station took calls from farmers who said the new levy would ruin them.");
        assertThat(rows).extracting(QuoteRecord::quote).contains("the new levy would ruin them");
    }

    @Test void aContractedSubjectIsNoPossessive() {
        // "she's claiming": the 's is a contracted "is", the verb reports; "Lund's claims" is a noun.
        assertThat(only("Anna Reyes spoke at the plant. She’s claiming that the layoffs were planned for months.").quote())
                .isEqualTo("that the layoffs were planned for months");
    }

    @Test void aViewHeldReportsWithAs() {
        assertThat(only("Tomas Wiik saw the new levy as a tax on small harbours.").quote())
                .isEqualTo("the new levy as a tax on small harbours");
        assertThat(only("Greta Holm views the merger as a threat to rural clinics.").quote())
                .isEqualTo("the merger as a threat to rural clinics");
        assertThat(indirect("Tomas Wiik saw the new ferry at the pier on Sunday.")).isEmpty();
    }

    @Test void expressedNamesWhatWasSaid() {
        // The feeling is the cue's ("expressed concern about"); what it is about is the content (session 8).
        assertThat(only("Ilse Varga expressed concern about the cost of the coastal road.").quote())
                .isEqualTo("the cost of the coastal road");
    }

    @Test void anObjectEndsBeforeTheOccasionTheReporterAdds() {
        QuoteRecord r = only("Councillor Ines Marlow criticized the harbour levy in a statement on Friday.");
        assertThat(r.quote()).isEqualTo("the harbour levy");
        QuoteRecord t = only("Councillor Ines Marlow mentioned the ferry fares since the March vote.");
        assertThat(t.quote()).isEqualTo("the ferry fares");
    }

    @Test void anObjectEndsBeforeAnAsideOrTheSubjectsNextVerb() {
        // The participle after the comma calls something something of its own (a second row).
        List<QuoteRecord> rows = indirect("Mayor Tomas Brandt praised the new tram line, even calling it a model for the region.");
        assertThat(rows).extracting(QuoteRecord::quote).containsExactly("the new tram line", "a model for the region");
        QuoteRecord t = only("Mayor Tomas Brandt praised the new tram line and has since asked for a second one.");
        assertThat(t.quote()).isEqualTo("the new tram line");
    }

    @Test void aBareClauseAfterAVerbOfSayingKeepsItsOccasion() {
        QuoteRecord r = only("Mayor Tomas Brandt said the tram line opened in a ceremony on Friday.");
        assertThat(r.quote()).isEqualTo("the tram line opened in a ceremony on Friday");
    }

    @Test void aDirectQuoteWithAnAppositiveBeforeItsVerbIsNoReportedSpeech() {
        List<QuoteRecord> rows = indirect("“The ferry will run all winter,” Hanna Osei, the harbour master, said on Monday.");
        assertThat(rows).isEmpty();
    }

    @Test void aFrontedHoweverAndADatelineAreNoPartOfTheContent() {
        QuoteRecord r = only("However, the ferry will run all winter, the harbour master said.");
        assertThat(r.quote()).isEqualTo("the ferry will run all winter");
        QuoteRecord t = only("Story.\n\nPORTVALE (AP) — The ferry will run all winter, the harbour master said.");
        assertThat(t.quote()).isEqualTo("The ferry will run all winter");
    }

    @Test void aClauseVerbAlsoTakesWhatWasSaidAsAnObject() {
        for (String verb : List.of("announced", "denied", "proposed", "mentioned", "confirmed")) {
            QuoteRecord r = only("Councillor Ines Marlow " + verb + " the new ferry timetable.");
            assertThat(r.quote()).as(verb).isEqualTo("the new ferry timetable");
            assertThat(r.cue()).as(verb).isEqualTo(verb);
            assertThat(r.speaker()).as(verb).isEqualTo("Ines Marlow");
        }
    }

    @Test void aClauseVerbsHearerPronounOpensNoObjectContent() {
        assertThat(indirect("The port authority denied them a berth for the winter.")).isEmpty();
    }

    @Test void aNounOfANameIsNoClauseVerb() {
        assertThat(indirect("The Harbour Office report showed no change, and the Audit Office report released last month did too."))
                .extracting(QuoteRecord::cue).doesNotContain("report");
    }

    @Test void verbsOfJudgingAndOfMakingAPlanKnownTakeAnObject() {
        assertThat(only("Councillor Ines Marlow chastised the ferry board for the delays.").quote())
                .isEqualTo("the ferry board for the delays");
        assertThat(only("Councillor Ines Marlow unveiled a plan for a second harbour.").quote())
                .isEqualTo("a plan for a second harbour");
        assertThat(only("Councillor Ines Marlow backed the harbour levy.").quote()).isEqualTo("the harbour levy");
        assertThat(only("The county court ruled that the levy was lawful.").quote()).isEqualTo("that the levy was lawful");
    }

    @Test void theBareFormOfBackIsNoReportingVerb() {
        assertThat(indirect("The ferry came back the next morning with forty passengers.")).isEmpty();
    }

    @Test void anAsClauseOpeningTheSentence() {
        QuoteRecord r = only("As Mayor Tomas Brandt pointed out, the tram line has never run at a loss.");
        assertThat(r.quote()).isEqualTo("the tram line has never run at a loss");
        assertThat(r.speaker()).isEqualTo("Tomas Brandt");
        assertThat(r.cue()).isEqualTo("pointed out");
    }

    @Test void anAsClauseInsideTheContentGivesBothHalves() {
        List<QuoteRecord> rows = indirect("The tram line, as Mayor Tomas Brandt noted, has never run at a loss.");
        assertThat(rows).extracting(QuoteRecord::quote).containsExactly("The tram line", "has never run at a loss");
        assertThat(rows).extracting(QuoteRecord::speaker).containsOnly("Tomas Brandt");
    }

    @Test void anAsClauseEndingTheSentence() {
        QuoteRecord r = only("The levy was never meant to last, as Mayor Tomas Brandt put it in May.");
        assertThat(r.quote()).isEqualTo("The levy was never meant to last");
        assertThat(r.cue()).isEqualTo("put it in May");
    }

    @Test void anAsClauseWhoseVerbHasAnObjectIsNoAttribution() {
        // The verb has an object of its own: the clause after the comma is not what the captain said.
        assertThat(indirect("As the captain noted the delay in the log, the ferry left the harbour."))
                .extracting(QuoteRecord::quote).doesNotContain("the ferry left the harbour");
    }

    @Test void aParticipleOfSayingAfterAClauseReportsEvenWithoutAResolvedSpeaker() {
        List<QuoteRecord> rows = indirect("Last spring the county board shut the old ferry pier, citing a risk to swimmers.");
        assertThat(rows).extracting(QuoteRecord::quote).containsExactly("a risk to swimmers");
    }

    @Test void aParticipleThatIsNoVerbOfSayingNeedsASpeaker() {
        assertThat(indirect("Last spring the county board shut the old ferry pier, hoping to save money.")).isEmpty();
    }

    @Test void verbsOfPortrayingAndOfSettingOutTakeAnObject() {
        assertThat(only("Councillor Ines Marlow portrayed the levy as a burden on fishermen.").quote())
                .isEqualTo("the levy as a burden on fishermen");
        assertThat(only("Councillor Ines Marlow articulated a vision for the old harbour.").quote())
                .isEqualTo("a vision for the old harbour");
    }

    @Test void aCoordinatedVerbPhraseSharesTheSentencesSubject() {
        QuoteRecord r = only("Councillor Ines Marlow toured the old pier on Monday and criticized the harbour levy.");
        assertThat(r.quote()).isEqualTo("the harbour levy");
        assertThat(r.speaker()).isEqualTo("Ines Marlow");
    }

    @Test void verbsOfAnUndertakingTakeWhatIsUndertakenAsAnObject() {
        assertThat(only("Councillor Ines Marlow vowed a recount of the harbour vote.").quote())
                .isEqualTo("a recount of the harbour vote");
        assertThat(only("Councillor Ines Marlow vowed to recount the harbour vote.").quote())
                .isEqualTo("to recount the harbour vote");
    }

    @Test void anInfinitiveOfSayingReportsForTheSentencesSubject() {
        QuoteRecord r = only("Councillor Ines Marlow went on to criticize the harbour levy.");
        assertThat(r.quote()).isEqualTo("the harbour levy");
        assertThat(r.speaker()).isEqualTo("Ines Marlow");
    }

    @Test void anInfinitiveAfterAVerbOfTryingIsNotYetSaid() {
        assertThat(indirect("Councillor Ines Marlow tried to criticize the harbour levy.")).isEmpty();
    }

    @Test void aPassiveWithItsSourceAfterByGivesTheSubject() {
        QuoteRecord r = only("The proposals about the harbour levy are supported by Councillor Ines Marlow.");
        assertThat(r.quote()).isEqualTo("The proposals about the harbour levy");
        assertThat(r.speaker()).isEqualTo("Ines Marlow");
    }

    @Test void aPassiveOfAVerbThatReportsNothingIsNoReport() {
        assertThat(indirect("The harbour levy was caused by the storm damage in March.")).isEmpty();
    }

    @Test void aSentenceCaseHeadlineMayEndInOneName() {
        List<QuoteRecord> rows = indirect("Harbour pilots union endorses Marlow\n\nThe union of harbour pilots met on Monday.");
        assertThat(rows).extracting(QuoteRecord::quote).containsExactly("Marlow");
        assertThat(indirect("Harbour Pilots Union Endorses Marlow\n\nThe union of harbour pilots met on Monday."))
                .extracting(QuoteRecord::quote).doesNotContain("Marlow");
    }

    @Test void theIngFormOfCalledCallsSomethingSomething() {
        QuoteRecord r = only("Councillor Ines Marlow is calling the harbour levy a burden on fishermen.");
        assertThat(r.quote()).isEqualTo("the harbour levy a burden on fishermen");
        assertThat(r.speaker()).isEqualTo("Ines Marlow");
    }

    // Issue #10, session 8 (precision and content bounds).

    @Test void aRelativeThatAfterAnObjectOpensNoContent() {
        // "that" with a verb right after it describes the noun before it; a complementizer's clause has a subject.
        assertThat(indirect("Mayor Tomas Brandt called for wider buses that carried more bicycles.")
                .stream().map(QuoteRecord::quote)).doesNotContain("that carried more bicycles");
        assertThat(indirect("The rivals traded barbs, with attacks that damaged both campaigns.")).isEmpty();
        // A complementizer after a time, and one right after the verb, still open the content.
        assertThat(only("Mayor Tomas Brandt said on Friday that was the last ferry of the season.").quote())
                .isEqualTo("that was the last ferry of the season");
    }

    @Test void aMainClauseAfterACommaEndsTheContent() {
        // The content was a fronted clause of the reporter's sentence, whose own subject and verb follow the comma.
        QuoteRecord r = only("After Ines Marlow said the levy was unfair, she voted against it.");
        assertThat(r.quote()).isEqualTo("the levy was unfair");
        // A fronted phrase inside a "that" clause: the clause's subject comes after the comma.
        assertThat(only("Ines Marlow said that if the levy passes, she will resign.").quote())
                .isEqualTo("that if the levy passes, she will resign");
        assertThat(only("Ines Marlow said that in May, the ferries had run late twice.").quote())
                .isEqualTo("that in May, the ferries had run late twice");
    }

    @Test void aSecondVerbPhraseOfTheSpeakerEndsTheContent() {
        assertThat(only("Ines Marlow vowed to cut fares and boarded the evening ferry.").quote()).isEqualTo("to cut fares");
        assertThat(only("Ines Marlow said the fares were too high and then boarded the evening ferry.").quote())
                .isEqualTo("the fares were too high");
        // A clause with its own finite verb keeps its second verb phrase: it is more often that clause's subject's.
        assertThat(only("Ines Marlow said the captain ignored the warning and steered the ferry into the storm.").quote())
                .isEqualTo("the captain ignored the warning and steered the ferry into the storm");
    }

    @Test void aHorizontalBarOpensTheReportersAside() {
        assertThat(only("Ines Marlow promised to cut fares ― a pledge she has made before.").quote()).isEqualTo("to cut fares");
    }

    @Test void aNestedVerbOfSayingWithAClauseOfItsOwnGivesTheInnermostComplement() {
        assertThat(only("Councillor Ines Marlow refused to pledge to lower the ferry fares.").quote())
                .isEqualTo("to lower the ferry fares");
        assertThat(only("Councillor Ines Marlow wanted to know who had approved the levy.").quote())
                .isEqualTo("who had approved the levy");
        // An infinitive whose verb of saying takes an object keeps its verb: "to comment on …" is what was declined.
        assertThat(only("Councillor Ines Marlow declined to discuss the ferry fares.").quote())
                .isEqualTo("to discuss the ferry fares");
    }

    @Test void aFeelingAboutSomethingGivesWhatItIsAbout() {
        assertThat(only("Councillor Ines Marlow expressed deep concern about the ferry fares.").quote())
                .isEqualTo("the ferry fares");
        assertThat(only("Councillor Ines Marlow expressed outrage over the new levy.").quote()).isEqualTo("the new levy");
    }

    @Test void anInfinitiveWithNoOneToAttributeItToIsNoReport() {
        assertThat(indirect("They planned to build a fence along the pier.")).isEmpty();
    }

    @Test void supposedToIsAnObligationNotAReport() {
        assertThat(indirect("The old pier is supposed to be repaired by the county.")).isEmpty();
    }

    @Test void aPassiveReportsSubjectStartsAfterAFrontedWord() {
        List<String> quotes = indirect("Although the ferry is expected to run late, the crews are ready.").stream()
                .map(QuoteRecord::quote).toList();
        assertThat(quotes).contains("the ferry").doesNotContain("Although the ferry");
    }

    @Test void anObjectWithScareQuotesStillEndsBeforeTheOccasion() {
        assertThat(only("Councillor Ines Marlow criticized the levy as a “cash grab” during the harbour debate.").quote())
                .isEqualTo("the levy as a “cash grab”");
    }

    @Test void aSecondClauseAfterCommaAndStaysInAClauseContent() {
        assertThat(only("Ines Marlow said the fares were too high, and the ferry crews were tired.").quote())
                .isEqualTo("the fares were too high, and the ferry crews were tired");
        // An infinitive takes no second clause, and a name after ", and" opens the reporter's new subject.
        assertThat(indirect("Ines Marlow vowed to cut fares, and the ferry crews were relieved.").get(0).quote())
                .isEqualTo("to cut fares");
        assertThat(indirect("Ines Marlow said the fares were too high, and Tomas Brandt has promised a review.").get(0).quote())
                .isEqualTo("the fares were too high");
    }

    @Test void aPluralPossessiveApostropheOpensNoQuotation() {
        // Read as an opening mark, the apostrophe would hide the "and says" that ends the content.
        assertThat(indirect("Ines Marlow said the islands’ ferries were “worn out” and says she will buy new ones.").get(0).quote())
                .isEqualTo("the islands’ ferries were “worn out”");
    }

    @Test void aPartyAndStateAfterANameBelongToTheContent() {
        assertThat(only("Ines Marlow said she would consider Rep. Tomas Brandt (D-Ohio), a former mayor.").quote())
                .isEqualTo("she would consider Rep. Tomas Brandt (D-Ohio)");
        assertThat(only("Ines Marlow said she admired Sen. Tomas Brandt (Vt.) for his patience.").quote())
                .isEqualTo("she admired Sen. Tomas Brandt (Vt.) for his patience");
        // A longer parenthesis is an aside of the reporter's.
        assertThat(only("Ines Marlow said the fares would rise (the board has not voted yet).").quote())
                .isEqualTo("the fares would rise");
    }

    @Test void aCommentOnTheWholeSentenceIsNoPartOfTheContent() {
        assertThat(only("As it stands, the ferry will run all winter, the harbour master said.").quote())
                .isEqualTo("the ferry will run all winter");
        assertThat(only("Costs aside, the ferry will run all winter, the harbour master said.").quote())
                .isEqualTo("the ferry will run all winter");
    }

    @Test void aParticipleOfCallingAfterACommaNamesWhatWasCalled() {
        List<QuoteRecord> rows = indirect("Councillor Mira Osei opposed the levy, calling it a tax on commuters.");
        assertThat(rows).extracting(QuoteRecord::quote).containsExactly("the levy", "a tax on commuters");
        // "calling" without a comma before it is no such participle.
        assertThat(indirect("The harbour board kept calling meetings about the dredging plan.")).isEmpty();
    }

    @Test void aDecisionOfABodyOrAnOfficerNamesWhatWasDecided() {
        for (String verb : List.of("imposed", "approved", "vetoed", "blocked")) {
            QuoteRecord r = only("The county board " + verb + " a new levy on harbour freight on Monday.");
            assertThat(r.quote()).isEqualTo("a new levy on harbour freight");
            assertThat(r.speaker()).isNotNull();
        }
        QuoteRecord r = only("Governor Ilse Marlow appointed a former judge to the ferry commission.");
        assertThat(r.quote()).isEqualTo("a former judge to the ferry commission");
        assertThat(r.speaker()).isEqualTo("Ilse Marlow");
    }

    @Test void theNounsOfADecisionAreNoVerbs() {
        // "blocks", "issues" as nouns, and the bare forms of verbs listed by their past forms only.
        assertThat(indirect("The new blocks of flats along the harbour have three floors each.")).isEmpty();
        assertThat(indirect("The issues facing the harbour board are mostly about money.")).isEmpty();
    }

    @Test void aVerbOfAppearingWithAComplementReportsTheSubjectAndTheView() {
        assertThat(indirect("The new ferry timetable seems too costly for the council.")).extracting(QuoteRecord::quote)
                .containsExactly("The new ferry timetable", "too costly for the council");
        assertThat(indirect("The harbour plan can seem like a gift to the developers.")).extracting(QuoteRecord::quote)
                .containsExactly("The harbour plan", "like a gift to the developers");
        // The person it seems so to is not part of the view.
        assertThat(indirect("The dredging plan may have seemed far away to most fishermen.")).extracting(QuoteRecord::quote)
                .containsExactly("The dredging plan", "far away");
        assertThat(indirect("The old pier is considered a danger to swimmers in the bay.")).extracting(QuoteRecord::quote)
                .containsExactly("The old pier", "a danger to swimmers in the bay");
    }

    @Test void aVerbOfAppearingWithoutAViewReportsNothing() {
        assertThat(indirect("The mayor appeared on television with the harbour master.")).isEmpty();
        assertThat(indirect("The harbour board looks at the ferry accounts every month.")).isEmpty();
        assertThat(indirect("The levy seems to have little support among traders.")).extracting(QuoteRecord::quote)
                .doesNotContain("The levy seems to have little support among traders");
        // Nested in another report, or the object of another verb, the view is that report's content.
        assertThat(indirect("Ames noted that the old pier seemed unsafe for swimmers.")).extracting(QuoteRecord::quote)
                .containsExactly("that the old pier seemed unsafe for swimmers");
        assertThat(indirect("The new deck, which makes them seem taller than the crane, was painted white.")).isEmpty();
    }

    @Test void madeClearAndMadeTheCaseReportLikeAVerbOfSaying() {
        QuoteRecord r = only("Mayor Tomas Brandt made it clear he would not raise the ferry fares.");
        assertThat(r.quote()).isEqualTo("he would not raise the ferry fares");
        assertThat(r.speaker()).isEqualTo("Tomas Brandt");
        QuoteRecord t = only("Mayor Tomas Brandt made clear that the ferry would run all winter.");
        assertThat(t.quote()).isEqualTo("that the ferry would run all winter");
        QuoteRecord u = only("Councillor Mira Osei made the case for a second tram line at the meeting.");
        assertThat(u.quote()).isEqualTo("a second tram line");
        QuoteRecord v = only("Councillor Mira Osei made no secret of her doubts about the levy.");
        assertThat(v.quote()).isEqualTo("her doubts about the levy");
        // "make" with anything else says nothing.
        assertThat(indirect("Councillor Mira Osei made a cake for the harbour fair.")).isEmpty();
        assertThat(indirect("The new timetable made the ferry crews clearly unhappy.")).isEmpty();
    }

    @Test void aVerbOfTalkingReachesItsPrepositionPastAParticleOrAnAdverb() {
        QuoteRecord r = only("Mayor Tomas Brandt spoke out on Tuesday about the closure of the ferry pier.");
        assertThat(r.quote()).isEqualTo("the closure of the ferry pier");
        QuoteRecord t = only("Councillor Mira Osei spoke warmly of the harbour crews who worked through the storm.");
        assertThat(t.quote()).isEqualTo("the harbour crews who worked through the storm");
    }

    @Test void aStanceAfterBeReportsWhatItIsAbout() {
        QuoteRecord r = only("Councillor Mira Osei is a staunch opponent of the harbour levy.");
        assertThat(r.quote()).isEqualTo("the harbour levy");
        assertThat(r.speaker()).isEqualTo("Mira Osei");
        QuoteRecord t = only("Councillor Mira Osei has been critical of the ferry board since the spring.");
        assertThat(t.quote()).isEqualTo("the ferry board");
        // A stance noun without "be" before it names people, not a stance of the subject's.
        assertThat(indirect("Opponents of the harbour levy gathered outside the town hall.")).isEmpty();
    }

    @Test void aStanceInARelativeClauseEndsAtItsComma() {
        List<QuoteRecord> rows = indirect("Ames, who is a critic of the levy, suggests that the ferry should be free.");
        assertThat(rows).extracting(QuoteRecord::quote).containsExactly("the levy", "that the ferry should be free");
    }

    @Test void anActInsideWhatWasSaidIsNoReportOfItsOwn() {
        // What the firm refused is part of what the inspector said: one row, not a second one for "refused".
        assertThat(only("Inspector Dana Holt said the shipping firm had missed every deadline, and refused to pay the harbour fees.").quote())
                .isEqualTo("the shipping firm had missed every deadline, and refused to pay the harbour fees");
        // Outside another report the refusal keeps its row.
        assertThat(only("The firm missed every deadline. Its owner, Dana Holt, refused to pay the harbour fees.").quote())
                .isEqualTo("to pay the harbour fees");
    }

    @Test void theSpeakersOwnWhichClauseStaysInTheContent() {
        // "which" + its verb after a reported clause comments on the claim, as the speaker made it.
        assertThat(only("Ines Marlow said the harbour levy had failed, which is why the ferry fares rose.").quote())
                .isEqualTo("the harbour levy had failed, which is why the ferry fares rose");
        // A "which" clause with a subject of its own is the reporter's aside.
        assertThat(only("Tomas Brandt said the harbour levy had failed, which the board denies.").quote())
                .isEqualTo("the harbour levy had failed");
        // After a noun phrase (no clause of its own) the "which" clause stays out.
        assertThat(only("Tomas Brandt acknowledged the cost of the harbour levy, which makes him an outlier.").quote())
                .isEqualTo("the cost of the harbour levy");
    }

    @Test void aDetailBetweenDashesStaysInAThatClause() {
        assertThat(only("Ines Marlow argued that the harbour fees — the berth fee, the pilot fee and the tug fee — would all rise in May.").quote())
                .isEqualTo("that the harbour fees — the berth fee, the pilot fee and the tug fee — would all rise in May");
        // A dash before a clause of the reporter's still ends the content.
        assertThat(only("Tomas Brandt said that the ferry fares would rise — he has said so before.").quote())
                .isEqualTo("that the ferry fares would rise");
        // Without "that" the dash ends the content as before.
        assertThat(only("Tomas Brandt said the ferry fares would rise — the berth fee, the pilot fee and the tug fee.").quote())
                .isEqualTo("the ferry fares would rise");
    }

    @Test void anAsideInsideTheSubjectOfAThatClauseDoesNotEndIt() {
        assertThat(only("The mayor told reporters that the council, which met in March, would vote on the levy again.").quote())
                .isEqualTo("that the council, which met in March, would vote on the levy again");
        assertThat(only("Ines Marlow said that the ferry towns, led by Eastport, will share the cost.").quote())
                .isEqualTo("that the ferry towns, led by Eastport, will share the cost");
        // After the clause's verb the aside is the reporter's, as before.
        assertThat(only("Ines Marlow said that the ferry towns will share the cost, which angered the council.").quote())
                .isEqualTo("that the ferry towns will share the cost");
    }

    @Test void aThingFoundOrKnownIsNoFinding() {
        assertThat(indirect("The harbour board found ways to cut the ferry fees.")).isEmpty();
        assertThat(only("The harbour board found that the ferry fees were too high.").quote())
                .isEqualTo("that the ferry fees were too high");
        assertThat(only("Ines Marlow knows nothing about ferries, the mayor said.").quote())
                .isEqualTo("Ines Marlow knows nothing about ferries");
    }

    @Test void questionsAboutIsTheNoun() {
        assertThat(indirect("The ferry delays raised fresh questions about the harbour budget.")).isEmpty();
        assertThat(only("Ines Marlow questioned the harbour budget in a letter.").quote()).isEqualTo("the harbour budget");
    }

    @Test void aHearsayAdverbReportsTheSubjectAndTheVerbPhraseWithoutASource() {
        List<QuoteRecord> rows = indirect("The harbour crew left early. A grey van allegedly struck the ferry gate during the parade.");
        assertThat(rows).extracting(QuoteRecord::quote).containsExactly("A grey van", "struck the ferry gate during the parade");
        assertThat(rows).extracting(QuoteRecord::speaker).containsOnlyNulls();
        // Before its auxiliary the subject ends; the verb phrase after the adverb is the content.
        assertThat(indirect("The pier is quiet. The ferry fund is reportedly weighing a bid for the harbour.")).extracting(QuoteRecord::quote)
                .containsExactly("The ferry fund", "weighing a bid for the harbour");
        // Inside what someone said, the adverb is part of that report.
        assertThat(only("Inspector Dana Holt said the driver allegedly ignored the harbour signals.").quote())
                .isEqualTo("the driver allegedly ignored the harbour signals");
        // Before a verb of saying, the verb reports for itself.
        assertThat(only("The harbour master reportedly told the crews that the pier would close.").quote())
                .isEqualTo("that the pier would close");
    }

    @Test void aQuestionPressedOnSomeoneNamesItsTopicAfterThePreposition() {
        QuoteRecord r = only("The ferry crews waited. The radio host pressed him on his plan to sell the harbour.");
        assertThat(r.quote()).isEqualTo("his plan to sell the harbour");
        assertThat(r.cue()).isEqualTo("pressed him on");
        // A reduced clause has no source of its own, and ends at its comma.
        QuoteRecord w = only("The ferry crews waited. When pressed on why the levy leaves out fishermen, the minister changed the subject.");
        assertThat(w.quote()).isEqualTo("why the levy leaves out fishermen");
        assertThat(w.speaker()).isNull();
        // Pressing on is going on, not asking; so is any pressing without a topic.
        assertThat(indirect("The ferry crews waited. The union pressed on with the harbour strike.")).isEmpty();
        assertThat(indirect("The ferry crews waited. The union pressed the harbour board hard.")).isEmpty();
    }

    @Test void weighingInNamesWhatWasSaidAfterThePreposition() {
        QuoteRecord r = only("The ferry crews waited. Several councillors weighed in on Friday about whether the pier should close.");
        assertThat(r.quote()).isEqualTo("whether the pier should close");
        assertThat(r.cue()).isEqualTo("weighed in on Friday about");
        // Without "in", weighing on something is a burden.
        assertThat(indirect("The ferry crews waited. Rising fuel costs weighed on the harbour board.")).isEmpty();
    }

    @Test void aVerbOfAgreeingNamesWhomOrWhatItAgreesWith() {
        QuoteRecord r = only("The harbour treasurer largely agreed with the ferry auditor.");
        assertThat(r.quote()).isEqualTo("the ferry auditor");
        assertThat(r.cue()).isEqualTo("agreed with");
        // One name is enough, up to the subject's next verb.
        assertThat(indirect("Ames largely agreed with Vell and seemed to think the levy was fair.")).extracting(QuoteRecord::quote)
                .contains("Vell");
        assertThat(only("The ferry crews waited. Not every councillor agrees on who should chair the harbour board.").quote())
                .isEqualTo("who should chair the harbour board");
        assertThat(only("Councillor Mira Osei disagrees with her former party.").quote()).isEqualTo("her former party");
        // A clause after the partner is still what was agreed.
        assertThat(only("Ames agreed with Vell that the tunnel was too costly.").quote()).isEqualTo("that the tunnel was too costly");
    }

    @Test void aVerbOfJudgingAfterARelativeAsideTakesANameAsItsObject() {
        QuoteRecord r = only("The crews waited. Ames, who chairs the harbour panel, blasted Vell as a menace.");
        assertThat(r.quote()).isEqualTo("Vell as a menace");
        assertThat(r.speaker()).isEqualTo("Ames");
        // Without the relative clause the comma still opens an inverted trailing attribution.
        assertThat(only("The ferry will run late, said Ames.").quote()).isEqualTo("The ferry will run late");
    }

    @Test void aBareWeekdayAfterAnObjectIsTheReportersTime() {
        assertThat(only("The crews waited. Ames blasted Vell as a “menace” Wednesday on the morning show.").quote())
                .isEqualTo("Vell as a “menace”");
        // A day inside the object stays.
        assertThat(only("The crews waited. Ames praised the moderator of Monday night's harbour debate.").quote())
                .isEqualTo("the moderator of Monday night's harbour debate");
    }

    @Test void aPronounRightBeforeTheVerbIsTheWholeSubject() {
        QuoteRecord r = only("Ines Marlow spoke to the crews. In an interview with a harbour radio station on Monday she blasted the board for failing to act.");
        assertThat(r.quote()).isEqualTo("the board for failing to act");
        assertThat(r.speaker()).isEqualTo("Ines Marlow");
    }

    @Test void aLongAsideBetweenTheVerbAndThatDoesNotHideTheClause() {
        QuoteRecord r = only("The crews waited. The mayor continues to insist, most recently in a radio interview on Monday, that the ferry will run on time.");
        assertThat(r.quote()).isEqualTo("that the ferry will run on time");
        // A relative "that" after a list is no complementizer of a verb before the list.
        assertThat(indirect("The crews waited. The board faces the port, two unions, the ferry firms and the towns that oppose the levy."))
                .extracting(QuoteRecord::quote).doesNotContain("that oppose the levy");
    }

    @Test void anyReportingVerbAfterContinueToReports() {
        QuoteRecord r = only("The crews waited. The governor and the mayor continue to ignore the warning that the levee is too weak.");
        assertThat(r.quote()).isEqualTo("the warning that the levee is too weak");
        assertThat(r.cue()).isEqualTo("ignore");
        // After a verb of wanting the same infinitive is not yet done: only "want" reports.
        assertThat(indirect("The crews waited. The governor and the mayor want to ignore the warning about the levee."))
                .extracting(QuoteRecord::cue).containsExactly("want");
    }
}
