package org.quotable.extractor.article;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 *
 * <p>Records are read one after another, but their pages are parsed (jsoup, the body extractor, the page's metadata:
 * most of the reading's CPU) on threads of the reader's own ({@link ReadOptions#parseThreads()}), a window of records
 * ahead of the one handed out. The articles, the problems and the skipped count come out exactly as a one-by-one reading gives them: each record's
 * problems are kept with it and passed on when it is handed out, and whatever was read past a record that ends the
 * file is dropped.
 */
final class WarcArticleReader implements ArticleReader {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final WarcReader warc;
    private final String file;
    private final ReadOptions options;
    private final Consumer<ArticleProblem> out;
    // where the problems of the record being read go (its Pending's list); the caller's consumer when none is read
    private Consumer<ArticleProblem> current;
    private final Consumer<ArticleProblem> problems = problem -> current.accept(problem);
    private final ArrayDeque<Pending> window = new ArrayDeque<>();
    private @Nullable ExecutorService parsers;
    private boolean exhausted;
    private long recordNumber;
    private long skipped;
    private boolean failed;
    private long end = Long.MAX_VALUE;

    WarcArticleReader(Path path, String file, ReadOptions options, Consumer<ArticleProblem> problems) throws IOException {
        this.file = file;
        this.options = options;
        this.out = problems;
        this.current = problems;
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
        warc.onWarning(message -> this.problems.accept(ArticleProblem.warning(file, location(), "WARC: " + message)));
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
        this.out = problems;
        this.current = problems;
        this.recordNumber = firstRecord - 1;
        this.end = length;
        try {
            this.warc = new WarcReader(channel);
        } catch (IOException e) {
            channel.close();
            throw new ArticleFormatException(ArticleProblem.error(file, location(), "not a WARC record: " + e.getMessage()), e);
        }
        warc.onWarning(message -> this.problems.accept(ArticleProblem.warning(file, location(), "WARC: " + message)));
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
                while (true) {
                    fill();
                    Pending head = window.poll();
                    if (head == null) return null;
                    Parsed parsed = head.parsed();
                    head.problems().forEach(out);
                    skipped += head.skipped();
                    if (parsed.endsFile()) {
                        failed = true;
                        exhausted = true;
                        current = out;
                        window.forEach(p -> p.parse().cancel(false));
                        window.clear();
                        return null;
                    }
                    if (parsed.article() != null) return parsed.article();
                }
            }
        };
    }

    /** A record read, with its problems and skips so far and its page being parsed. */
    private record Pending(List<ArticleProblem> problems, int skipped, Future<Parsed> parse) {
        Parsed parsed() {
            try {
                return parse.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while parsing a WARC record", e);
            } catch (ExecutionException e) {   // parse() catches what parsing throws; this is an Error
                if (e.getCause() instanceof Error error) throw error;
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** What a record gave: an article or none; whether it ended the file (cut short or damaged). */
    private record Parsed(@Nullable ArticleRecord article, boolean endsFile) {
        static final Parsed NONE = new Parsed(null, false);
    }

    /** Reads records until the window is full or the file is done. */
    private void fill() {
        while (!exhausted && window.size() < 4 * options.parseThreads()) {
            var here = new ArrayList<ArticleProblem>();
            current = here::add;
            Optional<WarcRecord> record = nextRecord();
            if (record.isEmpty()) {
                exhausted = true;
                current = out;
                if (!here.isEmpty()) window.add(new Pending(here, 0, CompletableFuture.completedFuture(Parsed.NONE)));
                return;
            }
            window.add(read(record.get(), here));
        }
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

    /** Reads a record's page here, in order, and parses it on the parsing threads. */
    private Pending read(WarcRecord record, List<ArticleProblem> here) {
        if (!(record instanceof WarcResponse response)) return new Pending(here, 1, done(null));
        var source = new HtmlArticles.Source(file, location(), SourceFormat.WARC, options, here::add);
        try {
            if (!response.contentType().base().toString().equalsIgnoreCase("application/http")) {
                return new Pending(here, 1, done(null));   // DNS, Gemini and other non-HTTP captures
            }
            HttpResponse http;
            try {
                http = response.http();
            } catch (EOFException e) {
                throw e;
            } catch (IOException e) {
                source.error("the HTTP response in this record could not be parsed (" + e.getMessage()
                        + "); the record is skipped");
                return new Pending(here, 0, done(null));
            }
            MediaType type = http.contentType();
            String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
            if (http.status() < 200 || http.status() > 299 || !HTML_TYPES.contains(base)) {
                return new Pending(here, 1, done(null));
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
            if (parsers == null && options.parseThreads() > 1) {
                parsers = Executors.newFixedThreadPool(options.parseThreads(), runnable -> {
                    Thread thread = new Thread(runnable, "quotable-warc-parse");
                    thread.setDaemon(true);
                    return thread;
                });
            }
            if (parsers == null) return new Pending(here, 0, CompletableFuture.completedFuture(parse(page, charset, target, fromWarc, source)));
            return new Pending(here, 0, parsers.submit(() -> parse(page, charset, target, fromWarc, source)));
        } catch (ArticleFormatException e) {
            if (e.getCause() instanceof IOException damage) return cutShort(damage, source, here);
            here.add(e.problem());   // over the size limit: this record only
            return new Pending(here, 0, done(null));
        } catch (IOException | RuntimeException e) {
            return cutShort(e, source, here);
        }
    }

    /** The page's article; on the parsing threads, so it only reports to the record's own list (in source). */
    private static Parsed parse(byte[] page, @Nullable Charset charset, String target, ArticleMetadata fromWarc,
                                HtmlArticles.Source source) {
        try {
            ArticleRecord article = HtmlArticles.read(page, charset, target, ArticleMetadata.NONE, source);
            return new Parsed(article == null ? null : withFallback(article, fromWarc), false);
        } catch (RuntimeException e) {
            source.error(cutShortReason(e));
            return new Parsed(null, true);
        }
    }

    private static Future<Parsed> done(@Nullable ArticleRecord article) {
        return CompletableFuture.completedFuture(article == null ? Parsed.NONE : new Parsed(article, false));
    }

    /** Reading the record failed here: it ends the file, and nothing after it is read. */
    private Pending cutShort(Exception e, HtmlArticles.Source source, List<ArticleProblem> here) {
        failed = true;
        exhausted = true;
        current = out;
        source.error(cutShortReason(e));
        return new Pending(here, 0, done(null));
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
        if (parsers != null) parsers.shutdownNow();
        warc.close();
    }
}
