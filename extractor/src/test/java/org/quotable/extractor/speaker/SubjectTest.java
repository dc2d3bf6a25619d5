package org.quotable.extractor.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quotable.extractor.ExtractorOptions;
import org.quotable.extractor.QuoteExtractor;
import org.quotable.extractor.TestArticles;
import org.quotable.extractor.pipeline.Attribution;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.QuoteType;
import org.quotable.schema.SpeakerType;

/** The subject before a reporting verb when it is more than one noun phrase; sentences written for these tests. */
class SubjectTest {
    private static final QuoteExtractor EXTRACTOR = QuoteExtractor.create(ExtractorOptions.DEFAULT.toBuilder()
            .types(EnumSet.allOf(QuoteType.class)).get());
    private static final SpeakerResolver SPEAKERS = new SpeakerResolver();

    /** The speaker read from {@code context} (a sentence up to its verb) in an article that is {@code text}. */
    private static @Nullable Attribution speaker(String text, String context) {
        return SPEAKERS.speakerOfSubject(Cast.of(text), context, text.indexOf(context), "said", "test", 0.8);
    }

    private static String speakerOfIndirect(String text) {
        List<QuoteRecord> rows = EXTRACTOR.extract(TestArticles.of(text)).stream()
                .filter(r -> r.quoteType() == QuoteType.INDIRECT).toList();
        assertThat(rows).hasSize(1);
        return rows.get(0).speaker();
    }

    @Test void anAppositiveRenamesTheNameBeforeIt() {
        String text = "Tessa Marlow, the harbour trust's director, said the pier would close for a year.";
        assertThat(speaker(text, "Tessa Marlow, the harbour trust's director,").speaker()).isEqualTo("Tessa Marlow");
        assertThat(speakerOfIndirect(text)).isEqualTo("Tessa Marlow");
    }

    @Test void aDescriptionThenTheNameItIntroducesGivesTheName() {
        String text = "The trust's director, Tessa Marlow, said the pier would close for a year.";
        assertThat(speaker(text, "The trust's director, Tessa Marlow,").speaker()).isEqualTo("Tessa Marlow");
    }

    @Test void aChainOfAppositivesAndARelativeClauseStillGivesTheFirstName() {
        String text = "Oren Vasquez, chairman of the Ferry Workers Guild, which speaks for 900 crews, said pay talks had failed.";
        assertThat(speakerOfIndirect(text)).isEqualTo("Oren Vasquez");
        String party = "Senator Ilse Brandt, Democrat of Vermont, said the levy was unfair to dairy farms.";
        assertThat(speakerOfIndirect(party)).isEqualTo("Ilse Brandt");
    }

    @Test void coordinatedNamesSpeakTogetherAsWritten() {
        String text = "Marlow and Vasquez said the strike would end on Friday.";
        Attribution a = speaker(text, "Marlow and Vasquez");
        assertThat(a.speaker()).isEqualTo("Marlow and Vasquez");
        String list = "Ada Kern (D-Ohio), Paul Ruiz (R-Iowa) and Lena Moss (D-Utah) all argued that the rule was too strict.";
        assertThat(speakerOfIndirect(list)).isEqualTo("Ada Kern (D-Ohio), Paul Ruiz (R-Iowa) and Lena Moss");
    }

    @Test void aDescribedSourceKeepsWhatFollowsItsHead() {
        String text = "A spokeswoman for the ferry union said the crews would return on Monday.";
        assertThat(speakerOfIndirect(text)).isEqualTo("A spokeswoman for the ferry union");
        Attribution poll = speaker("A Westbrook College poll released last week found that most voters want a new bridge.",
                "A Westbrook College poll released last week");
        assertThat(poll.speaker()).isEqualTo("A Westbrook College poll released last week");
        assertThat(poll.speakerType()).isEqualTo(SpeakerType.ORGANIZATION);
    }

    @Test void aFrontedPhraseIsNoPartOfTheSubject() {
        assertThat(speaker("However, Marlow and Vasquez said the strike was over.", "However, Marlow and Vasquez").speaker())
                .isEqualTo("Marlow and Vasquez");
        // The place after a fronted phrase finishes it: the subject is the name after it.
        String text = "Speaking at a fair in Dunmore, Ohio, Tessa Marlow said the plant would stay open.";
        assertThat(speaker(text, "Speaking at a fair in Dunmore, Ohio, Tessa Marlow").speaker()).isEqualTo("Tessa Marlow");
    }

    @Test void onePlainNounPhraseOrAClauseIsLeftToTheCaller() {
        assertThat(speaker("Tessa Marlow said the pier would close.", "Tessa Marlow")).isNull();
        assertThat(speaker("The ministry said the pier would close.", "The ministry")).isNull();
        assertThat(speaker("Shares fell in early trading after the company said it would cut jobs.",
                "Shares fell in early trading after the company")).isNull();
        assertThat(speaker("Video shows that the ferry left late, the report said.", "Video shows that the ferry left late"))
                .isNull();
        // A headline in title case says nothing about names by its capitals.
        assertThat(speaker("Ferry Crews Return To Work, Union Leader Says.", "Ferry Crews Return To Work, Union Leader")).isNull();
    }

    @Test void aSourceAfterAccordingToKeepsItsComplement() {
        String text = "Ferry fares rose by a third, according to a new survey by the Coastal Riders League.";
        assertThat(speakerOfIndirect(text)).isEqualTo("a new survey by the Coastal Riders League");
        Cast cast = Cast.of(text);
        assertThat(SPEAKERS.speakerNamed(cast, "a complaint filed by the harbour board", "according to", 0, "test", 0.8)
                .speaker()).isEqualTo("a complaint filed by the harbour board");
    }

    @Test void wordsThatOpenNoNounPhraseAreNoDescribedSource() {
        Cast cast = Cast.of("The talks went on.");
        for (String words : List.of("with the talks near collapse", "analysis of the vote", "After her meeting with Vell"))
            assertThat(SPEAKERS.speakerNamed(cast, words, "said", 0, "test", 0.8)).isNull();
    }

    @Test void aVerbCoordinatedWithTheFirstHasTheSentencesSubject() {
        String text = "Dana Vell met the harbour mayors and came away convinced that real reforms were under way.";
        assertThat(speaker(text, "Dana Vell met the harbour mayors and came away").speaker()).isEqualTo("Dana Vell");
        assertThat(speakerOfIndirect(text)).isEqualTo("Dana Vell");
        // A name and a past tense open a clause, not a described source.
        assertThat(speaker("Vell spoke with the mayors on the pier.", "Vell spoke with the mayors on the pier")).isNull();
    }

    @Test void examplesAfterIncludingBelongToTheNounPhrase() {
        String text = "Other ferry unions, including the Deckhands Guild and the Pilots League, argued that the rota was unsafe.";
        assertThat(speakerOfIndirect(text)).isEqualTo("Other ferry unions, including the Deckhands Guild and the Pilots League");
    }

    @Test void aListOfPlacesOrBodiesMayOpenWithTheArticle() {
        String text = "The Netherlands, Norway and Iceland said the quota was too low.";
        assertThat(speaker(text, "The Netherlands, Norway and Iceland").speaker()).isEqualTo("The Netherlands, Norway and Iceland");
    }

    @Test void aCompoundAdjectiveInASourceIsNoParticiple() {
        String text = "Fares would rise by a third, according to the left-leaning Harbour Institute.";
        assertThat(speakerOfIndirect(text)).isEqualTo("the left-leaning Harbour Institute");
    }

    @Test void aParticiplesCoordinatedSubjectIsReadUpToTheSentencesFirstVerb() {
        String text = "The Harbour Times and the Coast Gazette filed a motion to open the files, arguing the public had a right to see them.";
        assertThat(speakerOfIndirect(text)).isEqualTo("The Harbour Times and the Coast Gazette");
        assertThat(Subject.firstVerb("Nine towns led by Dunmore filed a suit")).isEqualTo("Nine towns led by Dunmore ".length());
        assertThat(Subject.firstVerb("The board, which met on Monday, voted")).isEqualTo(-1);
    }

    @Test void aRoleWithProperModifiersIsTheRoleAsWritten() {
        String text = "The Westland harbour commissioner warned that the pier had never been licensed.";
        assertThat(speaker(text, "The Westland harbour commissioner").speaker()).isEqualTo("The Westland harbour commissioner");
        assertThat(speaker("The Westland Ferry Company said it would sell.", "The Westland Ferry Company")).isNull();
    }
}
