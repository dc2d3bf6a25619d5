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

    @Test void anAppositiveAfterTheName() {
        Roles roles = roles("Rustem Umerov, Zelensky's senior security official, noted progress. "
                + "Blaise Metreweli, the new chief of British foreign intelligence service MI6, spoke.");
        assertThat(roles.roleOf("Rustem Umerov")).isEqualTo("Zelensky's senior security official");
        assertThat(roles.roleOf("Blaise Metreweli")).isEqualTo("new chief of British foreign intelligence service MI6");
    }

    @Test void theFirstStatedRoleFollowsThePerson() {
        Roles roles = roles("German Chancellor Friedrich Merz spoke. Later, party leader Merz left.");
        assertThat(roles.roleOf("Friedrich Merz")).isEqualTo("German Chancellor");
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
