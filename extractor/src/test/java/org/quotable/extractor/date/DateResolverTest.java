package org.quotable.extractor.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotable.extractor.QuoteExtractor;
import org.quotable.extractor.ExtractorOptions;
import org.quotable.extractor.TestArticles;
import org.quotable.schema.DateBasis;
import org.quotable.schema.QuoteRecord;

class DateResolverTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 12, 16);

    @Test void explicitDates() {
        assertThat(DateResolver.find("They met on December 2 in Moscow.", TUESDAY))
                .contains(new DateResolver.Dated(LocalDate.of(2025, 12, 2), DateBasis.EXPLICIT));
        assertThat(DateResolver.find("Speaking on 2 March 2024, she said", null))
                .contains(new DateResolver.Dated(LocalDate.of(2024, 3, 2), DateBasis.EXPLICIT));
        assertThat(DateResolver.find("in a statement dated 2025-11-30", null))
                .contains(new DateResolver.Dated(LocalDate.of(2025, 11, 30), DateBasis.EXPLICIT));
    }

    @Test void aDateWithoutAYearBeforeTheNewYearBelongsToTheYearBefore() {
        assertThat(DateResolver.find("on Dec. 30", LocalDate.of(2026, 1, 3)))
                .contains(new DateResolver.Dated(LocalDate.of(2025, 12, 30), DateBasis.EXPLICIT));
    }

    @Test void weekdaysAndRelativeWordsResolveAgainstThePublicationDate() {
        assertThat(DateResolver.find("broadcast Sunday on state television", TUESDAY))
                .contains(new DateResolver.Dated(LocalDate.of(2025, 12, 14), DateBasis.RELATIVE));
        assertThat(DateResolver.find("she said yesterday", TUESDAY))
                .contains(new DateResolver.Dated(LocalDate.of(2025, 12, 15), DateBasis.RELATIVE));
        assertThat(DateResolver.find("she told reporters last week", TUESDAY))
                .contains(new DateResolver.Dated(LocalDate.of(2025, 12, 9), DateBasis.RELATIVE));
        assertThat(DateResolver.find("he said last Tuesday", TUESDAY))
                .contains(new DateResolver.Dated(LocalDate.of(2025, 12, 9), DateBasis.RELATIVE));
    }

    @Test void neverGuessesWithoutAPublicationDate() {
        assertThat(DateResolver.find("on Sunday", null)).isEqualTo(Optional.empty());
        assertThat(DateResolver.find("on December 2", null)).isEqualTo(Optional.empty());
    }

    @Test void quotesFallBackToThePublicationDateOrUnknown() {
        QuoteExtractor extractor = QuoteExtractor.create(ExtractorOptions.DEFAULT);
        String text = "\"We are ready,\" Merz said.";
        QuoteRecord published = extractor.extract(TestArticles.of(text, TUESDAY)).get(0);
        assertThat(published.date()).isEqualTo(TUESDAY);
        assertThat(published.dateBasis()).isEqualTo(DateBasis.PUBLISHED);
        QuoteRecord unknown = extractor.extract(TestArticles.of(text)).get(0);
        assertThat(unknown.date()).isNull();
        assertThat(unknown.dateBasis()).isEqualTo(DateBasis.UNKNOWN);
    }

    @Test void datesInsideTheQuoteDoNotDateIt() {
        QuoteExtractor extractor = QuoteExtractor.create(ExtractorOptions.DEFAULT);
        QuoteRecord q = extractor.extract(TestArticles.of("\"We will meet on Friday,\" Merz said.", TUESDAY)).get(0);
        assertThat(q.dateBasis()).isEqualTo(DateBasis.PUBLISHED);
    }

    @Test void aWeekdayOneDayAfterPublicationIsTheNextDayNotSixDaysBack() {
        assertThat(DateResolver.find("after the match on Wednesday", TUESDAY))
                .contains(new DateResolver.Dated(LocalDate.of(2025, 12, 17), DateBasis.RELATIVE));
        assertThat(DateResolver.find("he said last Wednesday", TUESDAY))
                .contains(new DateResolver.Dated(LocalDate.of(2025, 12, 10), DateBasis.RELATIVE));
    }

    @Test void quotesThatNothingDatesTakeTheDayOfTheStorysEventFromTheLead() {
        QuoteExtractor extractor = QuoteExtractor.create(ExtractorOptions.DEFAULT);
        String text = "Harbour engineers on Monday opened the new tidal barrier after six years of work.\n\n"
                + "\"It held the first spring tide without a leak,\" said Ann Lund, the project's chief engineer.\n\n"
                + "\"We tested it twice,\" Lund said on Sunday.";
        var quotes = extractor.extract(TestArticles.of(text, TUESDAY));
        assertThat(quotes).extracting(QuoteRecord::date, QuoteRecord::dateBasis).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 12, 15), DateBasis.CONTEXT),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 12, 14), DateBasis.RELATIVE));
    }

    @Test void aDayInALeadAboutWhatIsToComeDatesNothing() {
        QuoteExtractor extractor = QuoteExtractor.create(ExtractorOptions.DEFAULT);
        String text = "Smog is set to reach emergency levels on Wednesday, forecasters warned.\n\n"
                + "\"Stay indoors if you can,\" said Ann Lund, a city health officer.";
        QuoteRecord q = extractor.extract(TestArticles.of(text, TUESDAY)).get(0);
        assertThat(q.dateBasis()).isEqualTo(DateBasis.PUBLISHED);
        assertThat(q.date()).isEqualTo(TUESDAY);
    }

    @Test void theSearchesStartAtTheFirstRelativeWordInAnyAsciiCaseAndTheFirstWeekdayAsWritten() {
        assertThat(DateResolver.firstRelative("she said THIS MORNING")).isEqualTo(9);
        assertThat(DateResolver.firstRelative("Last Month, he")).isEqualTo(0);
        assertThat(DateResolver.firstRelative("the day before yesterday")).isEqualTo(15);
        assertThat(DateResolver.firstRelative("on Monday this thing lasted days")).isEqualTo(-1);
        assertThat(DateResolver.firstRelative("last nigh")).isEqualTo(-1);
        assertThat(DateResolver.firstWeekday("the days before Thursday")).isEqualTo(16);
        assertThat(DateResolver.firstWeekday("he said last \t Monday")).isEqualTo(8);
        assertThat(DateResolver.firstWeekday("Monday")).isEqualTo(0);
        assertThat(DateResolver.firstWeekday("today and yesterday, monday")).isEqualTo(-1);
    }

    @Test void aWeekdayAfterAnEarlierUnboundedNameIsStillFound() {
        // "XMonday" has no word boundary before the name: the pattern passes on to the next one.
        assertThat(DateResolver.find("XMonday and then last Friday", TUESDAY))
                .contains(new DateResolver.Dated(TUESDAY.minusDays(4), DateBasis.RELATIVE));
    }

    @Test void relativeWordsInCapitalsAndWeekdaysInLowerCaseResolveAsThePatternsSay() {
        assertThat(DateResolver.find("she said THIS MORNING", TUESDAY))
                .contains(new DateResolver.Dated(TUESDAY, DateBasis.RELATIVE));
        assertThat(DateResolver.find("he said Last Night", TUESDAY))
                .contains(new DateResolver.Dated(TUESDAY.minusDays(1), DateBasis.RELATIVE));
        assertThat(DateResolver.find("he said on monday", TUESDAY)).isEqualTo(Optional.empty());
        assertThat(DateResolver.find("in the days after", TUESDAY)).isEqualTo(Optional.empty());
    }
}
