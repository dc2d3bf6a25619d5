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

    @Test void aRunReadAgainElsewhereGivesTheSameMentionAtItsOwnOffsets() {
        // The second "Sen. Dana Holt's" and "Sen. Dana Holt" are read from the memo of runs: same words, new offsets.
        String text = "Sen. Dana Holt's aide spoke. Later, Sen. Dana Holt's office and Sen. Dana Holt spoke.";
        List<NameMention> found = Names.find(text);
        var holt = found.stream().filter(m -> m.name().equals("Dana Holt")).toList();
        assertThat(holt).hasSize(3);
        int second = text.indexOf("Sen.", 10), third = text.lastIndexOf("Sen.");
        assertThat(holt.get(0)).isEqualTo(new NameMention(0, 5, 14, List.of("Sen."), false, List.of("Dana", "Holt"), true));
        assertThat(holt.get(1)).isEqualTo(new NameMention(second, second + 5, second + 14, List.of("Sen."), false,
                List.of("Dana", "Holt"), true));
        assertThat(holt.get(2)).isEqualTo(new NameMention(third, third + 5, third + 14, List.of("Sen."), false,
                List.of("Dana", "Holt"), false));
        // A run that names no one names no one wherever it is.
        assertThat(Names.find("But the. But")).isEmpty();
    }
}
