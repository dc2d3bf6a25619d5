package org.quotable.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotable.schema.Column;
import org.quotable.schema.DateBasis;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.QuoteType;
import org.quotable.schema.SpeakerType;

class CachedQuotesTest {
    private static final QuoteRecord FULL = new QuoteRecord(QuoteRecord.idOf("a-1", 10, 24), "a-1", "We will go on.",
            QuoteType.DIRECT, "Ana Ruiz", "Ruiz", SpeakerType.PERSON, "port director", "said",
            LocalDate.of(2025, 4, 2), DateBasis.PUBLISHED, 1, 10, 24, 0.875, "0123456789abcdef");
    private static final QuoteRecord BARE = new QuoteRecord(QuoteRecord.idOf("a-1", 40, 45), "a-1", "stale",
            QuoteType.PARTIAL, null, null, null, null, null, null, DateBasis.UNKNOWN, 2, 40, 45, 0.3);

    @Test void quotesComeBackEqualWithEveryValueAndEveryNull() throws IOException {
        assertThat(CachedQuotes.decode(CachedQuotes.encode(List.of(FULL, BARE)))).containsExactly(FULL, BARE);
        assertThat(CachedQuotes.decode(CachedQuotes.encode(List.of()))).isEmpty();
    }

    /** The fields are written one by one; they must be every column of the quotes table, in its order. */
    @Test void theBytesAreTheQuotesTableColumnsInOrder() throws IOException {
        for (QuoteRecord quote : List.of(FULL, BARE)) {
            var body = new ByteArrayOutputStream();
            var out = new DataOutputStream(body);
            List<Column<QuoteRecord>> columns = QuotableSchema.QUOTES.columns();
            List<Object> values = QuotableSchema.QUOTES.values(quote);
            for (int i = 0; i < columns.size(); i++) CachedQuotes.column(out, columns.get(i), values.get(i));
            out.flush();
            byte[] encoded = CachedQuotes.encode(List.of(quote));
            byte[] payload = java.util.Arrays.copyOfRange(encoded, 16, encoded.length);
            assertThat(payload).isEqualTo(body.toByteArray());
        }
    }

    @Test void aDamagedEntryIsAnErrorNotQuotes() throws IOException {
        byte[] bytes = CachedQuotes.encode(List.of(FULL));
        bytes[bytes.length - 3] ^= 1;
        assertThatThrownBy(() -> CachedQuotes.decode(bytes)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> CachedQuotes.decode(java.util.Arrays.copyOf(bytes, 12))).isInstanceOf(IOException.class);
    }
}
