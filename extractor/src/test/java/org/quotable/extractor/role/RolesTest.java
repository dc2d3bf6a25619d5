package org.quotable.extractor.role;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quotable.extractor.speaker.Cast;

class RolesTest {
    private static Roles roles(String text) {
        return Roles.of(text, Cast.of(text));
    }

    @Test void aTitleBeforeTheName() {
        Roles roles = roles("German Chancellor Friedrich Merz spoke. Kremlin foreign policy aide Yuri Ushakov replied. "
                + "NATO Secretary General Mark Rutte listened.");
        assertThat(roles.roleOf("Friedrich Merz")).isEqualTo("German Chancellor");
        assertThat(roles.roleOf("Yuri Ushakov")).isEqualTo("Kremlin foreign policy aide");
        assertThat(roles.roleOf("Mark Rutte")).isEqualTo("NATO Secretary General");
    }

    @Test void aGovernmentPortfolioIsPartOfTheTitle() {
        Roles roles = roles("Transport Minister Lars Eklund spoke. Home Secretary Anna Berg replied.");
        assertThat(roles.roleOf("Lars Eklund")).isEqualTo("Transport Minister");
        assertThat(roles.roleOf("Anna Berg")).isEqualTo("Home Secretary");
    }

    @Test void localAndOppositionTitlesInEitherSpelling() {
        Roles roles = roles("Opposition councillor Tom Brandt objected. City councilor Ana Ruiz agreed. "
                + "Shadow Health Secretary Wes Carr was absent.");
        assertThat(roles.roleOf("Tom Brandt")).isEqualTo("Opposition councillor");
        assertThat(roles.roleOf("Ana Ruiz")).isEqualTo("City councilor");
        assertThat(roles.roleOf("Wes Carr")).isEqualTo("Shadow Health Secretary");
    }

    @Test void anAppositiveAfterTheName() {
        Roles roles = roles("Rustem Umerov, Zelensky's senior security official, noted progress. "
                + "Blaise Metreweli, the new chief of British foreign intelligence service MI6, spoke.");
        assertThat(roles.roleOf("Rustem Umerov")).isEqualTo("Zelensky's senior security official");
        assertThat(roles.roleOf("Blaise Metreweli")).isEqualTo("new chief of British foreign intelligence service MI6");
    }

    @Test void theMostSpecificRoleTheArticleGivesFollowsThePerson() {
        Roles roles = roles("German Chancellor Friedrich Merz spoke. Later, party leader Merz left.");
        assertThat(roles.roleOf("Friedrich Merz")).as("equally specific: the first").isEqualTo("German Chancellor");
        Roles fuller = roles("Gov. Ann Lund spoke first. Lund, the governor of the Northern Province, then left.");
        assertThat(fuller.roleOf("Ann Lund")).isEqualTo("governor of the Northern Province");
    }

    @Test void titlesRunBackOverModifiersBodiesAndCoordinatedTitles() {
        Roles roles = roles("It was a fireside chat with Acme founder and co-CEO Dana Holt. "
                + "The film stars Oscar-winning actress Mary Fenwick. Senior author Dr. Silvia Marsh agreed. "
                + "He threatened to kill Rep. Ilse Varga in a call. The company's chief executive Tomas Brel left.");
        assertThat(roles.roleOf("Dana Holt")).isEqualTo("Acme founder and co-CEO");
        assertThat(roles.roleOf("Mary Fenwick")).isEqualTo("Oscar-winning actress");
        assertThat(roles.roleOf("Silvia Marsh")).isEqualTo("Senior author");
        assertThat(roles.roleOf("Ilse Varga")).as("a verb is no part of the title").isEqualTo("Rep.");
        assertThat(roles.roleOf("Tomas Brel")).isEqualTo("company's chief executive");
    }

    @Test void aTitleWithItsPlace() {
        Roles roles = roles("Norway's ambassador to Britain Lars Eklund said so. Planetary geologist Eva Holm of the Nordic Space Institute agreed.");
        assertThat(roles.roleOf("Lars Eklund")).isEqualTo("Norway's ambassador to Britain");
        assertThat(roles.roleOf("Eva Holm")).isEqualTo("Planetary geologist of the Nordic Space Institute");
    }

    @Test void aPluralTitleBeforeAListGoesToEveryName() {
        Roles roles = roles("On stage were founding members Ann Lund, Tomas Brel and Eva Holm.");
        assertThat(roles.roleOf("Ann Lund")).isEqualTo("founding member");
        assertThat(roles.roleOf("Tomas Brel")).isEqualTo("founding member");
        assertThat(roles.roleOf("Eva Holm")).isEqualTo("founding member");
    }

    @Test void appositivesWithoutAnArticleAndCompoundTitles() {
        Roles roles = roles("Ann Lund, research director of mobile gaming at market research firm Gamewise, was cautious. "
                + "Dr. Tomas Brel, a consultant chest physician at the Harbour Clinic in Leith, examined him. "
                + "Eva Holm, head of puzzles at the toy maker, smiled. Ola Berg — a young Danish filmmaker hot off his debut — agreed.");
        assertThat(roles.roleOf("Ann Lund")).isEqualTo("research director of mobile gaming at market research firm Gamewise");
        assertThat(roles.roleOf("Tomas Brel")).isEqualTo("consultant chest physician at the Harbour Clinic in Leith");
        assertThat(roles.roleOf("Eva Holm")).as("a description of the body is not its name").isEqualTo("head of puzzles");
        assertThat(roles.roleOf("Ola Berg")).isEqualTo("young Danish filmmaker");
    }

    @Test void aPrepositionOpensNoAppositive() {
        assertThat(roles("They met Chancellor Anna Berg, with NATO Secretary General Mark Rutte.").roleOf("Anna Berg")).isEqualTo("Chancellor");
    }

    @Test void aNominalMentionFindsThePersonWithAMatchingRole() {
        Roles roles = roles("Ukrainian President Volodymyr Zelensky and German Chancellor Friedrich Merz met.");
        assertThat(roles.personFor("the Ukrainian leader", 100)).isEqualTo("Volodymyr Zelensky");
        assertThat(roles.personFor("the chancellor", 100)).isEqualTo("Friedrich Merz");
        assertThat(roles.personFor("a spokesman", 100)).isNull();
    }

    @Test void noRoleWithoutARoleNoun() {
        assertThat(roles("Yesterday Friedrich Merz spoke.").roleOf("Friedrich Merz")).isNull();
    }
}
