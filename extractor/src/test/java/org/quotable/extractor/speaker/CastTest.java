package org.quotable.extractor.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quotable.extractor.internal.Lexicon;

class CastTest {
    private static final String TEXT = "German Chancellor Friedrich Merz met Ukrainian President Volodymyr Zelensky. "
            + "Mr. Obama called. Later Merz spoke about Zelensky's plan with the Kremlin and NATO.";

    @Test void genderComesFromHonorificsGenderedNounsFirstNamesAndPronounHistory() {
        Cast cast = Cast.of("Mrs. Okafor met Karen Lund and Congressman Avery Dale. His niece Robin Hale came too. "
                + "Kim Sato spoke later. She was brief. Mr. Ash Kerr and Mrs. Ash Kerr left.");
        assertThat(cast.genderOf("Okafor")).isEqualTo(Lexicon.Gender.FEMALE);        // honorific
        assertThat(cast.genderOf("Karen Lund")).isEqualTo(Lexicon.Gender.FEMALE);    // first name
        assertThat(cast.genderOf("Avery Dale")).isEqualTo(Lexicon.Gender.MALE);      // gendered title
        assertThat(cast.genderOf("Robin Hale")).isEqualTo(Lexicon.Gender.FEMALE);    // gendered noun before the name
        assertThat(cast.genderOf("Kim Sato")).isEqualTo(Lexicon.Gender.FEMALE);      // "She" opens the next sentence
        assertThat(cast.genderOf("Ash Kerr")).isNull();                               // conflicting evidence
    }

    @Test void aSurnameResolvesToTheFullNameTheArticleIntroduced() {
        Cast cast = Cast.of(TEXT);
        assertThat(cast.resolve("Merz")).isEqualTo(new Person("Friedrich Merz", false));
        assertThat(cast.resolve("Zelensky's")).isEqualTo(new Person("Volodymyr Zelensky", false));
    }

    @Test void eachMentionIsResolvedOnceAsResolveWouldResolveIt() {
        Cast cast = Cast.of(TEXT + " Robert Downey Jr. arrived. Downey smiled.");
        assertThat(cast.mentions()).isNotEmpty();
        for (int i = 0; i < cast.mentions().size(); i++)
            assertThat(cast.personAt(i)).isEqualTo(cast.resolve(cast.mentions().get(i)));
    }

    @Test void aSuffixIsNoSurname() {
        Cast cast = Cast.of("Robert Downey Jr. arrived. Downey smiled.");
        assertThat(cast.resolve("Downey")).isEqualTo(new Person("Robert Downey Jr.", false));
    }

    @Test void honorificsAndTitlesAreNotPartOfTheName() {
        Cast cast = Cast.of(TEXT);
        assertThat(cast.resolve("Mr. Obama")).isEqualTo(new Person("Obama", false));
        assertThat(cast.resolve("German Chancellor Friedrich Merz")).isEqualTo(new Person("Friedrich Merz", false));
    }

    @Test void organisationsAndPlacesAreToldApartFromPeople() {
        Cast cast = Cast.of(TEXT);
        assertThat(cast.resolve("the Kremlin")).isEqualTo(new Person("Kremlin", true));
        assertThat(cast.resolve("NATO")).isEqualTo(new Person("NATO", true));
        assertThat(cast.resolve("Moscow")).isEqualTo(new Person("Moscow", true));
        assertThat(cast.resolve("White House")).isEqualTo(new Person("White House", true));
    }

    @Test void functionWordsNameNoOne() {
        assertThat(Cast.of(TEXT).resolve("Despite")).isNull();
    }

    @Test void whatTheNameEndingAnAttributionNamesIsReadOncePerMentionAndNoOneIsRememberedToo() {
        Cast cast = Cast.of(TEXT);
        Person merz = new Person("Friedrich Merz", false);
        assertThat(cast.namedAtEnd("Merz", () -> merz)).isEqualTo(merz);
        assertThat(cast.namedAtEnd("Merz", () -> { throw new AssertionError("read again"); })).isEqualTo(merz);
        assertThat(cast.namedAtEnd("the aide", () -> null)).isNull();
        assertThat(cast.namedAtEnd("the aide", () -> merz)).isNull();
        // Through the resolver: the same words give the same speaker each time, a description none.
        var resolver = new SpeakerResolver();
        for (int i = 0; i < 2; i++) {
            assertThat(resolver.speakerNamed(cast, "Chancellor Merz", "said", 150, "test", 0.8).speaker()).isEqualTo("Friedrich Merz");
            assertThat(resolver.speakerNamed(cast, "the Brel family", "said", 150, "test", 0.8)).isNull();
        }
    }
}
