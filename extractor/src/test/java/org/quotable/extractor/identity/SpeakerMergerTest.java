package org.quotable.extractor.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotable.schema.DateBasis;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.QuoteType;
import org.quotable.schema.SpeakerRecord;
import org.quotable.schema.SpeakerType;

class SpeakerMergerTest {
    private final SpeakerMerger merger = new SpeakerMerger();

    private void said(String article, String speaker) {
        merger.add(article, speaker, SpeakerType.PERSON, null, null);
    }

    private void said(String article, String speaker, String role) {
        merger.add(article, speaker, SpeakerType.PERSON, role, null);
    }

    private String id(SpeakerMerger.Directory d, String article, String speaker) {
        return d.idOf(article, speaker, SpeakerType.PERSON);
    }

    @Test void spellingsTitlesAndASurnameAloneOfOnePersonMergeAcrossArticles() {
        said("a1", "Volodymyr Zelensky", "President of Ukraine");
        said("a1", "Volodymyr Zelensky");
        said("a2", "Volodymyr Zelenskyy");
        said("a3", "Zelensky");
        said("a4", "President Zelensky");
        said("a5", "Zelenskiy");
        SpeakerMerger.Directory d = merger.resolve();

        assertThat(d.rows()).hasSize(1);
        SpeakerRecord zelensky = d.rows().get(0);
        assertThat(zelensky.name()).isEqualTo("Volodymyr Zelensky");
        assertThat(zelensky.nameVariants()).containsExactly("Volodymyr Zelensky", "Volodymyr Zelenskyy", "President Zelensky",
                "Zelenskiy", "Zelensky");     // by count, then the longer
        assertThat(zelensky.quoteCount()).isEqualTo(6);
        assertThat(zelensky.roles()).containsExactly(new SpeakerRecord.RoleCount("President of Ukraine", 1));
        assertThat(zelensky.speakerId()).isEqualTo(SpeakerRecord.idOf("person:volodymyr zelensky"));
        for (String article : List.of("a1", "a2", "a3", "a4", "a5"))
            assertThat(d.rows().stream().map(SpeakerRecord::speakerId)).contains(id(d, article, article.equals("a1") ? "Volodymyr Zelensky"
                    : article.equals("a2") ? "Volodymyr Zelenskyy" : article.equals("a3") ? "Zelensky" : article.equals("a4") ? "President Zelensky" : "Zelenskiy"));
    }

    /**
     * An incremental build merges again only the groups new quotes name: each group resolved on its own gives the
     * rows and ids the whole dataset resolved together gives.
     */
    @Test void eachGroupResolvedAloneGivesWhatTheWholeDatasetGives() {
        record Said(String article, String speaker, SpeakerType type, String role) {}
        var all = List.of(new Said("a1", "Marta Ruiz", SpeakerType.PERSON, "mayor"), new Said("a2", "Ruiz", SpeakerType.PERSON, "mayor"),
                new Said("a2", "Pablo Ruiz", SpeakerType.PERSON, "coach"), new Said("a3", "Mayor Ruiz", SpeakerType.PERSON, null),
                new Said("a3", "The Harbour Authority", SpeakerType.ORGANIZATION, null), new Said("a4", "harbour authority", SpeakerType.ORGANIZATION, null),
                new Said("a4", "Jonas Berg", SpeakerType.PERSON, null), new Said("a5", "Berg", SpeakerType.PERSON, "economist"));
        all.forEach(q -> merger.add(q.article(), q.speaker(), q.type(), q.role(), null));
        SpeakerMerger.Directory whole = merger.resolve();

        var rows = new java.util.ArrayList<SpeakerRecord>();
        var groups = new java.util.LinkedHashMap<String, List<Said>>();
        for (Said q : all) groups.computeIfAbsent(SpeakerMerger.groupOf(q.speaker(), q.type()), g -> new java.util.ArrayList<>()).add(q);
        assertThat(groups.keySet()).containsExactly("person:ruiz", "organization:harbour authority", "person:berg");
        for (List<Said> group : groups.values()) {
            var alone = new SpeakerMerger();
            group.forEach(q -> alone.add(q.article(), q.speaker(), q.type(), q.role(), null));
            SpeakerMerger.Directory part = alone.resolve();
            rows.addAll(part.rows());
            for (Said q : group)
                assertThat(part.idOf(q.article(), q.speaker(), q.type())).as(q.speaker())
                        .isEqualTo(whole.idOf(q.article(), q.speaker(), q.type())).isNotNull();
        }
        assertThat(rows).containsExactlyInAnyOrderElementsOf(whole.rows());
    }

    @Test void peopleWhoShareASurnameStayApart() {
        said("a1", "Donald Trump", "President");
        said("a2", "Melania Trump", "First Lady");
        said("a3", "Donald J. Trump");
        SpeakerMerger.Directory d = merger.resolve();

        // one quote each: the fuller form is the canonical name
        assertThat(d.rows()).extracting(SpeakerRecord::name).containsExactly("Donald J. Trump", "Melania Trump");
        assertThat(id(d, "a3", "Donald J. Trump")).isEqualTo(id(d, "a1", "Donald Trump")).isNotEqualTo(id(d, "a2", "Melania Trump"));
    }

    @Test void aSurnameAloneAmongSeveralPeopleFollowsItsArticleThenItsRole() {
        said("a1", "Donald Trump", "President");
        said("a2", "Melania Trump", "First Lady");
        said("a2", "Trump");                 // a2 quotes only Melania by full name
        said("a3", "President Trump");       // a title that only Donald has
        said("a4", "Trump");                 // nothing to tell them apart
        SpeakerMerger.Directory d = merger.resolve();

        assertThat(id(d, "a2", "Trump")).isEqualTo(id(d, "a2", "Melania Trump"));
        assertThat(id(d, "a3", "President Trump")).isEqualTo(id(d, "a1", "Donald Trump"));
        assertThat(id(d, "a4", "Trump")).isNotIn(id(d, "a1", "Donald Trump"), id(d, "a2", "Melania Trump"))
                .isEqualTo(SpeakerRecord.idOf("person:trump"));
    }

    @Test void aSurnameAloneJoinsAFarMoreQuotedBearerOfIt() {
        for (int i = 0; i < 6; i++) said("a" + i, "Marta Quell");   // six quotes; Jonas has two
        said("a9", "Jonas Quell");
        said("a7", "Quell");                 // no article, title or role to go by: Marta is quoted three times as often
        said("b5", "Jonas Quell");
        said("b5", "Quell");                 // but in an article that quotes only Jonas, it is Jonas
        SpeakerMerger.Directory d = merger.resolve();

        assertThat(id(d, "a7", "Quell")).isEqualTo(id(d, "a0", "Marta Quell"));
        assertThat(id(d, "b5", "Quell")).isEqualTo(id(d, "a9", "Jonas Quell"));
    }

    @Test void initialsJoinTheOnePersonTheyFitAndGivenNamesThatDifferDoNot() {
        said("a1", "Ingrid Halvorsen");
        said("a2", "I. Halvorsen");
        said("a3", "Tomas Halvorsen");
        said("a4", "Ursula von der Leyen");
        said("a5", "von der Leyen");
        SpeakerMerger.Directory d = merger.resolve();

        assertThat(id(d, "a2", "I. Halvorsen")).isEqualTo(id(d, "a1", "Ingrid Halvorsen"));
        assertThat(id(d, "a3", "Tomas Halvorsen")).isNotEqualTo(id(d, "a1", "Ingrid Halvorsen"));
        assertThat(id(d, "a5", "von der Leyen")).isEqualTo(id(d, "a4", "Ursula von der Leyen"));
        assertThat(d.rows()).hasSize(3);
    }

    @Test void nicknamesAreNotMergedAndAccentsAreFolded() {
        said("a1", "Joseph Whitfield");
        said("a2", "Joe Whitfield");
        said("a3", "José Álvarez");
        said("a4", "Jose Alvarez");
        SpeakerMerger.Directory d = merger.resolve();

        assertThat(id(d, "a1", "Joseph Whitfield")).isNotEqualTo(id(d, "a2", "Joe Whitfield"));
        assertThat(id(d, "a3", "José Álvarez")).isEqualTo(id(d, "a4", "Jose Alvarez"));
    }

    @Test void organisationsMergeWithoutTheirArticleAndNeverWithPeople() {
        merger.add("a1", "the Kremlin", SpeakerType.ORGANIZATION, null, null);
        merger.add("a2", "The Kremlin", SpeakerType.ORGANIZATION, null, null);
        merger.add("a3", "Kremlin", SpeakerType.PERSON, null, null);
        SpeakerMerger.Directory d = merger.resolve();

        assertThat(d.idOf("a1", "the Kremlin", SpeakerType.ORGANIZATION)).isEqualTo(d.idOf("a2", "The Kremlin", SpeakerType.ORGANIZATION))
                .isNotEqualTo(d.idOf("a3", "Kremlin", SpeakerType.PERSON));
        assertThat(d.rows().get(0).speakerType()).isEqualTo(SpeakerType.ORGANIZATION);
        assertThat(d.rows().get(0).quoteCount()).isEqualTo(2);
    }

    @Test void linkingSetsTheSpeakerIdAndTheRowCountsQuotesRolesAndDates() {
        String text = "\"We are close,\" said Chancellor Anna Brandt. \"Not yet,\" Brandt said.";
        var first = new QuoteRecord(QuoteRecord.idOf("a1", 1, 13), "a1", "We are close,", QuoteType.DIRECT, "Anna Brandt",
                "Anna Brandt", SpeakerType.PERSON, "Chancellor", "said", LocalDate.of(2025, 12, 14), DateBasis.EXPLICIT, 0, 1, 14, 0.9);
        var second = new QuoteRecord(QuoteRecord.idOf("a2", 47, 55), "a2", "Not yet,", QuoteType.DIRECT, "Brandt",
                "Brandt", SpeakerType.PERSON, null, "said", LocalDate.of(2025, 12, 16), DateBasis.RELATIVE, 0, 47, 55, 0.8);
        var nobody = new QuoteRecord(QuoteRecord.idOf("a2", 0, 3), "a2", text.substring(0, 3), QuoteType.DIRECT, null,
                null, null, null, null, null, DateBasis.UNKNOWN, 0, 0, 3, 0.1);
        for (QuoteRecord q : List.of(first, second, nobody)) merger.add(q);
        SpeakerMerger.Directory d = merger.resolve();

        SpeakerRecord brandt = d.rows().get(0);
        assertThat(d.rows()).hasSize(1);
        assertThat(d.link(first).speakerId()).isEqualTo(brandt.speakerId());
        assertThat(d.link(second).speakerId()).isEqualTo(brandt.speakerId());
        assertThat(d.link(nobody).speakerId()).isNull();
        assertThat(brandt.name()).isEqualTo("Anna Brandt");
        assertThat(brandt.rolesText()).isEqualTo("Chancellor (1)");
        assertThat(brandt.firstDate()).isEqualTo(LocalDate.of(2025, 12, 14));
        assertThat(brandt.lastDate()).isEqualTo(LocalDate.of(2025, 12, 16));
    }

    @Test void theSameQuotesInAnotherOrderGiveTheSameRows() {
        said("a1", "Volodymyr Zelensky");
        said("a2", "Zelensky");
        said("a3", "Melania Trump");
        var reversed = new SpeakerMerger();
        reversed.add("a3", "Melania Trump", SpeakerType.PERSON, null, null);
        reversed.add("a2", "Zelensky", SpeakerType.PERSON, null, null);
        reversed.add("a1", "Volodymyr Zelensky", SpeakerType.PERSON, null, null);
        assertThat(reversed.resolve().rows()).isEqualTo(merger.resolve().rows());
    }
}
