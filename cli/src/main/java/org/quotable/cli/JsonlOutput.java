package org.quotable.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quotable.build.DatasetBuild;
import org.quotable.exporter.format.JsonlTableWriter;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.QuoteRecord;

/**
 * The JSON Lines output of {@code extract}: each article's rows are encoded on the extraction thread that found them,
 * and only the encoded text is appended here, in input order. Encoding on the one delivering thread left the second
 * core's worker waiting on it (the thread also reads every article); now the ordered part is a copy of bytes.
 *
 * <p>Every thread encodes with a writer of the same kind as the final one (a byte stream for a file, a character
 * stream for standard output), and a JSON Lines row does not depend on the rows before it, so the output is
 * byte for byte what one writer would have made.
 */
final class JsonlOutput implements DatasetBuild.StagedSink<JsonlOutput.Encoded>, Closeable {
    /** One article's encoded rows: quotes as bytes (a file) or characters (standard output), the article as bytes. */
    record Encoded(byte @Nullable [] quoteBytes, @Nullable String quoteChars, byte @Nullable [] article) {}

    private final @Nullable OutputStream quotesFile;
    private final @Nullable Writer quotesText;
    private final @Nullable OutputStream articlesFile;
    private final ThreadLocal<Encoder> encoders;

    /** Quotes to a file, and the articles table to another when {@code articles} is not null. */
    static JsonlOutput toFile(OutputStream quotes, @Nullable OutputStream articles) {
        return new JsonlOutput(new BufferedOutputStream(quotes, 1 << 16), null, articles);
    }

    /** Quotes to a character stream such as standard output (left open), the articles table to a file if not null. */
    static JsonlOutput toText(Writer quotes, @Nullable OutputStream articles) {
        return new JsonlOutput(null, quotes, articles);
    }

    private JsonlOutput(@Nullable OutputStream quotesFile, @Nullable Writer quotesText, @Nullable OutputStream articles) {
        this.quotesFile = quotesFile;
        this.quotesText = quotesText;
        this.articlesFile = articles == null ? null : new BufferedOutputStream(articles, 1 << 16);
        boolean text = quotesText != null, withArticles = articles != null;
        this.encoders = ThreadLocal.withInitial(() -> new Encoder(text, withArticles));
    }

    @Override public Encoded prepare(ArticleRecord article, List<QuoteRecord> quotes) throws IOException {
        return encoders.get().encode(article, quotes);
    }

    @Override public void accept(ArticleRecord article, List<QuoteRecord> quotes, Encoded rows) throws IOException {
        if (articlesFile != null && rows.article() != null) articlesFile.write(rows.article());
        if (quotesFile != null && rows.quoteBytes() != null) quotesFile.write(rows.quoteBytes());
        if (quotesText != null && rows.quoteChars() != null) quotesText.write(rows.quoteChars());
    }

    /** Flushes the quotes to standard output, or closes the files. */
    @Override public void close() throws IOException {
        try (var a = articlesFile; var q = quotesFile) {
            if (quotesText != null) quotesText.close();
        }
    }

    /** One thread's writers, over in-memory buffers emptied after every article. */
    private static final class Encoder {
        private final @Nullable ByteArrayOutputStream quoteBytes;
        private final @Nullable CharArrayWriter quoteChars;
        private final JsonlTableWriter<QuoteRecord> quotes;
        private final @Nullable ByteArrayOutputStream articleBytes;
        private final @Nullable JsonlTableWriter<ArticleRecord> articles;

        Encoder(boolean text, boolean withArticles) {
            try {
                if (text) {
                    quoteBytes = null;
                    quoteChars = new CharArrayWriter(1 << 12);
                    quotes = new JsonlTableWriter<>(QuotableSchema.QUOTES, quoteChars);
                } else {
                    quoteBytes = new ByteArrayOutputStream(1 << 12);
                    quoteChars = null;
                    quotes = new JsonlTableWriter<>(QuotableSchema.QUOTES, quoteBytes);
                }
                articleBytes = withArticles ? new ByteArrayOutputStream(1 << 13) : null;
                articles = articleBytes == null ? null : new JsonlTableWriter<>(QuotableSchema.ARTICLES, articleBytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);   // in-memory streams do not fail
            }
        }

        Encoded encode(ArticleRecord article, List<QuoteRecord> found) throws IOException {
            for (QuoteRecord quote : found) quotes.write(quote);
            quotes.flush();
            byte[] articleRow = null;
            if (articles != null && articleBytes != null) {
                articles.write(article);
                articles.flush();
                articleRow = articleBytes.toByteArray();
                articleBytes.reset();
            }
            if (quoteChars != null) {
                String text = quoteChars.toString();
                quoteChars.reset();
                return new Encoded(null, text, articleRow);
            }
            byte[] bytes = java.util.Objects.requireNonNull(quoteBytes).toByteArray();
            quoteBytes.reset();
            return new Encoded(bytes, null, articleRow);
        }
    }
}
