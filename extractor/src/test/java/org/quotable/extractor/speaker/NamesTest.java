package org.quotable.extractor.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test void aMonthOrModalAfterAFirstNameIsASurname() {
        assertThat(Names.isNameWord(List.of("Linda", "May"), 1)).isTrue();
        assertThat(Names.isNameWord(List.of("Linda", "June"), 1)).isTrue();
        // Not after a word that is no first name, and not inside a name.
        assertThat(Names.isNameWord(List.of("Harbour", "May"), 1)).isFalse();
        assertThat(Names.isNameWord(List.of("Linda", "May", "Holt"), 1)).isFalse();
        Cast cast = Cast.of("Trade Minister Linda May met the mayors. May said the port would stay open.");
        assertThat(cast.resolve("Trade Minister Linda May")).isEqualTo(new Person("Linda May", false));
        assertThat(new SpeakerResolver().speakerNamed(cast, "Trade Minister Linda May", "said", 60, "test", 0.8).speaker())
                .isEqualTo("Linda May");
    }

    @Test void aWordInCapitalsWithALetterAndNoDotIsAnAcronymAndSoAnOrganisation() {
        assertThat(Names.isOrganization(List.of("XJQ"))).isTrue();
        assertThat(Names.isOrganization(List.of("QX7"))).isTrue();
        assertThat(Names.isOrganization(List.of("ÉQX"))).isTrue();
        assertThat(Names.isOrganization(List.of("Xjq"))).isFalse();
        assertThat(Names.isOrganization(List.of("Éqx"))).isFalse();
        assertThat(Names.isOrganization(List.of("Q.X"))).isFalse();
        assertThat(Names.isOrganization(List.of("77"))).isFalse();
        assertThat(Names.isOrganization(List.of("Q"))).isFalse();
    }
}
