package org.quotable.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotableSchemaTest {
    private static final String TEXT = "Merz said \"it is remarkable\" on Monday.";

    private static final ArticleRecord ARTICLE = new ArticleRecord("a1", "https://example.org/a1", "Talks",
            "Example News", LocalDate.of(2025, 12, 16), "en", TEXT, Digests.sha256Hex(TEXT), "articles/a1.txt",
            SourceFormat.TEXT);

    private static final QuoteRecord QUOTE = new QuoteRecord(QuoteRecord.idOf("a1", 11, 27), "a1", "it is remarkable",
            QuoteType.PARTIAL, "Friedrich Merz", "Merz", SpeakerType.PERSON, "German Chancellor", "said",
            LocalDate.of(2025, 12, 15), DateBasis.RELATIVE, 0, 11, 27, 0.9);

    @Test void quotesColumnsAreFlatAndInTheirDocumentedOrder() {
        assertThat(QuotableSchema.QUOTES.columnNames()).containsExactly("quote_id", "article_id", "quote",
                "quote_type", "speaker", "speaker_mention", "speaker_type", "role", "cue", "date", "date_basis",
                "position_paragraph", "position_start", "position_end", "confidence", "speaker_id");
    }

    @Test void schema110AddedSpeakerIdAtTheEndAndTheSpeakersTable() {
        assertThat(QuotableSchema.QUOTES.asOf(new SchemaVersion(1, 0, 0)).columnNames()).doesNotContain("speaker_id")
                .hasSize(QuotableSchema.QUOTES.columns().size() - 1);
        assertThat(QuotableSchema.tablesAsOf(new SchemaVersion(1, 0, 0))).extracting(Table::name).containsExactly("quotes", "articles");
        assertThat(QuotableSchema.tablesAsOf(QuotableSchema.VERSION)).extracting(Table::name).containsExactly("quotes", "articles", "speakers");
        assertThat(QuotableSchema.SPEAKERS.columnNames()).containsExactly("speaker_id", "name", "name_variants",
                "speaker_type", "roles", "quote_count", "first_date", "last_date");
    }

    @Test void aSpeakerRowReadBackGivesTheSameRecord() {
        var speaker = new SpeakerRecord(SpeakerRecord.idOf("person:friedrich merz"), "Friedrich Merz",
                List.of("Friedrich Merz", "Merz"), SpeakerType.PERSON,
                List.of(new SpeakerRecord.RoleCount("German Chancellor", 2), new SpeakerRecord.RoleCount("Chancellor", 1)),
                3, LocalDate.of(2025, 12, 14), LocalDate.of(2025, 12, 15));
        Row row = QuotableSchema.SPEAKERS.toRow(speaker);
        assertThat(row.get("name_variants")).isEqualTo("Friedrich Merz; Merz");
        assertThat(row.get("roles")).isEqualTo("German Chancellor (2); Chancellor (1)");
        assertThat(QuotableSchema.SPEAKERS.fromRow(row)).isEqualTo(speaker);
        var quiet = new SpeakerRecord("0123456789abcdef", "The Kremlin", List.of("The Kremlin"), SpeakerType.ORGANIZATION,
                List.of(), 1, null, null);
        assertThat(QuotableSchema.SPEAKERS.toRow(quiet).get("roles")).isNull();
        assertThat(QuotableSchema.SPEAKERS.fromRow(QuotableSchema.SPEAKERS.toRow(quiet))).isEqualTo(quiet);
    }

    @Test void articlesColumnsAreInTheirDocumentedOrder() {
        assertThat(QuotableSchema.ARTICLES.columnNames()).containsExactly("article_id", "url", "title", "publisher",
                "published", "language", "text", "text_sha256", "source_file", "source_format");
    }

    @Test void valuesFollowTheDeclaredTypes() {
        assertThat(QuotableSchema.QUOTES.values(QUOTE)).containsExactly(QUOTE.quoteId(), "a1", "it is remarkable",
                "partial", "Friedrich Merz", "Merz", "person", "German Chancellor", "said", LocalDate.of(2025, 12, 15),
                "relative", 0, 11, 27, 0.9, null);
        assertThat(QuotableSchema.ARTICLES.values(ARTICLE)).containsExactly("a1", "https://example.org/a1", "Talks",
                "Example News", LocalDate.of(2025, 12, 16), "en", TEXT, Digests.sha256Hex(TEXT), "articles/a1.txt", "text");
    }

    @Test void aRowReadBackGivesTheSameRecord() {
        assertThat(QuotableSchema.QUOTES.fromRow(QuotableSchema.QUOTES.toRow(QUOTE))).isEqualTo(QUOTE);
        assertThat(QuotableSchema.ARTICLES.fromRow(QuotableSchema.ARTICLES.toRow(ARTICLE))).isEqualTo(ARTICLE);
    }

    @Test void nullableColumnsMayBeEmptyAndRequiredOnesMayNot() {
        var unattributed = new QuoteRecord(QuoteRecord.idOf("a1", 0, 4), "a1", "Merz", QuoteType.DIRECT, null, null,
                null, null, null, null, DateBasis.UNKNOWN, 0, 0, 4, 0.2);
        assertThat(QuotableSchema.QUOTES.fromRow(QuotableSchema.QUOTES.toRow(unattributed))).isEqualTo(unattributed);
        for (Column<QuoteRecord> column : QuotableSchema.QUOTES.columns())
            assertThat(column.nullable()).as(column.name())
                    .isEqualTo(QuotableSchema.QUOTES.toRow(unattributed).get(column.name()) == null);
    }

    @Test void everyKeyNamesAColumnOfItsTable() {
        assertThat(QuotableSchema.QUOTES.primaryKey()).containsExactly("quote_id");
        assertThat(QuotableSchema.ARTICLES.primaryKey()).containsExactly("article_id");
        assertThat(QuotableSchema.QUOTES.foreignKeys())
                .containsExactly(new Table.ForeignKey("article_id", "articles", "article_id"),
                        new Table.ForeignKey("speaker_id", "speakers", "speaker_id"));
        assertThat(QuotableSchema.SPEAKERS.primaryKey()).containsExactly("speaker_id");
        assertThat(QuotableSchema.ARTICLES.column("article_id")).isPresent();
    }

    @Test void quoteIdsAreDeterministicAndDependOnThePosition() {
        assertThat(QuoteRecord.idOf("a1", 11, 27)).isEqualTo(QuoteRecord.idOf("a1", 11, 27)).hasSize(16);
        assertThat(QuoteRecord.idOf("a1", 11, 27)).isNotEqualTo(QuoteRecord.idOf("a1", 11, 28))
                .isNotEqualTo(QuoteRecord.idOf("a2", 11, 27));
    }

    @Test void offsetsMustSpanTheQuoteInCodePoints() {
        // "🇺🇦 peace" is 8 code points but 10 UTF-16 chars: offsets count code points.
        var flag = new QuoteRecord("q", "a1", "🇺🇦 peace", QuoteType.DIRECT, null, null, null, null, null, null,
                DateBasis.UNKNOWN, 0, 3, 11, 0.5);
        assertThat(flag.end() - flag.start()).isEqualTo(8);
        assertThatThrownBy(() -> new QuoteRecord("q", "a1", "🇺🇦 peace", QuoteType.DIRECT, null, null, null, null,
                null, null, DateBasis.UNKNOWN, 0, 3, 13, 0.5))
                .hasMessageContaining("spans [3, 13) but has 8 code points");
    }

    @Test void aDateNeedsABasisAndAnUnknownBasisNeedsNoDate() {
        assertThatThrownBy(() -> new QuoteRecord("q", "a1", "x", QuoteType.DIRECT, null, null, null, null, null,
                LocalDate.of(2025, 1, 1), DateBasis.UNKNOWN, 0, 0, 1, 0.5))
                .hasMessageContaining("only an unknown basis has no date");
        assertThatThrownBy(() -> new QuoteRecord("q", "a1", "x", QuoteType.DIRECT, null, null, null, null, null,
                null, DateBasis.PUBLISHED, 0, 0, 1, 0.5))
                .hasMessageContaining("only an unknown basis has no date");
    }

    @Test void aValueOutsideItsVocabularyIsRejectedWithTheAllowedValues() {
        assertThatThrownBy(() -> Vocabulary.fromLabel(QuoteType.class, "quoted"))
                .hasMessage("'quoted' is not a QuoteType; expected one of [direct, partial, indirect]");
    }
}
