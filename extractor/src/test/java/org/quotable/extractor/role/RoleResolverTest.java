package org.quotable.extractor.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotable.extractor.TestArticles;
import org.quotable.extractor.pipeline.Candidate;
import org.quotable.extractor.pipeline.Pipeline;
import org.quotable.extractor.quote.QuoteFinder;
import org.quotable.extractor.speaker.SpeakerResolver;
import org.quotable.extractor.text.TextAnalyzer;

/** The role stage after the quote and speaker stages: nominal mentions resolved, roles given. */
class RoleResolverTest {
    private static final Pipeline QUOTES_SPEAKERS_ROLES = new Pipeline(TextAnalyzer.rules(),
            List.of(new QuoteFinder(), new SpeakerResolver(), new RoleResolver()));

    private static List<Candidate> quotes(String text) {
        return QUOTES_SPEAKERS_ROLES.run(TestArticles.of(text)).candidates();
    }

    private static String speaker(Candidate c) {
        return c.attribution() == null ? null : c.attribution().speaker();
    }

    // Issue 13: occupation nouns as nominal mentions.

    @Test void theOccupationTheArticleIntroducedSomeoneWithNamesThatPerson() {
        String text = "The drummer Tomas Brel joined the band in 1998.\n\n"
                + "\"We never planned a tour this long,\" the drummer told the crowd.";
        List<Candidate> all = quotes(text);
        assertThat(all).hasSize(1);
        assertThat(speaker(all.get(0))).isEqualTo("Tomas Brel");
        assertThat(all.get(0).role()).isEqualTo("drummer");
    }

    @Test void anOccupationInAnAppositiveIntroducesThePerson() {
        String text = "Ines Kova, a retired pianist, moved to the coast last year.\n\n"
                + "\"The sea is louder than any hall,\" the pianist said.";
        assertThat(speaker(quotes(text).get(0))).isEqualTo("Ines Kova");
    }

    @Test void anOccupationNoOneWasIntroducedWithIsNoSpeaker() {
        String text = "Ines Kova moved to the coast last year.\n\n"
                + "\"The sea is louder than any hall,\" the pianist said.";
        List<Candidate> all = quotes(text);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).attribution()).as("not the words 'the pianist'").isNull();
    }

    @Test void aTitleOfAWorkInsideTheDescriptionDoesNotHideTheSpeaker() {
        String text = "The actress Dana Holt has left the show.\n\n"
                + "\"Winning was something we never expected,\" the \"Harbour\" actress said on Monday.";
        assertThat(speaker(quotes(text).get(0))).isEqualTo("Dana Holt");
    }

    @Test void aTitleAfterAPrepositionDoesNotCutTheClauseBeforeAColon() {
        String text = "Ana Ruiz, who phoned in from the set of \"Harbour,\" had the same memory: \"It felt like home at once.\"";
        assertThat(speaker(quotes(text).get(0))).isEqualTo("Ana Ruiz");
        String relative = "Ana Ruiz, who called in from the set of \"Harbour,\" had the same memory: \"It felt like home at once.\"";
        assertThat(speaker(quotes(relative).get(0))).as("a relative pronoun is no body's name").isEqualTo("Ana Ruiz");
    }
}
