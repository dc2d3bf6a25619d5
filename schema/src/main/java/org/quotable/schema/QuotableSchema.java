package org.quotable.schema;

import static org.quotable.schema.Column.optional;
import static org.quotable.schema.Column.required;
import static org.quotable.schema.ColumnType.DATE;
import static org.quotable.schema.ColumnType.DOUBLE;
import static org.quotable.schema.ColumnType.INT32;
import static org.quotable.schema.ColumnType.STRING;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The dataset schema: the {@code quotes}, {@code articles} and {@code speakers} tables and the schema version. This is the one
 * place where fields are declared; every file format and every document is derived from it.
 *
 * <p>Evolution rules (see {@code schema/README.md}): adding a nullable column is a minor version; removing,
 * renaming, retyping or reordering a column, or making one required, is a major version.
 */
public final class QuotableSchema {
    private QuotableSchema() {}

    /** The version of the schema below. Golden files under {@code schema/src/test/resources} pin each version. */
    public static final SchemaVersion VERSION = new SchemaVersion(1, 1, 0);

    /** Schema 1.1.0 added the speakers table and quotes.speaker_id. */
    public static final SchemaVersion V1_1 = new SchemaVersion(1, 1, 0);

    /** One row per quotation. */
    public static final Table<QuoteRecord> QUOTES = new Table<>("quotes",
            "One row per quotation found in an article: the words, who said them, in what role, when, and where they stand.",
            List.of(
                    required("quote_id", STRING, "Deterministic id: first 16 hex digits of SHA-256 of article_id:position_start:position_end.", QuoteRecord::quoteId),
                    required("article_id", STRING, "The article the quote is in; refers to articles.article_id.", QuoteRecord::articleId),
                    required("quote", STRING, "For direct and partial rows, the quoted words, without the surrounding quotation marks. For indirect rows, the reported content as the article words it (the reporter's paraphrase, not the speaker's words; any quoted fragment inside keeps its marks and has its own partial row).", QuoteRecord::quote),
                    Column.<QuoteRecord>required("quote_type", STRING, "direct: a whole quoted sentence or clause; partial: a quoted fragment inside narrative; indirect: reported speech without quotation marks (Ames said the plan would fail; according to the ministry, ...), whose quote is the reporter's paraphrase.", q -> q.quoteType().label())
                            .allowing(Vocabulary.labels(QuoteType.class)),
                    optional("speaker", STRING, "Full name of the speaker as the article gives it, resolved through surnames and pronouns; null when unattributed.", QuoteRecord::speaker),
                    optional("speaker_mention", STRING, "The words in the text that attributed the quote (\"she\", \"the Ukrainian leader\", \"Merz\").", QuoteRecord::speakerMention),
                    Column.<QuoteRecord>optional("speaker_type", STRING, "person or organization; null when there is no speaker.", q -> labelOf(q.speakerType()))
                            .allowing(Vocabulary.labels(SpeakerType.class)),
                    optional("role", STRING, "The speaker's title or affiliation as stated in the article (\"German Chancellor\").", QuoteRecord::role),
                    optional("cue", STRING, "The reporting verb or phrase that introduced the quote (\"said\", \"told reporters\").", QuoteRecord::cue),
                    optional("date", DATE, "The date the statement was made; null when unknown.", QuoteRecord::date),
                    Column.<QuoteRecord>required("date_basis", STRING, "Where date comes from: explicit (a date in the text), relative (a weekday or relative word resolved against the publication date), published (the publication date), unknown, context (the day of the story's event, from the article's lead; since 1.1.0).", q -> q.dateBasis().label())
                            .allowing(Vocabulary.labels(DateBasis.class)),
                    required("position_paragraph", INT32, "Zero-based index of the paragraph the quote starts in (paragraphs are separated by blank lines).", QuoteRecord::paragraph),
                    required("position_start", INT32, "Offset of the quote's first character in articles.text, in Unicode code points: text[position_start:position_end] == quote in Python.", QuoteRecord::start),
                    required("position_end", INT32, "Offset just past the quote's last character in articles.text, in Unicode code points.", QuoteRecord::end),
                    required("confidence", DOUBLE, "How sure the extractor is of the attribution, from 0 to 1.", QuoteRecord::confidence),
                    Column.<QuoteRecord>optional("speaker_id", STRING, "The speaker across the dataset: refers to speakers.speaker_id, which merges the name variants of one speaker; null when unattributed.", QuoteRecord::speakerId)
                            .since(V1_1)),
            List.of("quote_id"),
            List.of(new Table.ForeignKey("article_id", "articles", "article_id"),
                    new Table.ForeignKey("speaker_id", "speakers", "speaker_id")),
            QuotableSchema::quoteFromRow);

    /** One row per article the quotes were extracted from. */
    public static final Table<ArticleRecord> ARTICLES = new Table<>("articles",
            "One row per input article: its metadata and the normalized text that quote positions index into.",
            List.of(
                    required("article_id", STRING, "The input's own id when it has one; otherwise derived from the canonical URL, else from the text hash.", ArticleRecord::articleId),
                    optional("url", STRING, "Canonical URL of the article.", ArticleRecord::url),
                    optional("title", STRING, "Headline.", ArticleRecord::title),
                    optional("publisher", STRING, "Publishing organisation or site.", ArticleRecord::publisher),
                    optional("published", DATE, "Publication date; quote dates are resolved against it.", ArticleRecord::published),
                    optional("language", STRING, "BCP 47 language tag of the text, e.g. en.", ArticleRecord::language),
                    required("text", STRING, "The normalized article body (Unicode NFC, whitespace folded, paragraphs separated by a blank line).", ArticleRecord::text),
                    required("text_sha256", STRING, "Lower-case hex SHA-256 of the UTF-8 bytes of text.", ArticleRecord::textSha256),
                    required("source_file", STRING, "The input file the article was read from.", ArticleRecord::sourceFile),
                    Column.<ArticleRecord>required("source_format", STRING, "The input format: text, json, jsonl, html or warc.", a -> a.sourceFormat().label())
                            .allowing(Vocabulary.labels(SourceFormat.class))),
            List.of("article_id"),
            List.of(),
            QuotableSchema::articleFromRow);

    /** One row per distinct speaker of the dataset, computed by the build after extraction. */
    public static final Table<SpeakerRecord> SPEAKERS = new Table<>("speakers",
            "One row per distinct speaker of the dataset: the name variants of one person or organisation merged, with their roles, quote count and dates.",
            List.of(
                    required("speaker_id", STRING, "Deterministic id: first 16 hex digits of SHA-256 of the speaker's identity key (type, folded given name and surname); quotes.speaker_id refers to it.", SpeakerRecord::speakerId),
                    required("name", STRING, "Canonical name: the most frequent full form of the name among the speaker's quotes.", SpeakerRecord::name),
                    required("name_variants", STRING, "Every distinct quotes.speaker value of this speaker, most frequent first, separated by '; '.", SpeakerRecord::nameVariantsText),
                    Column.<SpeakerRecord>optional("speaker_type", STRING, "person or organization; null when the quotes do not say.", s -> labelOf(s.speakerType()))
                            .allowing(Vocabulary.labels(SpeakerType.class)),
                    optional("roles", STRING, "The roles the quotes give the speaker with their counts, most frequent first: 'role (count)' separated by '; '; null when none.", SpeakerRecord::rolesText),
                    required("quote_count", INT32, "Number of quotes attributed to the speaker.", SpeakerRecord::quoteCount),
                    optional("first_date", DATE, "Earliest statement date among the speaker's quotes; null when none is known.", SpeakerRecord::firstDate),
                    optional("last_date", DATE, "Latest statement date among the speaker's quotes; null when none is known.", SpeakerRecord::lastDate)),
            List.of("speaker_id"),
            List.of(),
            QuotableSchema::speakerFromRow,
            V1_1);

    /** Every table, in the order releases list them. */
    public static final List<Table<?>> TABLES = List.of(QUOTES, ARTICLES, SPEAKERS);

    /**
     * The tables a release of schema {@code version} has, each with the columns of that version: a 1.0.0 release
     * has no speakers table and no quotes.speaker_id.
     */
    public static List<Table<?>> tablesAsOf(SchemaVersion version) {
        SchemaVersion v = version.compareTo(Column.FIRST) < 0 ? Column.FIRST : version;
        return TABLES.stream().filter(t -> t.since().compareTo(v) <= 0).<Table<?>>map(t -> t.asOf(v)).toList();
    }

    private static @Nullable String labelOf(@Nullable Vocabulary value) {
        return value == null ? null : value.label();
    }

    private static QuoteRecord quoteFromRow(Row r) {
        String speakerType = r.optionalString("speaker_type");
        return new QuoteRecord(r.string("quote_id"), r.string("article_id"), r.string("quote"),
                Vocabulary.fromLabel(QuoteType.class, r.string("quote_type")),
                r.optionalString("speaker"), r.optionalString("speaker_mention"),
                speakerType == null ? null : Vocabulary.fromLabel(SpeakerType.class, speakerType),
                r.optionalString("role"), r.optionalString("cue"), r.optionalDate("date"),
                Vocabulary.fromLabel(DateBasis.class, r.string("date_basis")),
                r.int32("position_paragraph"), r.int32("position_start"), r.int32("position_end"),
                r.float64("confidence"), r.optionalString("speaker_id"));
    }

    private static SpeakerRecord speakerFromRow(Row r) {
        String speakerType = r.optionalString("speaker_type");
        return new SpeakerRecord(r.string("speaker_id"), r.string("name"),
                SpeakerRecord.parseVariants(r.string("name_variants")),
                speakerType == null ? null : Vocabulary.fromLabel(SpeakerType.class, speakerType),
                SpeakerRecord.parseRoles(r.optionalString("roles")), r.int32("quote_count"),
                r.optionalDate("first_date"), r.optionalDate("last_date"));
    }

    private static ArticleRecord articleFromRow(Row r) {
        return new ArticleRecord(r.string("article_id"), r.optionalString("url"), r.optionalString("title"),
                r.optionalString("publisher"), r.optionalDate("published"), r.optionalString("language"),
                r.string("text"), r.string("text_sha256"), r.string("source_file"),
                Vocabulary.fromLabel(SourceFormat.class, r.string("source_format")));
    }
}
