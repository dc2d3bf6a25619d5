package org.quotable.exporter.format;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.PageWriter;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.PrimitiveType;
import org.jspecify.annotations.Nullable;
import org.quotable.schema.ColumnType;

/**
 * Encodes one column of one row group into Parquet data pages (format v1), as parquet-java's column writers do, and
 * hands them to parquet-java's page writer, which compresses them and lays out the column chunk, its statistics and
 * indexes. Written for the profile of {@link ParquetTableWriter}, where parquet-java's writers spent most of the time
 * encoding every string to UTF-8 and hashing and comparing the bytes:
 * <ul>
 *   <li>a dictionary column looks each value up by the Java value itself ({@link DictionaryIds}); only a value new
 *       to the chunk is encoded to bytes, checked against the column's vocabulary, and counted in the statistics;
 *   <li>values, definition levels and dictionary indices are buffered for the whole row group and encoded at its
 *       end in one pass ({@link HybridEncoding}), with the bit width the final dictionary needs;
 *   <li>a dictionary that grows past {@value #DICTIONARY_BYTES} bytes, or that would not make the chunk smaller, is
 *       dropped for plain encoding, as parquet-java falls back.
 * </ul>
 * Pages end at {@value #PAGE_BYTES} bytes of values or {@value #PAGE_ROWS} rows. Not thread-safe.
 */
final class ColumnChunkEncoder {
    /** Bytes of encoded values in one data page: parquet-java's default page size. */
    static final int PAGE_BYTES = 1024 * 1024;
    /** Rows in one data page at most. */
    static final int PAGE_ROWS = 1_000_000;
    /** Bytes of plain-encoded distinct values past which a chunk gives up its dictionary (parquet-java's default). */
    static final int DICTIONARY_BYTES = 1024 * 1024;

    private final ColumnDescriptor descriptor;
    private final PrimitiveType type;
    private final ColumnType kind;
    private final boolean optional;
    private final boolean statistics;
    private final @Nullable Set<?> allowed;
    private final boolean tryDictionary;

    /** Per row: 1 for a value, 0 for a null (optional columns only). */
    private int[] levels;
    private int rows;
    /** Per non-null value: its dictionary index (dictionary mode). */
    private int[] indices;
    private int values;

    private @Nullable DictionaryIds dictionary;
    /**
     * The last value written and its index: the rows of one article repeat their article's values. A number is
     * known by its dictionary key (an int's value, a double's {@code doubleToLongBits}).
     */
    private @Nullable String lastString;
    private long lastKey;
    private boolean hasLast;
    private int lastId = -1;
    /** The plain encodings of the distinct values, end to end in index order, and where each ends. */
    private PageBytes entryBytes = new PageBytes(4096);
    private int[] entryEnds = new int[64];
    /** The plain encoding of the values so far, as the chunk would be without the dictionary. */
    private long plainSize;

    /** The plain encoding of every value (plain mode), and where each value ends in it. */
    private @Nullable PageBytes plain;
    private int[] valueEnds = new int[0];

    /** The page being written and its definition levels, kept from page to page: the page writer copies them. */
    private final PageBytes page = new PageBytes(64 * 1024);
    private final PageBytes levelBytes = new PageBytes(4096);

    /**
     * @param dictionary whether to try a dictionary (no for values unique to each row)
     * @param statistics whether pages carry min/max statistics (null counts are always kept)
     * @param allowed    the column's vocabulary, or null for any value
     */
    ColumnChunkEncoder(ColumnDescriptor descriptor, ColumnType kind, boolean dictionary, boolean statistics,
                       @Nullable Set<?> allowed) {
        int rows = 1024;
        this.descriptor = descriptor;
        this.type = descriptor.getPrimitiveType();
        this.kind = kind;
        this.optional = descriptor.getMaxDefinitionLevel() > 0;
        this.statistics = statistics;
        this.allowed = allowed;
        this.tryDictionary = dictionary;
        this.levels = new int[optional ? rows : 0];
        this.indices = new int[dictionary ? rows : 0];
        if (dictionary) this.dictionary = new DictionaryIds(kind == ColumnType.STRING, 0);
        else {
            this.plain = new PageBytes(64 * 1024);
            this.valueEnds = new int[rows];
        }
    }

    /**
     * Empties this encoder for the next row group of the same column. Its buffers stay, grown to the last row
     * group's rows and bytes: growing them row by row cost a tenth of the writing time, and fresh ones for every
     * row group (zeroed, then collected) were two thirds of what the writer allocated.
     */
    void reset() {
        int lastRows = rows;
        rows = 0;
        values = 0;
        plainSize = 0;
        lastString = null;
        lastKey = 0;
        hasLast = false;
        lastId = -1;
        entryBytes.clear();
        if (plain != null) plain.clear();
        if (!tryDictionary) return;
        if (dictionary != null) dictionary.clear();
        else {    // dropped in the last row group: try again, as a new chunk
            dictionary = new DictionaryIds(kind == ColumnType.STRING, 0);
            indices = new int[Math.max(1024, lastRows)];
            plain = null;
            valueEnds = new int[0];
        }
    }

    /** Rows written since the start of the row group. */
    int rows() { return rows; }

    /** About the bytes held in memory for this chunk. */
    long bufferedSize() {
        return 4L * (rows + values) + entryBytes.size() + (plain == null ? 0 : plain.size());
    }

    /** Adds a null to an optional column. */
    void writeNull() {
        level(0);
    }

    /**
     * Adds a value of the column's Java type.
     *
     * @return false, writing nothing, when the value is not in the column's vocabulary
     */
    boolean write(Object value) {
        return switch (kind) {
            case STRING -> writeString((String) value);
            case INT32 -> writeInt((Integer) value);
            case DATE -> writeInt(Math.toIntExact(((LocalDate) value).toEpochDay()));
            case DOUBLE -> writeDouble((Double) value);
        };
    }

    /**
     * Adds a value of a STRING column.
     *
     * @return false, writing nothing, when the value is not in the column's vocabulary
     */
    boolean writeString(String text) {
        if (dictionary == null) {
            if (allowed != null && !allowed.contains(text)) return false;
            plain.putLengthAndUtf8(text);
            plainValue();
            return true;
        }
        int id = lastId;
        // equals before the hash: an id repeated in fresh string objects (rows read back from a cache)
        // compares in a few vector steps, where its hash would be a byte-by-byte loop
        if (text != lastString && !text.equals(lastString)) {
            int hash = text.hashCode();
            id = dictionary.get(text, hash);
            if (id < 0) {
                if (allowed != null && !allowed.contains(text)) return false;
                id = dictionary.add(text, hash, id);
                newEntry(id);
                entryBytes.putLengthAndUtf8(text);
                entryEnds[id] = entryBytes.size();
            }
            lastString = text;
            lastId = id;
        }
        dictionaryValue(id);
        return true;
    }

    /**
     * Adds a value of an INT32 column, or a DATE column's epoch day; the int is its own dictionary key (no boxed
     * key, no type test per value).
     */
    boolean writeInt(int number) {
        if (dictionary == null) {
            plain.putIntLE(number);
            plainValue();
            return true;
        }
        int id = lastId;
        if (!hasLast || number != lastKey) {
            id = dictionary.get(number);
            if (id < 0) {
                id = dictionary.add(number, id);
                newEntry(id);
                entryBytes.putIntLE(number);
                entryEnds[id] = entryBytes.size();
            }
            lastKey = number;
            hasLast = true;
            lastId = id;
        }
        dictionaryValue(id);
        return true;
    }

    /**
     * Adds a value of a DOUBLE column, unboxed as {@link #writeInt}. Its dictionary key is
     * {@code doubleToLongBits}, one key for every NaN as {@code Double.equals} has it; the entry keeps the raw bits
     * of the first value seen.
     */
    boolean writeDouble(double number) {
        if (dictionary == null) {
            plain.putLongLE(Double.doubleToRawLongBits(number));
            plainValue();
            return true;
        }
        int id = lastId;
        long key = Double.doubleToLongBits(number);
        if (!hasLast || key != lastKey) {
            id = dictionary.get(key);
            if (id < 0) {
                id = dictionary.add(key, id);
                newEntry(id);
                entryBytes.putLongLE(Double.doubleToRawLongBits(number));
                entryEnds[id] = entryBytes.size();
            }
            lastKey = key;
            hasLast = true;
            lastId = id;
        }
        dictionaryValue(id);
        return true;
    }

    /** Counts a value of the dictionary's entry {@code id}. */
    private void dictionaryValue(int id) {
        if (values == indices.length) indices = Arrays.copyOf(indices, values * 2);
        indices[values++] = id;
        plainSize += entryLength(id);
        if (optional) level(1);
        else rows++;
        if (entryBytes.size() > DICTIONARY_BYTES) dropDictionary();
    }

    /** Counts a value just appended to {@link #plain}. */
    private void plainValue() {
        if (values == valueEnds.length) valueEnds = Arrays.copyOf(valueEnds, Math.max(1024, values * 2));
        valueEnds[values++] = plain.size();
        if (optional) level(1);
        else rows++;
    }

    private void level(int level) {
        if (rows == levels.length) levels = Arrays.copyOf(levels, Math.max(1024, rows * 2));
        levels[rows++] = level;
    }

    /** Makes room for the end of the dictionary's new entry {@code id}, which the caller appends. */
    private void newEntry(int id) {
        if (id == entryEnds.length) entryEnds = Arrays.copyOf(entryEnds, id * 2);
    }

    private int entryStart(int id) { return id == 0 ? 0 : entryEnds[id - 1]; }

    private int entryLength(int id) { return entryEnds[id] - entryStart(id); }

    /** Goes on without the dictionary: the values so far are copied out of it in their plain encoding. */
    private void dropDictionary() {
        var bytes = new PageBytes((int) Math.min(Integer.MAX_VALUE - 16, plainSize + 64 * 1024));
        int[] ends = new int[Math.max(1024, values * 2)];
        for (int v = 0; v < values; v++) {
            int id = indices[v];
            bytes.put(entryBytes.array(), entryStart(id), entryLength(id));
            ends[v] = bytes.size();
        }
        plain = bytes;
        valueEnds = ends;
        dictionary = null;
        indices = new int[0];
        entryBytes = new PageBytes(0);
    }

    /** Writes the buffered row group's pages, and the dictionary page if any, to the column's page writer. */
    void flush(PageWriter pages) throws IOException {
        if (dictionary != null && !dictionaryPays()) dropDictionary();
        int bitWidth = dictionary == null ? 0 : HybridEncoding.bitWidth(dictionary.size() - 1);
        int[] marks = dictionary == null ? null : new int[dictionary.size()];
        long chunkBytes = dictionary != null ? (long) values * bitWidth / 8 : values == 0 ? 0 : valueEnds[values - 1];
        if (rows <= PAGE_ROWS && chunkBytes < PAGE_BYTES) {
            // one page, as the loop below would cut it, without its per-row sums (a twentieth of the writing time)
            if (rows > 0) writePage(pages, 0, rows, 0, values, bitWidth, marks, 1);
        } else {
            cutPages(pages, bitWidth, marks);
        }
        if (dictionary != null)
            pages.writeDictionaryPage(new DictionaryPage(BytesInput.from(entryBytes.array(), 0, entryBytes.size()),
                    dictionary.size(), Encoding.PLAIN_DICTIONARY));
    }

    /** Cuts the chunk into pages of {@link #PAGE_BYTES} bytes of values or {@link #PAGE_ROWS} rows. */
    private void cutPages(PageWriter pages, int bitWidth, int @Nullable [] marks) throws IOException {
        int pageNumber = 0;
        int firstRow = 0, firstValue = 0, value = 0;
        for (int row = 0; row < rows; row++) {
            if (!optional || levels[row] == 1) value++;
            long pageBytes = dictionary != null ? (long) (value - firstValue) * bitWidth / 8
                    : (value == 0 ? 0 : valueEnds[value - 1]) - (firstValue == 0 ? 0 : valueEnds[firstValue - 1]);
            if (row + 1 == rows || row + 1 - firstRow >= PAGE_ROWS || pageBytes >= PAGE_BYTES) {
                writePage(pages, firstRow, row + 1, firstValue, value, bitWidth, marks, ++pageNumber);
                firstRow = row + 1;
                firstValue = value;
            }
        }
    }

    /** As parquet-java decides: the dictionary and its indices must be smaller than the plain values. */
    private boolean dictionaryPays() {
        long indexBytes = ((long) values * HybridEncoding.bitWidth(dictionary.size() - 1) + 7) / 8;
        return entryBytes.size() + indexBytes < plainSize;
    }

    private void writePage(PageWriter pages, int fromRow, int toRow, int fromValue, int toValue, int bitWidth,
                           int @Nullable [] marks, int pageNumber) throws IOException {
        int start = dictionary != null || fromValue == 0 ? 0 : valueEnds[fromValue - 1];
        int end = dictionary != null || toValue == 0 ? 0 : valueEnds[toValue - 1];
        page.clear();
        if (optional) {
            levelBytes.clear();
            if (toRow - fromRow == toValue - fromValue) HybridEncoding.encodeRepeated(1, toRow - fromRow, 1, levelBytes);
            else HybridEncoding.encode(levels, fromRow, toRow, 1, levelBytes);
            page.putIntLE(levelBytes.size());
            page.put(levelBytes.array(), 0, levelBytes.size());
        }
        Statistics<?> stats = statistics ? Statistics.createStats(type) : Statistics.noopStats(type);
        if (dictionary != null) {
            page.put(bitWidth);
            HybridEncoding.encode(indices, fromValue, toValue, bitWidth, page);
            if (statistics) dictionaryStatistics(stats, fromValue, toValue, marks, pageNumber);
        } else {
            page.put(plain.array(), start, end - start);
            if (statistics) plainStatistics(stats, fromValue, toValue);
        }
        stats.incrementNumNulls((toRow - fromRow) - (toValue - fromValue));
        pages.writePage(BytesInput.from(page.array(), 0, page.size()), toRow - fromRow, toRow - fromRow, stats,
                Encoding.BIT_PACKED, optional ? Encoding.RLE : Encoding.BIT_PACKED,
                dictionary != null ? Encoding.PLAIN_DICTIONARY : Encoding.PLAIN);
    }

    /** Min and max of the page's distinct values, each counted once (a NaN at every occurrence, as it is counted). */
    private void dictionaryStatistics(Statistics<?> stats, int fromValue, int toValue, int[] marks, int pageNumber) {
        if (fromValue == 0 && toValue == values && kind != ColumnType.DOUBLE) {    // one page: every entry is in it
            for (int id = 0; id < dictionary.size(); id++) update(stats, entryBytes.array(), entryStart(id));
            return;
        }
        for (int v = fromValue; v < toValue; v++) {
            int id = indices[v];
            if (marks[id] == pageNumber) {
                if (kind == ColumnType.DOUBLE && Double.isNaN(Double.longBitsToDouble(PageBytes.longLE(entryBytes.array(), entryStart(id)))))
                    stats.incrementNanCount();
                continue;
            }
            marks[id] = pageNumber;
            update(stats, entryBytes.array(), entryStart(id));
        }
    }

    /** Min and max of the page's plain values; text is compared as bytes, without copies, as Parquet orders it. */
    private void plainStatistics(Statistics<?> stats, int fromValue, int toValue) {
        byte[] bytes = plain.array();
        if (kind != ColumnType.STRING) {
            for (int v = fromValue; v < toValue; v++) update(stats, bytes, v == 0 ? 0 : valueEnds[v - 1]);
            return;
        }
        if (fromValue == toValue) return;
        int min = fromValue == 0 ? 0 : valueEnds[fromValue - 1], max = min;
        for (int v = fromValue + 1; v < toValue; v++) {
            int start = valueEnds[v - 1];
            if (compareText(bytes, start, min) < 0) min = start;    // a new min is not a new max: max >= min
            else if (compareText(bytes, start, max) > 0) max = start;
        }
        update(stats, bytes, min);
        update(stats, bytes, max);
    }

    private static int compareText(byte[] bytes, int a, int b) {
        int la = PageBytes.intLE(bytes, a), lb = PageBytes.intLE(bytes, b);
        return Arrays.compareUnsigned(bytes, a + 4, a + 4 + la, bytes, b + 4, b + 4 + lb);
    }

    /** Counts the plain-encoded value at {@code offset} in the statistics. */
    private void update(Statistics<?> stats, byte[] bytes, int offset) {
        switch (kind) {
            case STRING -> stats.updateStats(Binary.fromReusedByteArray(bytes, offset + 4, PageBytes.intLE(bytes, offset)));
            case INT32, DATE -> stats.updateStats(PageBytes.intLE(bytes, offset));
            case DOUBLE -> stats.updateStats(Double.longBitsToDouble(PageBytes.longLE(bytes, offset)));
        }
    }

    @Override public String toString() {
        return "ColumnChunkEncoder[" + descriptor + ", " + rows + " rows]";
    }
}
