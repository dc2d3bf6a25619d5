package org.quotable.extractor.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotable.extractor.TestArticles;
import org.quotable.extractor.pipeline.Attribution;
import org.quotable.extractor.pipeline.Candidate;
import org.quotable.extractor.pipeline.ExtractionState;
import org.quotable.extractor.pipeline.Pipeline;
import org.quotable.extractor.quote.QuoteFinder;
import org.quotable.extractor.text.TextAnalyzer;
import org.quotable.schema.SpeakerType;

/** The speaker stage on its own, after the quote stage: who said each quote, and by which sieve. */
class SpeakerResolverTest {
    private static final Pipeline QUOTES_AND_SPEAKERS =
            new Pipeline(TextAnalyzer.rules(), List.of(new QuoteFinder(), new SpeakerResolver()));

    private static List<Attribution> attributions(String text) {
        ExtractionState state = QUOTES_AND_SPEAKERS.run(TestArticles.of(text));
        return state.candidates().stream().map(Candidate::attribution).toList();
    }

    private static Attribution only(String text) {
        List<Attribution> all = attributions(text);
        assertThat(all).hasSize(1);
        assertThat(all.get(0)).isNotNull();
        return all.get(0);
    }

    @Test void aQuoteWhosePronounAgreesWithNoOneDoesNotTakeTheLastSpeaker() {
        String text = "Mr. Tomas Brel spoke first. He added that \"the budget is fair.\"\n\n"
                + "\"Subsidies are not a plan,\" she said on Tuesday.";
        List<Attribution> all = attributions(text);
        assertThat(all).hasSize(2);
        assertThat(all.get(0).speaker()).isEqualTo("Tomas Brel");
        assertThat(all.get(1)).as("'she' names someone the article does not").isNull();
    }

    @Test void anAsideBetweenDashesDoesNotSeparateTheSubjectFromItsVerb() {
        Attribution a = only("Mayor Ines Kova — who spent the night at the plant — confirmed the pumps were \"back to normal.\"");
        assertThat(a.speaker()).isEqualTo("Ines Kova");
        assertThat(a.cue()).isEqualTo("confirmed");
    }

    @Test void theCueNamesWhoWasTold() {
        assertThat(only("\"Prices will rise,\" Anna Berg told the BBC on Wednesday.").cue()).isEqualTo("told the BBC");
        assertThat(only("\"Prices will rise,\" Anna Berg told the committee.").cue()).isEqualTo("told the committee");
        assertThat(only("\"Prices will rise,\" Anna Berg told reporters.").cue()).isEqualTo("told reporters");
    }

    @Test void aDescriptionEndsWhereAClauseOpens() {
        Attribution a = only("Port strike 'could last weeks', says union chief as talks collapse");
        assertThat(a.speaker()).isEqualTo("union chief");
        Attribution b = only("\"We are not moving,\" said a spokesperson for the Dockworkers Union while talks went on.");
        assertThat(b.speaker()).isEqualTo("a spokesperson for the Dockworkers Union");
    }

    @Test void anAssociationSpeaksAsAnOrganization() {
        Attribution a = only("The employers' association said the strike was \"unnecessary.\"");
        assertThat(a.speakerType()).isEqualTo(SpeakerType.ORGANIZATION);
    }

    @Test void quoteThenSubjectAndVerb() {
        Attribution a = only("German Chancellor Friedrich Merz arrived.\n\n\"We are ready,\" Merz said.");
        assertThat(a.speaker()).isEqualTo("Friedrich Merz");
        assertThat(a.mention()).isEqualTo("Merz");
        assertThat(a.cue()).isEqualTo("said");
        assertThat(a.sieve()).isEqualTo("after");
        assertThat(a.speakerType()).isEqualTo(SpeakerType.PERSON);
    }

    @Test void quoteThenVerbAndSubjectWithTitlesInitialsAndParentheses() {
        Attribution a = only("“This is a sad day,” said Rep. A.B. Carver (D-Ohio), head of the caucus.");
        assertThat(a.speaker()).isEqualTo("A.B. Carver");
        assertThat(a.cue()).isEqualTo("said");
    }

    @Test void subjectWithAnAppositiveBeforeTheVerb() {
        Attribution a = only("\"Real progress,\" Rustem Umerov, Zelensky's senior security official, noted on Monday.");
        assertThat(a.speaker()).isEqualTo("Rustem Umerov");
        assertThat(a.cue()).isEqualTo("noted");
    }

    @Test void colonAndThatIntroductions() {
        assertThat(only("Hale said: \"I am truly pleased.\"").speaker()).isEqualTo("Hale");
        assertThat(only("Merz emphasized that \"an agreement has been reached.\"").speaker()).isEqualTo("Merz");
    }

    @Test void toldSomebodyIsPartOfTheCue() {
        Attribution a = only("Kallas told Reuters \"the loan is getting harder\" on Monday.");
        assertThat(a.speaker()).isEqualTo("Kallas");
        assertThat(a.cue()).isEqualTo("told Reuters");
    }

    @Test void accordingTo() {
        Attribution a = only("The plan is \"dead on arrival,\" according to Senator Mitch McConnell.");
        assertThat(a.speaker()).isEqualTo("Mitch McConnell");
        assertThat(a.sieve()).isEqualTo("according-to");
    }

    @Test void organisationsSpeakToo() {
        Attribution a = only("\"The talks will continue,\" the Kremlin said.");
        assertThat(a.speaker()).isEqualTo("Kremlin");
        assertThat(a.speakerType()).isEqualTo(SpeakerType.ORGANIZATION);
    }

    @Test void aPronounResolvesToTheSubjectNotTheObject() {
        String text = "Blaise Metreweli, the new chief of MI6, accused Putin of delay. \"He is stalling,\" she said.";
        Attribution a = only(text);
        assertThat(a.speaker()).isEqualTo("Blaise Metreweli");
        assertThat(a.mention()).isEqualTo("she");
        assertThat(a.sieve()).isEqualTo("after+pronoun");
    }

    @Test void aPronounAfterAPrepositionalOpenerStillMeansTheLastSpeaker() {
        String text = "\"We face a menace,\" Metreweli said. Regarding Putin, she added: \"He is dragging out talks.\"";
        assertThat(attributions(text)).extracting(Attribution::speaker).containsExactly("Metreweli", "Metreweli");
    }

    @Test void aQuoteWithoutAttributionInheritsFromTheQuoteBefore() {
        String text = "\"If amendments are made, we will object,\" Ushakov said. \"There will be provisions we reject.\"";
        List<Attribution> all = attributions(text);
        assertThat(all).extracting(Attribution::speaker).containsExactly("Ushakov", "Ushakov");
        assertThat(all.get(1).sieve()).isEqualTo("previous-quote");
    }

    @Test void anUnclosedQuoteResumingAfterAnAttributionIsKept() {
        // One line-broken paragraph: the second quote runs on and the next one opens before it is closed.
        String text = "“The harbour is closed,” said Mayor Ines Varga, the city's first mayor. “We lost the ferries. We lost"
                + " the trade. “Next year will be better,” her deputy Tomas Brel added.";
        List<Attribution> all = attributions(text);
        assertThat(all).extracting(Attribution::speaker).containsExactly("Ines Varga", "Ines Varga", "Tomas Brel");
        assertThat(all.get(1).sieve()).isEqualTo("previous-quote");
    }

    @Test void anUnclosedQuoteInheritingWithoutAnAttributionBetweenIsDropped() {
        String text = "“The harbour is closed,” said Mayor Ines Varga. Trade fell. “We lost the ferries. “Next year will be"
                + " better,” her deputy Tomas Brel added.";
        assertThat(attributions(text)).extracting(Attribution::speaker).containsExactly("Ines Varga", "Tomas Brel");
    }

    @Test void aRoleNounThenAFullNameIsACloseAppositiveNamingThePerson() {
        assertThat(only("\"The vote is close,\" her deputy Tomas Brel said.").speaker()).isEqualTo("Tomas Brel");
        assertThat(only("\"We will appeal,\" the lawyer Anna Lind said.").speaker()).isEqualTo("Anna Lind");
    }

    @Test void aQuotedNicknameDoesNotEndTheAttributionClause() {
        String text = "\"We are ready!\" shouted Margaret \"Peg\" Olsen, a city councillor from the east side."
                + " \"Are you?\"";
        assertThat(attributions(text)).extracting(Attribution::speaker).containsExactly("Margaret Olsen", "Margaret Olsen");
        assertThat(SpeakerResolver.withoutNicknames("said Robert \"Bob\" Hale.")).isEqualTo("said Robert Hale.");
        assertThat(SpeakerResolver.withoutNicknames("the \"deal\" Hale signed")).isEqualTo("the \"deal\" Hale signed");
    }

    @Test void aQuoteAfterASentenceReportingSomeonesViewTakesItsSubject() {
        String text = "Her old coach, Dana Whitfield, called her the hardest worker on the team. \"She never missed a practice.\"";
        Attribution a = only(text);
        assertThat(a.speaker()).isEqualTo("Dana Whitfield");
        assertThat(a.sieve()).isEqualTo("previous-statement");
        // Narrative with no reporting verb names no speaker.
        assertThat(attributions("Dana Whitfield coached the team. \"She never missed a practice.\"")).containsExactly((Attribution) null);
    }

    @Test void aPronounAgreesInGenderWithItsAntecedent() {
        String text = "Senator Laura Quist opened the hearing. Then Mr. Dale Brenner answered every question.\n\n"
                + "\"We will not wait,\" she said.\n\n\"Neither will we,\" he said.";
        assertThat(attributions(text)).extracting(Attribution::speaker).containsExactly("Laura Quist", "Dale Brenner");
    }

    @Test void aConjunctionInsideAnAppositiveDoesNotEndTheSubject() {
        String text = "Lena M. Ortiz, a nurse and union organiser at the county hospital, wrote \"the night shift"
                + " is where the care happens.\"";
        assertThat(only(text).speaker()).isEqualTo("Lena M. Ortiz");
        // Without the closing comma the conjunction opens a clause: "met Ann Lund and said" is not Lund's.
        assertThat(attributions("Karl Osei met Ann Lund and said \"we are done here for today.\""))
                .allMatch(a -> a == null || !a.speaker().equals("Ann Lund"));
    }

    @Test void aRunOfQuoteParagraphsInheritsFromThePreviousParagraph() {
        String text = "\"We will win,\" Kaja Kallas said.\n\n\"And we will rebuild.\"";
        List<Attribution> all = attributions(text);
        assertThat(all).extracting(Attribution::speaker).containsExactly("Kaja Kallas", "Kaja Kallas");
        assertThat(all.get(1).sieve()).isEqualTo("previous-paragraph");
    }

    @Test void aMultiParagraphQuoteSharesItsSpeaker() {
        String text = "“The first part goes on\n\n“and the second part ends here,” Kallas said.";
        assertThat(attributions(text)).extracting(Attribution::speaker).containsExactly("Kallas", "Kallas");
    }

    @Test void partialQuoteTakesTheSubjectOfTheReportingVerb() {
        String text = "Zelensky emphasized the gap between Moscow and Kyiv, urging mediation on this \"painful\" matter.";
        assertThat(only(text).speaker()).isEqualTo("Zelensky");
    }

    @Test void participleClauseTakesTheSentenceSubject() {
        String text = "During a speech, Varga attacked Lind over taxes and tolls, saying, \"She's spend-happy.\"";
        assertThat(only(text).speaker()).isEqualTo("Varga");
    }

    @Test void transcriptLabelsNameTheSpeakerAndLeaveTheQuote() {
        String text = "Nora Lindqvist was asked.\n\n\"LINDQVIST: Well, no, that is not so.\"";
        ExtractionState state = QUOTES_AND_SPEAKERS.run(TestArticles.of(text));
        Candidate c = state.candidates().get(0);
        assertThat(c.quote(text)).isEqualTo("Well, no, that is not so.");
        assertThat(c.attribution().speaker()).isEqualTo("Nora Lindqvist");
        assertThat(c.attribution().sieve()).isEqualTo("transcript");
    }

    @Test void aColonEndingThePreviousParagraphIntroducesTheQuote() {
        String text = "Omar Falk continued:\n\n\"The budget question divides both parties.\"";
        assertThat(only(text).speaker()).isEqualTo("Omar Falk");
    }

    @Test void dashAttribution() {
        assertThat(only("“He must stop calling us names.” ― Rosa Delgado").speaker()).isEqualTo("Rosa Delgado");
    }

    @Test void scareQuotesWithoutASpeakerAreDropped() {
        assertThat(attributions("The bill was called a \"disaster\" in the press.")).isEmpty();
    }

    @Test void aReportingVerbUsedAsANounAttributesNothing() {
        assertThat(attributions("The platform dropped a call for \"providing lethal weapons\" to Ukraine.")).isEmpty();
    }

    @Test void anAttributionEndingTheSentenceBeforeTheQuote() {
        Attribution a = only("The council may be slow to act, Tom Varga said. \"The other factor is money.\"");
        assertThat(a.speaker()).isEqualTo("Tom Varga");
        assertThat(a.sieve()).isEqualTo("previous-sentence");
    }

    @Test void aColonAfterAClauseGivesTheQuoteToItsSubject() {
        Attribution a = only("Governor Lind is trying out a new campaign slogan: \"It's about you.\"");
        assertThat(a.speaker()).isEqualTo("Lind");
        assertThat(a.sieve()).isEqualTo("colon-subject");
        assertThat(a.cue()).isNull();
    }

    @Test void aStrayOpeningMarkDoesNotHideTheSubject() {
        String text = "\"Varga stepped onto the podium, shouting “G-O! G-O!”";
        assertThat(attributions(text)).last().extracting(Attribution::speaker).isEqualTo("Varga");
    }

    @Test void datesAndNumbersAreNoSpeakers() {
        assertThat(attributions("On March 3, 2021, the senator made a remark: \"We will win.\""))
                .extracting(a -> a == null ? null : a.speaker()).containsExactly((String) null);
    }

    @Test void inAStatementIsPartOfTheCue() {
        Attribution a = only("\"We will not comment,\" the ministry said in a statement.");
        assertThat(a.speaker()).isEqualTo("the ministry");
        assertThat(a.speakerType()).isEqualTo(SpeakerType.ORGANIZATION);
        assertThat(a.cue()).isEqualTo("said in a statement");
    }

    @Test void aPronounAfterAQuoteRefersToSomeoneBeforeItNotToANameInsideIt() {
        Attribution a = attributions("Sonya Vark, the family's lawyer, spoke to reporters.\n\n"
                + "\"Pat Brel is a decent man who made a mistake,\" she said.").get(0);
        assertThat(a.speaker()).isEqualTo("Sonya Vark");
    }

    @Test void aPronounThatReferredToSomeoneTeachesTheirGender() {
        List<Attribution> all = attributions("Robin Tay, the director, spoke first. \"It was hard,\" he said.\n\n"
                + "Kim Adler watched from the side. Robin Tay nodded. \"I loved every minute,\" she said.");
        assertThat(all).extracting(Attribution::speaker).containsExactly("Robin Tay", "Kim Adler");
    }

    @Test void theyAndItAfterAnOrganisationsWordsAreThatOrganisation() {
        List<Attribution> all = attributions("The label that owns her songs, Harbour Records, denied it.\n\n"
                + "\"We did nothing wrong,\" they said in a statement.");
        assertThat(all.get(0).speaker()).isEqualTo("Harbour Records");
        assertThat(all.get(0).speakerType()).isEqualTo(SpeakerType.ORGANIZATION);
    }

    @Test void aPronounEndingAnOpeningPhraseIsTheSubject() {
        Attribution a = attributions("Ann Vell left the band in March. In a blog post at the time she called it "
                + "a \"betrayal of trust\" and moved on.").get(0);
        assertThat(a.speaker()).isEqualTo("Ann Vell");
    }

    @Test void aClauseEndingInAColonIntroducesTheNextQuoteNotThisOne() {
        List<Attribution> all = attributions("Songwriters Kate Yorn and Cara Smitt joined later. \"It is a different muscle,\" "
                + "Yorn said. \"You step back from yourself.\" Smitt agreed: \"It is a different job.\"");
        assertThat(all).extracting(Attribution::speaker).containsExactly("Kate Yorn", "Kate Yorn", "Cara Smitt");
    }

    @Test void anAdverbBetweenTheSpeakerAndTheVerb() {
        Attribution a = attributions("Ann Vell stood up. \"Can I give my place to him?\" Vell tearfully asked.").get(0);
        assertThat(a.speaker()).isEqualTo("Ann Vell");
    }

    @Test void aFamilyNameWrittenFirstResolvesToTheFullName() {
        Attribution a = attributions("Ambassador Wang Peiyu spoke in London.\n\n\"We are ready,\" Wang said.").get(0);
        assertThat(a.speaker()).isEqualTo("Wang Peiyu");
    }

    @Test void anOccupationBeforeANameKeepsItTheSubjectAndTitlesInMarksAreNoOne() {
        List<Attribution> all = attributions("Her son, filmmaker Kim Adler (\"The Test,\" \"The Long Road\"), remembers it well. "
                + "\"It was a hard year,\" he said.");
        assertThat(all).extracting(Attribution::speaker).containsExactly("Kim Adler");
    }

    @Test void aViewStatedAsSomeonesIsTheirs() {
        Attribution a = attributions("Ann Vell, an analyst at Gamewise, sees the price as its \"weak spot.\"").get(0);
        assertThat(a.speaker()).isEqualTo("Ann Vell");
    }

    @Test void theNameBeforeALongAppositiveIsTheSpeaker() {
        Attribution a = attributions("Ann Vell, an expert in water law and coastal policy at the Department of Marine Studies "
                + "at the Northern University who took no part in the survey, told reporters: \"It is a fair result.\"").get(0);
        assertThat(a.speaker()).isEqualTo("Ann Vell");
    }

    @Test void aNameWithAPluralVerbIsABodyThatTheyRefersTo() {
        Attribution a = attributions("Big Harbour have again rejected every claim of wrongdoing.\n\n"
                + "\"We never blocked the show,\" they said in a statement.").get(0);
        assertThat(a.speaker()).isEqualTo("Big Harbour");
        assertThat(a.speakerType()).isEqualTo(SpeakerType.ORGANIZATION);
    }

    @Test void aSirOrDameWithAFirstNameIsThePersonIntroducedInFull() {
        List<Attribution> all = attributions("Tom Hale opened the new wing on Friday.\n\n"
                + "\"It took ten years,\" Sir Tom said.\n\nDame Ann Vell, the trust's chair, agreed. \"It was worth it,\" Dame Ann said.");
        assertThat(all).extracting(Attribution::speaker).containsExactly("Tom Hale", "Ann Vell");
    }

    @Test void aTitleWithItsPlaceBeforeTheNameGivesThePersonNotTheTitle() {
        Attribution a = attributions("\"We are close to a deal,\" said Secretary of State Dana Holt.").get(0);
        assertThat(a.speaker()).isEqualTo("Dana Holt");
        Attribution b = attributions("Envoy Tomas Brel spoke. US envoy Tomas Brel: \"The talks go on.\"").get(0);
        assertThat(b.speaker()).isEqualTo("Tomas Brel");
    }

    @Test void wordsSungAreLyricsNotStatements() {
        String text = "Lena Vik walks on stage. \"Rivers run home, and so do I,\" she sings.\n\n"
                + "\"I wrote it for my father,\" Vik said later.";
        List<Attribution> all = attributions(text);
        assertThat(all).as("the lyrics are left out").hasSize(1);
        assertThat(all.get(0).speaker()).isEqualTo("Lena Vik");
        assertThat(only("Ola Brandt chanted, \"No more cuts!\" as she marched.").speaker())
                .as("a chant is the chanter's words").isEqualTo("Ola Brandt");
    }

    @Test void whatSomeoneWouldSayIsNotWhatTheySaid() {
        String text = "Dr. Ira Holm found the cause at last. \"It was the pillows,\" Holm said.\n\n"
                + "As any detective would say, \"The simplest answer is the right one.\"";
        List<Attribution> all = attributions(text);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).speaker()).isEqualTo("Ira Holm");
    }

    @Test void peopleAtLargeAreNoSpeaker() {
        List<Attribution> all = attributions("The ads show scenes in which people say, \"I can't stop.\"");
        assertThat(all).hasSize(1);
        assertThat(all.get(0)).isNull();
    }

    @Test void accordingToAttributesOnlyItsOwnSentence() {
        String text = "The base lies inside a wide \"safety corridor\" near the road. According to the ministry, the base is small.";
        assertThat(attributions(text)).isEmpty();
        Attribution a = only("The base is \"very small,\" according to Mayor Ines Kova.");
        assertThat(a.speaker()).isEqualTo("Ines Kova");
    }

    @Test void aHeadlineLineAfterAQuoteRunContinuesNoOnesWords() {
        String text = "\"The plan works,\" Anna Berg said on Monday.\n\n"
                + "\"Fix it now\": City spends more on new road repair plan\n\n"
                + "\"It is working well.\"\n\nThe council meets again in May.";
        List<Attribution> all = attributions(text);
        assertThat(all.get(0).speaker()).isEqualTo("Anna Berg");
        assertThat(all.get(1)).as("a headline linked to another story").isNull();
    }

    @Test void itSaysAfterABodysStatementIsThatBody() {
        String text = "Harbour Records have denied the claim. \"We never blocked her,\" they said in a written reply on Friday.\n\n"
                + "The row went on all weekend, with fans of the singer posting messages of support for her online and "
                + "writers on every music site taking sides, while the label's owners stayed silent for two days, and "
                + "the festival's organisers asked everyone to wait for a final ruling before selling any more tickets.\n\n"
                + "Now another statement has gone out to the organisers.\n\n"
                + "\"We will hand out every licence,\" it says.";
        List<Attribution> all = attributions(text);
        assertThat(all).hasSize(2);
        assertThat(all.get(0).speaker()).isEqualTo("Harbour Records");
        assertThat(all.get(1).speaker()).isEqualTo("Harbour Records");
        assertThat(all.get(1).speakerType()).isEqualTo(SpeakerType.ORGANIZATION);
    }

    @Test void theStatementOrTheGroupIsTheBodyNamedBefore() {
        String text = "Harbour Records published its findings on Monday. \"The river is dying,\" the report said.";
        Attribution a = only(text);
        assertThat(a.speaker()).isEqualTo("Harbour Records");
        assertThat(a.speakerType()).isEqualTo(SpeakerType.ORGANIZATION);
        assertThat(only("\"We will appeal,\" the group said.")).as("no body named: the words as written")
                .extracting(Attribution::speaker).isEqualTo("the group");
    }

    @Test void theNameOpeningAParagraphBeforeARelativeClauseIsTheSpeaker() {
        String text = "Ann Vell, a lecturer in river law at the School of Coastal Studies at the Northern "
                + "Polytechnic who took no part in the survey, told the paper: \"Although the count went up by a small margin "
                + "this could matter a great deal.\"";
        assertThat(only(text).speaker()).isEqualTo("Ann Vell");
        String two = "Ann Vell wrote the report. A colleague who did not work on it told the paper: \"It is too short.\"";
        assertThat(attributions(two)).as("not across a sentence")
                .allSatisfy(a -> assertThat(a == null ? null : a.speaker()).isNotEqualTo("Ann Vell"));
    }

    // Issue 13: a quoted fragment read at the level of its sentence.

    @Test void aFragmentTakesTheAttributionClauseClosingItsSentence() {
        Attribution a = only("The harbour is \"silting up fast\" and needs dredging every year, Dana Holt said in a radio interview.");
        assertThat(a.speaker()).isEqualTo("Dana Holt");
        assertThat(a.sieve()).isEqualTo("sentence-end");
    }

    @Test void aFragmentGovernedByAJudgingVerbIsTheSubjects() {
        assertThat(only("The Ferry Board rejected the figures as \"plainly wrong,\" and asked for a recount.").speaker())
                .isEqualTo("Ferry Board");
        assertThat(only("Mara Lind introduced her guest as \"the best cook on the coast\" to the crowd.").speaker())
                .isEqualTo("Mara Lind");
        assertThat(only("Tomas Brel remembered his father fishing at dawn and \"singing to the gulls the whole time.\"").speaker())
                .isEqualTo("Tomas Brel");
    }

    @Test void theSubjectOfASentenceGovernsAFragmentAfterASecondVerb() {
        String text = "In a long post on Sunday, Ines Kova thanked her readers and noted there was \"no shame\" in asking for help.";
        assertThat(only(text).speaker()).isEqualTo("Ines Kova");
        String infinitive = "Mayor Ines Kova went on the radio last week to describe the storm as a \"once in a lifetime event.\"";
        assertThat(only(infinitive).speaker()).isEqualTo("Ines Kova");
    }

    @Test void aFragmentWithNoVerbOfSayingStaysAScareQuote() {
        assertThat(attributions("Ines Kova drove the \"new\" bus to the depot on Friday.")).isEmpty();
    }

    @Test void anAbbreviatedMonthDoesNotEndTheAttributionClause() {
        Attribution a = only("Lt. Ana Ruiz, a spokesperson for the port, told the radio on Nov. 3 that the report \"is simply false.\"");
        assertThat(a.speaker()).isEqualTo("Ana Ruiz");
    }

    @Test void aDescriptionWithATitleOfAWorkInItIsStillTheSpeakersDescription() {
        assertThat(SpeakerResolver.withoutQuotedTitles(" the \"Harbour\" actress said on Monday."))
                .isEqualTo(" the actress said on Monday.");
        assertThat(SpeakerResolver.withoutQuotedTitles(" the \"Harbour\" on Monday.")).as("no noun after it")
                .isEqualTo(" the \"Harbour\" on Monday.");
    }

    @Test void theQuoteGoingOnAfterWordsSungIsSungToo() {
        String text = "Ana Ruiz walked on stage. \"We sail at dawn, we sail at night,\" she sings. \"The sea is wide and the sea is mine.\"";
        assertThat(attributions(text)).isEmpty();
    }

    @Test void aPullQuoteIsTheSpeakerOfTheWordsItRepeats() {
        String text = "Tomas Brel has run the ferry for thirty years.\n\n"
                + "\u201cThe tide tells you when to leave, not the timetable\u201d\n\n"
                + "\u201cOn a windy day, the tide tells you when to leave, not the timetable,\u201d Brel said.";
        List<Attribution> all = attributions(text);
        assertThat(all).hasSize(2);
        assertThat(all.get(0).speaker()).isEqualTo("Tomas Brel");
        assertThat(all.get(0).sieve()).isEqualTo("pull-quote");
        String other = "Tomas Brel has run the ferry for thirty years.\n\n"
                + "\u201cNobody knows the river better than the people who live on it\u201d\n\n"
                + "\u201cThe tide tells you when to leave,\u201d Brel said.";
        assertThat(attributions(other).get(0)).as("words quoted nowhere else: no speaker rather than a guess").isNull();
    }

    @Test void aQuotationOverTwoParagraphsIntroducedByTheParagraphBeforeIsKept() {
        String text = "In a post on Friday, Ines Kova thanked her readers and noted there was \"no shame\" in it.\n\n"
                + "\"We waited a long time for this day, and we wanted to share it with everyone who wrote to us.\n\n"
                + "\"Nobody should have to go through it alone, and nobody has to.\"";
        List<Attribution> all = attributions(text);
        assertThat(all).hasSize(3);
        assertThat(all).allSatisfy(a -> assertThat(a.speaker()).isEqualTo("Ines Kova"));
    }

    // Issue 13: interviews and transcripts laid out as labelled lines without quotation marks.

    private static List<String> quotesOf(String text) {
        ExtractionState state = QUOTES_AND_SPEAKERS.run(TestArticles.of(text));
        return state.candidates().stream().map(c -> c.quote(text)).toList();
    }

    @Test void aQuestionAndAnswerLayoutGivesEachAnswerToItsLabel() {
        String text = "Dana Hale has run the harbour board for ten years. We asked her about the storm season.\n\n"
                + "Q: What went wrong last winter?\n\n"
                + "Dana Hale: We were not ready. The pumps were old.\n\n"
                + "Q: Will it happen again?\n\n"
                + "Hale: Not if the council keeps its promise.";
        assertThat(quotesOf(text)).as("the interviewer's questions are no quotations")
                .containsExactly("We were not ready. The pumps were old.", "Not if the council keeps its promise.");
        assertThat(attributions(text)).allSatisfy(a -> {
            assertThat(a.speaker()).isEqualTo("Dana Hale");
            assertThat(a.sieve()).isEqualTo("transcript");
        });
    }

    @Test void aTranscriptInCapitalsGivesEachLineToItsSpeaker() {
        String text = "The panel met on Monday.\n\nMORA: We will open the port on Friday.\n\n"
                + "LINDQVIST: That is too early.\n\nMORA: It is not.";
        assertThat(attributions(text)).extracting(Attribution::speaker).containsExactly("Mora", "Lindqvist", "Mora");
    }

    @Test void aSingleLabelledLineIsNoTranscript() {
        assertThat(quotesOf("Update: The port opened on Friday.\n\nThe ships came in at dawn.")).isEmpty();
        assertThat(quotesOf("Tomas Brel: a life at sea.\n\nHe sailed for forty years.\n\nBrel: the later years.")).isEmpty();
    }

    // Issue 13: a speaker named only in the headline.

    private static List<Attribution> attributions(String title, String text) {
        ExtractionState state = QUOTES_AND_SPEAKERS.run(TestArticles.titled(title, text));
        return state.candidates().stream().map(Candidate::attribution).toList();
    }

    @Test void aPronounThatAgreesWithNoOneInTheTextIsThePersonTheHeadlineNames() {
        String text = "The harbour board will choose a new chair in May.\n\n\"It was time to go,\" she said on Monday.";
        List<Attribution> all = attributions("Ines Kova leaves the harbour board after ten years", text);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).speaker()).isEqualTo("Ines Kova");
        assertThat(all.get(0).sieve()).isEqualTo("headline");
        assertThat(attributions("Ines Kova and Tomas Brel leave the harbour board", text).get(0))
                .as("two people in the headline: no guess").isNull();
        assertThat(attributions("Harbour board looks for a new chair", text).get(0)).as("no one in the headline").isNull();
    }

    @Test void aPronounWithAnAntecedentInTheTextIgnoresTheHeadline() {
        String text = "Ana Ruiz chairs the harbour board.\n\n\"It was time to go,\" she said on Monday.";
        assertThat(attributions("Ines Kova leaves the harbour board", text).get(0).speaker()).isEqualTo("Ana Ruiz");
    }
}
