package org.quotable.exporter.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.ColumnOrder;
import org.apache.parquet.schema.PrimitiveType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotable.exporter.internal.HadoopFiles;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.SampleRecords;

class ParquetTableWriterTest {
    @TempDir Path dir;

    private static List<QuoteRecord> generated(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> {
            ArticleRecord a = SampleRecords.generatedArticle(i, 80);
            return SampleRecords.generatedQuote(a, i);
        }).toList();
    }

    @Test
    void footerHasMetadataRowGroupsCodecAndTypeDefinedDoubleOrder() throws IOException {
        Path file = dir.resolve("quotes.parquet");
        var settings = new ParquetSettings(Compression.ZSTD, 100, Map.of(ParquetSettings.SCHEMA_VERSION_KEY, "1.0.0", ParquetSettings.TOOL_VERSION_KEY, "9.9.9"));
        try (var out = ParquetTableWriter.open(QuotableSchema.QUOTES, file, settings)) {
            for (QuoteRecord q : generated(250)) out.write(q);
        }
        try (var reader = ParquetFileReader.open(HadoopInputFile.fromPath(HadoopFiles.path(file), HadoopFiles.configuration()))) {
            var footer = reader.getFooter();
            assertThat(footer.getFileMetaData().getKeyValueMetaData())
                    .containsEntry("quotable.schema_version", "1.0.0").containsEntry("quotable.tool_version", "9.9.9");
            assertThat(footer.getBlocks()).extracting(b -> b.getRowCount()).containsExactly(100L, 100L, 50L);
            assertThat(footer.getBlocks().get(0).getColumns()).extracting(ColumnChunkMetaData::getCodec)
                    .containsOnly(CompressionCodecName.ZSTD);
            PrimitiveType confidence = footer.getFileMetaData().getSchema().getType("confidence").asPrimitiveType();
            assertThat(confidence.columnOrder()).isEqualTo(ColumnOrder.typeDefined());
        }
        assertThat(Files.list(dir)).extracting(p -> p.getFileName().toString()).containsExactly("quotes.parquet"); // no .crc
        try (var in = ParquetTableReader.open(QuotableSchema.QUOTES, file)) {
            assertThat(in.rowGroupRowCounts()).containsExactly(100L, 100L, 50L);
            assertThat(in.records().toList()).isEqualTo(generated(250));
        }
    }

    /**
     * A file that grew: its first row groups copied from the shorter file and the rest written gives the bytes of
     * the longer file written whole (issue 14: an incremental build must not encode unchanged rows again).
     */
    @Test
    void rowGroupsCopiedFromAShorterFileGiveTheBytesOfTheWholeFile() throws IOException {
        var settings = new ParquetSettings(Compression.SNAPPY, 100, Map.of(ParquetSettings.TOOL_VERSION_KEY, "9.9.9"));
        List<QuoteRecord> rows = generated(370);
        Path shorter = dir.resolve("shorter.parquet"), whole = dir.resolve("whole.parquet"), grown = dir.resolve("grown.parquet");
        try (var out = ParquetTableWriter.open(QuotableSchema.QUOTES, shorter, settings)) {
            for (QuoteRecord q : rows.subList(0, 330)) out.write(q);
        }
        try (var out = ParquetTableWriter.open(QuotableSchema.QUOTES, whole, settings)) {
            for (QuoteRecord q : rows) out.write(q);
        }
        assertThat(ParquetTableWriter.rowGroupRows(shorter)).containsExactly(100L, 100L, 100L, 30L);

        try (var out = ParquetTableWriter.open(QuotableSchema.QUOTES, grown, settings)) {
            assertThat(out.copyRowGroups(shorter, 3)).isEqualTo(300);
            for (QuoteRecord q : rows.subList(300, 370)) out.write(q);
            assertThat(out.rowCount()).isEqualTo(370);
        }

        assertThat(Files.readAllBytes(grown)).isEqualTo(Files.readAllBytes(whole));
        try (var in = ParquetTableReader.open(QuotableSchema.QUOTES, grown)) {
            assertThat(in.records().toList()).isEqualTo(rows);
        }
    }

    /** The tail build's copy: every row group but the last, which it writes again with the new rows. */
    @Test
    void allButTheLastRowGroupCopiedThenTheRestWrittenGivesTheWholeFile() throws IOException {
        var settings = new ParquetSettings(Compression.SNAPPY, 100, Map.of(ParquetSettings.TOOL_VERSION_KEY, "9.9.9"));
        List<QuoteRecord> rows = generated(260);
        Path shorter = dir.resolve("shorter.parquet"), whole = dir.resolve("whole.parquet"), grown = dir.resolve("grown.parquet");
        Path single = dir.resolve("single.parquet"), again = dir.resolve("again.parquet");
        try (var out = ParquetTableWriter.open(QuotableSchema.QUOTES, shorter, settings)) {
            for (QuoteRecord q : rows.subList(0, 250)) out.write(q);
        }
        try (var out = ParquetTableWriter.open(QuotableSchema.QUOTES, whole, settings)) {
            for (QuoteRecord q : rows) out.write(q);
        }
        try (var out = ParquetTableWriter.open(QuotableSchema.QUOTES, grown, settings)) {
            assertThat(out.copyAllButTheLastRowGroup(shorter)).isEqualTo(200);
            for (QuoteRecord q : rows.subList(200, 260)) out.write(q);
        }
        assertThat(Files.readAllBytes(grown)).isEqualTo(Files.readAllBytes(whole));

        try (var out = ParquetTableWriter.open(QuotableSchema.QUOTES, single, settings)) {
            for (QuoteRecord q : rows.subList(0, 40)) out.write(q);
        }
        try (var out = ParquetTableWriter.open(QuotableSchema.QUOTES, again, settings)) {
            assertThat(out.copyAllButTheLastRowGroup(single)).as("one row group: nothing copied").isZero();
            for (QuoteRecord q : rows.subList(0, 40)) out.write(q);
        }
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(single));
    }

    /**
     * The copy of a build that inserts rows: the row groups that end at or before the insertion copied, then the rest
     * of the rows, the inserted ones and those after, written: the file a full build of the new rows writes.
     */
    @Test
    void rowGroupsUpToAnInsertedRowCopiedThenTheRestWrittenGivesTheWholeFile() throws IOException {
        var settings = new ParquetSettings(Compression.SNAPPY, 100, Map.of());
        List<QuoteRecord> rows = generated(330);
        Path whole = dir.resolve("whole.parquet"), old = dir.resolve("old.parquet"), spliced = dir.resolve("spliced.parquet");
        try (var out = ParquetTableWriter.open(QuotableSchema.QUOTES, whole, settings)) {
            for (QuoteRecord q : rows) out.write(q);
        }
        for (int at : new int[] {230, 200, 99, 0}) {
            // the old file lacks rows at to at + 29, which are inserted after its row at
            List<QuoteRecord> before = new java.util.ArrayList<>(rows.subList(0, at));
            before.addAll(rows.subList(at + 30, 330));
            Files.deleteIfExists(old);
            Files.deleteIfExists(spliced);
            try (var out = ParquetTableWriter.open(QuotableSchema.QUOTES, old, settings)) {
                for (QuoteRecord q : before) out.write(q);
            }
            try (var out = ParquetTableWriter.open(QuotableSchema.QUOTES, spliced, settings)) {
                long copied = out.copyRowGroupsUpTo(old, at);
                assertThat(copied).as("groups of 100 rows ending at or before row %d", at).isEqualTo(at / 100 * 100);
                for (QuoteRecord q : rows.subList((int) copied, 330)) out.write(q);
            }
            assertThat(Files.readAllBytes(spliced)).as("inserted after row %d", at).isEqualTo(Files.readAllBytes(whole));
        }
    }

    @Test
    void snappyByDefaultAndAnyHadoopUri() throws IOException {
        String uri = dir.toUri() + "articles.parquet";      // file:///…/articles.parquet
        assertThat(uri).startsWith("file:/");
        try (var out = ParquetTableWriter.open(QuotableSchema.ARTICLES, uri, new ParquetSettings(Compression.SNAPPY, 10, Map.of()))) {
            for (ArticleRecord a : SampleRecords.articles()) out.write(a);
        }
        try (var in = ParquetTableReader.open(QuotableSchema.ARTICLES, uri)) {
            assertThat(in.records().toList()).isEqualTo(SampleRecords.articles());
        }
        try (var reader = ParquetFileReader.open(HadoopInputFile.fromPath(HadoopFiles.path(uri), HadoopFiles.configuration()))) {
            assertThat(reader.getFooter().getBlocks().get(0).getColumns().get(0).getCodec()).isEqualTo(CompressionCodecName.SNAPPY);
        }
    }

    @Test
    void anEmptyTableIsAFileWithNoRowGroupsThatReadsBackEmpty() throws IOException {
        Path file = dir.resolve("speakers.parquet");
        try (var out = ParquetTableWriter.open(QuotableSchema.SPEAKERS, file, new ParquetSettings(Compression.SNAPPY, 10, Map.of()))) {
            assertThat(out.rowCount()).isZero();
        }
        try (var in = ParquetTableReader.open(QuotableSchema.SPEAKERS, file)) {
            assertThat(in.rowGroupRowCounts()).isEmpty();
            assertThat(in.records().toList()).isEmpty();
        }
    }

    @Test
    void uniqueIdsArePlainEncodedFreeTextHasNoStatisticsAndPagesEndBySizeNotAt20000Rows() throws IOException {
        Path file = dir.resolve("quotes.parquet");
        try (var out = ParquetTableWriter.open(QuotableSchema.QUOTES, file, new ParquetSettings(Compression.SNAPPY, 30_000, Map.of()))) {
            for (QuoteRecord q : generated(25_000)) out.write(q);
        }
        try (var reader = ParquetFileReader.open(HadoopInputFile.fromPath(HadoopFiles.path(file), HadoopFiles.configuration()))) {
            var columns = reader.getFooter().getBlocks().get(0).getColumns();
            ColumnChunkMetaData id = columns.get(0), quote = columns.get(2), type = columns.get(3);
            assertThat(id.getPath().toDotString()).isEqualTo("quote_id");
            assertThat(id.hasDictionaryPage()).isFalse();
            assertThat(type.getPath().toDotString()).isEqualTo("quote_type");
            assertThat(type.hasDictionaryPage()).isTrue();
            assertThat(quote.getStatistics().hasNonNullValue()).isFalse();
            assertThat(type.getStatistics().hasNonNullValue()).isTrue();
            // parquet-java's default cut pages at 20,000 rows; pages now end at 1 MiB only
            assertThat(reader.readOffsetIndex(type).getPageCount()).isEqualTo(1);
        }
    }

    // Issue 14: the column chunks are encoded by ColumnChunkEncoder; these check its fall-back and statistics
    // against what parquet-java's reader finds in the file.
    @Test
    void aDictionaryPastItsLimitFallsBackToPlainMidRowGroupAndEveryValueReadsBack() throws IOException {
        Path file = dir.resolve("articles.parquet");
        // 1,500 distinct texts of 2,000 characters: 3 MB, past the 1 MiB a dictionary may hold, in one row group
        List<ArticleRecord> articles = java.util.stream.IntStream.range(0, 1_500)
                .mapToObj(i -> SampleRecords.generatedArticle(i, 2_000)).toList();
        try (var out = ParquetTableWriter.open(QuotableSchema.ARTICLES, file, new ParquetSettings(Compression.SNAPPY, 10_000, Map.of()))) {
            for (ArticleRecord a : articles) out.write(a);
        }
        try (var reader = ParquetFileReader.open(HadoopInputFile.fromPath(HadoopFiles.path(file), HadoopFiles.configuration()))) {
            var columns = reader.getFooter().getBlocks().get(0).getColumns();
            assertThat(column(columns, "text").hasDictionaryPage()).isFalse();
            assertThat(reader.readOffsetIndex(column(columns, "text")).getPageCount()).as("pages of 1 MiB").isGreaterThan(1);
            assertThat(column(columns, "publisher").hasDictionaryPage()).isTrue();
        }
        try (var in = ParquetTableReader.open(QuotableSchema.ARTICLES, file)) {
            assertThat(in.records().toList()).isEqualTo(articles);
        }
    }

    @Test
    void aRowGroupWhoseOptionalColumnsAreAllNullReadsBack() throws IOException {
        Path file = dir.resolve("quotes.parquet");
        // generated quotes 0, 3, 6, ... have no speaker, mention or speaker type: the first row group holds only those
        var quotes = new java.util.ArrayList<QuoteRecord>();
        for (int n = 0; n < 60; n += 3) quotes.add(SampleRecords.generatedQuote(SampleRecords.generatedArticle(n, 80), n));
        quotes.addAll(generated(20));
        try (var out = ParquetTableWriter.open(QuotableSchema.QUOTES, file, new ParquetSettings(Compression.ZSTD, 20, Map.of()))) {
            for (QuoteRecord q : quotes) out.write(q);
        }
        try (var reader = ParquetFileReader.open(HadoopInputFile.fromPath(HadoopFiles.path(file), HadoopFiles.configuration()))) {
            var speaker = column(reader.getFooter().getBlocks().get(0).getColumns(), "speaker");
            assertThat(speaker.getStatistics().getNumNulls()).isEqualTo(20);
            assertThat(speaker.getStatistics().hasNonNullValue()).isFalse();
        }
        try (var in = ParquetTableReader.open(QuotableSchema.QUOTES, file)) {
            assertThat(in.records().toList()).isEqualTo(quotes);
        }
    }

    @Test
    void chunkStatisticsAreTheMinMaxAndNullCountOfTheValuesOverSeveralPages() throws IOException {
        Path file = dir.resolve("quotes.parquet");
        // 120,000 quote ids of 16 hex digits: 2.4 MB of plain values, so several pages in the one row group
        List<QuoteRecord> quotes = generated(120_000);
        try (var out = ParquetTableWriter.open(QuotableSchema.QUOTES, file, new ParquetSettings(Compression.SNAPPY, 150_000, Map.of()))) {
            for (QuoteRecord q : quotes) out.write(q);
        }
        try (var reader = ParquetFileReader.open(HadoopInputFile.fromPath(HadoopFiles.path(file), HadoopFiles.configuration()))) {
            var columns = reader.getFooter().getBlocks().get(0).getColumns();
            var id = column(columns, "quote_id");
            assertThat(reader.readOffsetIndex(id).getPageCount()).isGreaterThan(1);
            var ids = quotes.stream().map(QuoteRecord::quoteId).sorted().toList();
            assertThat(id.getStatistics().minAsString()).isEqualTo(ids.get(0));
            assertThat(id.getStatistics().maxAsString()).isEqualTo(ids.get(ids.size() - 1));
            var confidence = column(columns, "confidence").getStatistics();
            var confidences = quotes.stream().mapToDouble(QuoteRecord::confidence).summaryStatistics();
            assertThat((Double) confidence.genericGetMin()).isEqualTo(confidences.getMin() == 0 ? -0.0 : confidences.getMin());
            assertThat((Double) confidence.genericGetMax()).isEqualTo(confidences.getMax());
            var speakers = column(columns, "speaker").getStatistics();
            assertThat(speakers.getNumNulls()).isEqualTo(quotes.stream().filter(q -> q.speaker() == null).count());
            var names = quotes.stream().map(QuoteRecord::speaker).filter(java.util.Objects::nonNull).sorted().toList();
            assertThat(speakers.minAsString()).isEqualTo(names.get(0));
            assertThat(speakers.maxAsString()).isEqualTo(names.get(names.size() - 1));
        }
    }

    private static ColumnChunkMetaData column(List<ColumnChunkMetaData> columns, String name) {
        return columns.stream().filter(c -> c.getPath().toDotString().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void readerRefusesAnotherTablesFileNamingIt() throws IOException {
        Path file = dir.resolve("articles.parquet");
        try (var out = ParquetTableWriter.open(QuotableSchema.ARTICLES, file, new ParquetSettings(Compression.SNAPPY, 10, Map.of()))) {
            out.write(SampleRecords.ARTICLE_1);
        }
        assertThatThrownBy(() -> ParquetTableReader.open(QuotableSchema.QUOTES, file))
                .isInstanceOf(TableFormatException.class)
                .hasMessageStartingWith(file + ": its schema is not the quotes table's; expected");
    }

    @Test
    void readerRefusesATruncatedFile() throws IOException {
        Path file = dir.resolve("articles.parquet");
        try (var out = ParquetTableWriter.open(QuotableSchema.ARTICLES, file, new ParquetSettings(Compression.SNAPPY, 10, Map.of()))) {
            out.write(SampleRecords.ARTICLE_1);
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> ParquetTableReader.open(QuotableSchema.ARTICLES, file))
                .isInstanceOf(TableFormatException.class)
                .hasMessageStartingWith(file + ": not a readable Parquet file");
    }
}
