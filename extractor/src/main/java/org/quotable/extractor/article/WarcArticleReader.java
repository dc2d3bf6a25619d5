package org.quotable.extractor.article;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.SourceFormat;

/**
 * Reads the articles of a WARC archive ({@code .warc} or {@code .warc.gz}, with jwarc), lazily, record by record.
 * Every {@code response} record with a successful HTTP status and an HTML payload becomes an article: its text is the
 * page's body; its url the page's canonical link, else the record's {@code WARC-Target-URI}; its date the page's, else
 * the {@code WARC-Date}. The HTTP {@code Content-Type} charset decides the encoding. Other records are skipped and
 * counted ({@link #skippedRecords()}); a record that cannot be parsed or is cut short is reported with its number and
 * ends the file.
 */
final class WarcArticleReader implements ArticleReader {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final WarcReader warc;
    private final String file;
    private final ReadOptions options;
    private final Consumer<ArticleProblem> problems;
    private long recordNumber;
    private long skipped;
    private boolean failed;
    private long end = Long.MAX_VALUE;

    WarcArticleReader(Path path, String file, ReadOptions options, Consumer<ArticleProblem> problems) throws IOException {
        this.file = file;
        this.options = options;
        this.problems = problems;
        FileChannel channel = FileChannel.open(path);
        if (channel.size() == 0) {
            channel.close();
            throw new ArticleFormatException(ArticleProblem.error(file, null, "the file is empty"));
        }
        try {
            this.warc = new WarcReader(channel);
        } catch (IOException e) {
            channel.close();
            throw new ArticleFormatException(ArticleProblem.error(file, null, "not a WARC file: " + e.getMessage()), e);
        }
        warc.onWarning(message -> problems.accept(ArticleProblem.warning(file, location(), "WARC: " + message)));
    }

    /**
     * Reads the records of a part of an archive: {@code channel} is positioned at the start of a record (for
     * {@code .warc.gz}, of its gzip member), and records are read while they start less than {@code length} bytes
     * from there.
     *
     * @param firstRecord the number in the whole file of the first record read, for problem reports
     */
    WarcArticleReader(ReadableByteChannel channel, String file, long firstRecord, long length, ReadOptions options,
                      Consumer<ArticleProblem> problems) throws IOException {
        this.file = file;
        this.options = options;
        this.problems = problems;
        this.recordNumber = firstRecord - 1;
        this.end = length;
        try {
            this.warc = new WarcReader(channel);
        } catch (IOException e) {
            channel.close();
            throw new ArticleFormatException(ArticleProblem.error(file, location(), "not a WARC record: " + e.getMessage()), e);
        }
        warc.onWarning(message -> problems.accept(ArticleProblem.warning(file, location(), "WARC: " + message)));
    }

    /**
     * The start of every record of an archive, in bytes from the start of the stream (for {@code .warc.gz}, of each
     * record's gzip member), read with jwarc; bodies are skipped, not parsed.
     *
     * @throws IOException when the stream is not a WARC archive or a record is damaged: the offsets so far are lost
     */
    static long[] recordOffsets(ReadableByteChannel channel) throws IOException {
        try (var warc = new WarcReader(channel)) {
            var offsets = new java.util.ArrayList<Long>();
            while (warc.next().isPresent()) offsets.add(warc.position());
            return offsets.stream().mapToLong(Long::longValue).toArray();
        }
    }

    @Override public long skippedRecords() {
        return skipped;
    }

    private String location() {
        return "record " + recordNumber;
    }

    @Override public Iterator<ArticleRecord> iterator() {
        return new Lookahead<>() {
            @Override protected @Nullable ArticleRecord advance() {
                for (Optional<WarcRecord> record = nextRecord(); record.isPresent(); record = nextRecord()) {
                    ArticleRecord article = toArticle(record.get());
                    if (article != null) return article;
                }
                return null;
            }
        };
    }

    private Optional<WarcRecord> nextRecord() {
        if (failed) return Optional.empty();
        long before = recordNumber;
        try {
            recordNumber++;
            Optional<WarcRecord> record = warc.next();
            if (record.isPresent() && warc.position() >= end) record = Optional.empty();    // the next part's
            if (record.isEmpty()) recordNumber = before;
            return record;
        } catch (IOException | RuntimeException e) {
            failed = true;
            String reason = recordNumber == 1 && e instanceof ParsingException
                    ? "not a WARC file (" + e.getMessage() + "); expected a WARC/1.0 or WARC/1.1 archive"
                    : cutShortReason(e);
            problems.accept(ArticleProblem.error(file, location(), reason));
            return Optional.empty();
        }
    }

    private @Nullable ArticleRecord toArticle(WarcRecord record) {
        if (!(record instanceof WarcResponse response)) {
            skipped++;
            return null;
        }
        var source = new HtmlArticles.Source(file, location(), SourceFormat.WARC, options, problems);
        try {
            if (!response.contentType().base().toString().equalsIgnoreCase("application/http")) {
                skipped++;   // DNS, Gemini and other non-HTTP captures
                return null;
            }
            HttpResponse http;
            try {
                http = response.http();
            } catch (EOFException e) {
                throw e;
            } catch (IOException e) {
                source.error("the HTTP response in this record could not be parsed (" + e.getMessage()
                        + "); the record is skipped");
                return null;
            }
            MediaType type = http.contentType();
            String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
            if (http.status() < 200 || http.status() > 299 || !HTML_TYPES.contains(base)) {
                skipped++;
                return null;
            }
            if (response.truncated() != WarcTruncationReason.NOT_TRUNCATED)
                source.warn("the crawler truncated this page (WARC-Truncated: "
                        + response.truncated().name().toLowerCase(Locale.ROOT) + "); its text may be incomplete");
            byte[] page;
            try (InputStream body = http.bodyDecoded().stream()) {
                page = Inputs.readAll(body, options.maxInputBytes(), file, location());
            }
            Charset charset = Decoding.contentTypeCharset(type.toString()).orElse(null);
            String target = response.target();
            var fromWarc = new ArticleMetadata(null, target, null, null,
                    response.date().atOffset(ZoneOffset.UTC).toLocalDate(), null);
            ArticleRecord article = HtmlArticles.read(page, charset, target, ArticleMetadata.NONE, source);
            if (article == null) return null;
            return withFallback(article, fromWarc);
        } catch (ArticleFormatException e) {
            if (e.getCause() instanceof IOException damage) return cutShort(damage, source);
            problems.accept(e.problem());   // over the size limit: this record only
            return null;
        } catch (IOException | RuntimeException e) {
            return cutShort(e, source);
        }
    }

    private @Nullable ArticleRecord cutShort(Exception e, HtmlArticles.Source source) {
        failed = true;
        source.error(cutShortReason(e));
        return null;
    }

    private static String cutShortReason(Exception e) {
        return "the record is cut short or damaged (" + Inputs.reason(e) + "); the rest of the file is skipped";
    }

    /** The article with its missing url and date taken from the WARC record; its id follows the url. */
    private static ArticleRecord withFallback(ArticleRecord article, ArticleMetadata warc) {
        if (article.url() != null && article.published() != null) return article;
        var page = new ArticleMetadata(null, article.url(), article.title(), article.publisher(), article.published(),
                article.language());
        return page.orElse(warc).toRecord(article.text(), article.sourceFile(), article.sourceFormat());
    }

    @Override public void close() throws IOException {
        warc.close();
    }
}
