package org.quotable.exporter.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.SampleRecords;
import org.quotable.schema.Table;

/** Writes the awkward sample records in every format and reads them back with the real readers. */
class RoundTripTest {
    @TempDir Path dir;

    static <R> List<R> roundTrip(Table<R> table, List<R> records, Format format, Path dir) throws IOException {
        Path file = dir.resolve(format.fileName(table));
        try (TableWriter<R> out = switch (format) {
            case CSV -> CsvTableWriter.open(table, file);
            case JSONL -> JsonlTableWriter.open(table, file);
            case PARQUET -> ParquetTableWriter.open(table, file, new ParquetSettings(Compression.SNAPPY, 2, Map.of()));
        }) {
            for (R r : records) out.write(r);
            assertThat(out.rowCount()).isEqualTo(records.size());
        }
        try (TableReader<R> in = format.openReader(table, file)) {
            return in.records().toList();
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void quotesSurviveEveryFormatFieldByField(Format format) throws IOException {
        List<QuoteRecord> back = roundTrip(QuotableSchema.QUOTES, SampleRecords.quotes(), format, dir);
        assertThat(back).hasSize(3);
        for (int i = 0; i < 3; i++) {
            QuoteRecord expected = SampleRecords.quotes().get(i);
            assertThat(back.get(i)).usingRecursiveComparison().isEqualTo(expected);
            assertThat(QuotableSchema.QUOTES.values(back.get(i))).isEqualTo(QuotableSchema.QUOTES.values(expected));
        }
        QuoteRecord q1 = back.get(0), q2 = back.get(1), q3 = back.get(2);
        assertThat(q1.quote()).isEqualTo("We are ready, \"truly\" ready,");
        assertThat(q1.date()).hasToString("1969-07-21");
        assertThat(q1.confidence()).isEqualTo(0.875);
        assertThat(q2.quote()).isEqualTo("line one\nline two 😀 שלום עולם");
        assertThat(q2.speaker()).isNull();
        assertThat(q2.date()).isNull();
        assertThat(q3.speaker()).isEmpty();            // empty string, not null
        assertThat(q3.role()).isEmpty();
        assertThat(q3.quote()).isEqualTo("مرحبا بالسلام");
        assertThat(q3.date()).hasToString("1900-01-01");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void articlesSurviveEveryFormatFieldByField(Format format) throws IOException {
        List<ArticleRecord> back = roundTrip(QuotableSchema.ARTICLES, SampleRecords.articles(), format, dir);
        assertThat(back).containsExactlyElementsOf(SampleRecords.articles());
        assertThat(back.get(1).publisher()).isEmpty();
        assertThat(back.get(1).url()).isNull();
        assertThat(back.get(1).articleId()).isEqualTo("a2-😀");
        assertThat(back.get(0).published()).hasToString("1969-07-20");
        assertThat(back.get(0).text()).isEqualTo(SampleRecords.TEXT_1);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void emptyTableHasNoRows(Format format) throws IOException {
        assertThat(roundTrip(QuotableSchema.QUOTES, List.of(), format, dir)).isEmpty();
    }
}
