package org.quotable.build;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.Locale;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.quotable.extractor.QuoteExtractor;
import org.quotable.extractor.article.ArticleProblem;
import org.quotable.extractor.article.ArticleReader;
import org.quotable.extractor.article.ArticleSources;
import org.quotable.extractor.article.InputFile;
import org.quotable.extractor.article.ReadOptions;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuoteRecord;

/**
 * Reads article files, extracts their quotes and hands articles and quotes, in input order, to a sink. Articles
 * are extracted in parallel but delivered in order, through a bounded window, so memory stays flat however large
 * the batch and the output is the same with any number of threads.
 *
 * <p>Reading is {@link ArticleSources#openAll}'s: a file or record that cannot be read becomes an
 * {@link ArticleProblem} and the batch goes on; an article whose text was seen before is kept once and reported.
 */
public final class DatasetBuild {
    /** Receives the results in input order. */
    public interface Sink {
        void accept(ArticleRecord article, List<QuoteRecord> quotes) throws IOException;
    }

    /**
     * A sink whose work is split in two: {@link #prepare} runs on the extraction thread right after an article is
     * extracted, many articles at once, and {@link #accept} gets what it made, in input order, on one thread. What
     * does not depend on the order (encoding an article's rows) then runs in parallel, and only the ordered part
     * (appending the encoded rows) is left to the thread that delivers, which would otherwise hold up every worker on
     * 2 cores.
     *
     * @param <T> what {@code prepare} makes for {@code accept}
     */
    public interface StagedSink<T> {
        /** Prepares one article's output; called from any extraction thread, for several articles at once. */
        T prepare(ArticleRecord article, List<QuoteRecord> quotes) throws IOException;

        /** Takes one article's prepared output, in input order, always from the same thread. */
        void accept(ArticleRecord article, List<QuoteRecord> quotes, T prepared) throws IOException;
    }

    /** A plain sink as a staged one that prepares nothing. */
    private static StagedSink<Void> staged(Sink sink) {
        return new StagedSink<>() {
            @Override public @Nullable Void prepare(ArticleRecord article, List<QuoteRecord> quotes) { return null; }

            @Override public void accept(ArticleRecord article, List<QuoteRecord> quotes, @Nullable Void prepared) throws IOException {
                sink.accept(article, quotes);
            }
        };
    }

    /**
     * What a build did.
     *
     * @param extracted articles run through the extractor
     * @param cached    articles whose quotes came from the extraction cache
     */
    public record Result(int files, long articles, long quotes, long extracted, long cached, List<ArticleProblem> problems) {
        /** The problems that cost an input (errors, not warnings). */
        public long errors() {
            return problems.stream().filter(p -> p.severity() == ArticleProblem.Severity.ERROR).count();
        }
    }

    private static final int WINDOW_PER_THREAD = 16;
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final QuoteExtractor extractor;
    private final int threads;
    private final long maxArticleNanos;
    private final double maxArticleSeconds;
    private final @Nullable ExtractionCache cache;
    private final AtomicLong extracted = new AtomicLong(), cached = new AtomicLong(), leftOut = new AtomicLong();

    /**
     * @param threads           extraction threads, at least 1
     * @param maxArticleSeconds the longest one article may take to extract before it is reported and left out;
     *                          0 for no limit
     * @param cache             earlier results to reuse and where to keep new ones, or null to extract every article
     */
    public DatasetBuild(QuoteExtractor extractor, int threads, double maxArticleSeconds, @Nullable ExtractionCache cache) {
        this.extractor = extractor;
        this.threads = Math.max(1, threads);
        this.maxArticleNanos = maxArticleSeconds <= 0 ? 0 : (long) (maxArticleSeconds * 1e9);
        this.maxArticleSeconds = maxArticleSeconds;
        this.cache = cache;
    }

    /** Opens the articles to build, reporting what cannot be read to the given consumer. */
    public interface Source {
        ArticleReader open(Consumer<ArticleProblem> problems) throws IOException;
    }

    /** The articles of these files, read with these limits. */
    public static Source files(List<InputFile> files, ReadOptions readOptions) {
        return problems -> ArticleSources.openInputs(files, readOptions, problems);
    }

    public Result run(List<InputFile> files, ReadOptions readOptions, Sink sink, Consumer<ArticleProblem> onProblem) throws IOException {
        return run(files(files, readOptions), files.size(), sink, onProblem, BuildListener.SILENT);
    }

    /**
     * Builds the articles of {@code source}, handing each one and its quotes to {@code sink} in input order.
     *
     * @param fileCount the number of input files, for the progress: more articles than files means the total is unknown
     * @param progress  told of every article read and delivered
     */
    public Result run(Source source, int fileCount, Sink sink, Consumer<ArticleProblem> onProblem, BuildListener progress) throws IOException {
        return run(source, fileCount, staged(sink), onProblem, progress, null);
    }

    /**
     * Builds as {@link #run(Source, int, Sink, Consumer, BuildListener)} does, preparing each article's output on the
     * extraction thread that extracted it.
     */
    public <T> Result run(Source source, int fileCount, StagedSink<T> sink, Consumer<ArticleProblem> onProblem,
                          BuildListener progress) throws IOException {
        return run(source, fileCount, sink, onProblem, progress, null);
    }

    /**
     * Builds as {@link #run(Source, int, Sink, Consumer, BuildListener)} does, with the files of {@code source} opened
     * through {@code reads}: an article it replays with its quotes is not extracted again, and the quotes of the
     * articles it records go into its logs.
     */
    Result run(Source source, int fileCount, Sink sink, Consumer<ArticleProblem> onProblem, BuildListener progress,
               @Nullable ReadCache reads) throws IOException {
        return run(source, fileCount, staged(sink), onProblem, progress, reads);
    }

    private <T> Result run(Source source, int fileCount, StagedSink<T> sink, Consumer<ArticleProblem> onProblem,
                           BuildListener progress, @Nullable ReadCache reads) throws IOException {
        boolean finished = false;
        try {
            Result result = extract(source, fileCount, sink, onProblem, progress, reads);
            if (reads != null) reads.finish();
            finished = true;
            return result;
        } finally {
            if (reads != null && !finished) reads.abandon();
        }
    }

    private <T> Result extract(Source source, int fileCount, StagedSink<T> sink, Consumer<ArticleProblem> onProblem, BuildListener progress,
                           @Nullable ReadCache reads) throws IOException {
        extracted.set(0);
        cached.set(0);
        leftOut.set(0);
        var problems = new ArrayList<ArticleProblem>();
        Consumer<ArticleProblem> report = problem -> {
            problems.add(problem);
            onProblem.accept(problem);
        };
        var written = new Written();
        long seen = 0;
        var pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "quotable-extract");
            thread.setDaemon(true);
            return thread;
        });
        var window = new ArrayDeque<Pending<T>>();
        try {
            try (ArticleReader reader = source.open(report)) {
                for (ArticleRecord article : reader) {
                    if (++seen == fileCount + 1L) progress.totalUnknown();
                    var started = new AtomicLong();
                    ReadCache.Claim claim = reads == null ? ReadCache.Claim.NONE : reads.claim(article);
                    byte[] known = claim.quotes();
                    window.add(new Pending<>(article, started, claim, pool.submit(() -> {
                        started.set(System.nanoTime());
                        List<QuoteRecord> quotes = known != null ? reused(article, known) : quotesOf(article);
                        return Extracted.of(quotes, sink, article);
                    })));
                    if (window.size() >= threads * WINDOW_PER_THREAD)
                        written.add(deliver(window.remove(), pool, sink, report, reads), progress);
                }
            }
            while (!window.isEmpty()) written.add(deliver(window.remove(), pool, sink, report, reads), progress);
        } finally {
            pool.shutdownNow();
        }
        return new Result(fileCount, written.articles, written.quotes, extracted.get(), cached.get(),
                List.copyOf(problems));
    }

    /** Counts what reached the sink. */
    private static final class Written {
        long articles, quotes;

        /** Counts one delivered article ({@code quotes} ≥ 0) or one left out (-1), and shows the progress. */
        void add(int delivered, BuildListener progress) {
            progress.articleDone(Math.max(0, delivered));
            if (delivered < 0) return;
            articles++;
            quotes += delivered;
        }
    }

    /** Articles the last run left out (extraction failed or took too long): a later run may not leave them out. */
    long leftOut() { return leftOut.get(); }

    private List<QuoteRecord> quotesOf(ArticleRecord article) {
        if (cache != null) {
            var known = cache.lookup(article);
            if (known.isPresent()) {
                cached.incrementAndGet();
                return known.get();
            }
        }
        List<QuoteRecord> quotes = extractor.extract(article);
        extracted.incrementAndGet();
        if (cache != null) cache.store(article, quotes);
        return quotes;
    }

    /** The quotes an earlier read of the same bytes kept for the article; extracted again if they are damaged. */
    private List<QuoteRecord> reused(ArticleRecord article, byte[] quotes) {
        try {
            List<QuoteRecord> known = CachedQuotes.decode(quotes);
            cached.incrementAndGet();
            return known;
        } catch (IOException | RuntimeException e) {
            return quotesOf(article);
        }
    }

    private record Pending<T>(ArticleRecord article, AtomicLong started, ReadCache.Claim claim, Future<Extracted<T>> quotes) {}

    /**
     * An article's quotes and the sink's preparation of them. A failed preparation is kept to be thrown where the
     * article is delivered: it is the output's failure (it stops the batch), not the extraction's (which leaves one
     * article out).
     */
    private record Extracted<T>(List<QuoteRecord> quotes, @Nullable T prepared, @Nullable IOException failed) {
        static <T> Extracted<T> of(List<QuoteRecord> quotes, StagedSink<T> sink, ArticleRecord article) {
            try {
                return new Extracted<>(quotes, sink.prepare(article, quotes), null);
            } catch (IOException e) {
                return new Extracted<>(quotes, null, e);
            }
        }
    }

    /** Hands one article and its quotes to the sink; returns the number of quotes, or -1 if extraction failed. */
    private <T> int deliver(Pending<T> pending, ThreadPoolExecutor pool, StagedSink<T> sink, Consumer<ArticleProblem> report,
                            @Nullable ReadCache reads) throws IOException {
        Extracted<T> done;
        try {
            done = await(pending, pool, report);
            if (done == null) {
                leftOut.incrementAndGet();
                return -1;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while extracting " + pending.article().sourceFile(), e);
        } catch (ExecutionException e) {
            // A crash on one article must not cost the batch; the article is left out so no row lacks its quotes.
            report.accept(ArticleProblem.error(pending.article().sourceFile(), "article " + pending.article().articleId(),
                    "extraction failed, article left out: " + e.getCause()));
            leftOut.incrementAndGet();
            return -1;
        }
        if (done.failed() != null) throw done.failed();
        List<QuoteRecord> quotes = done.quotes();
        sink.accept(pending.article(), quotes, done.prepared());
        if (reads != null) reads.delivered(pending.claim(), quotes);
        return quotes.size();
    }

    /**
     * The article's quotes, or null when its extraction ran past the time budget: then it is reported, its result
     * is discarded, and the pool gets one more thread, so the batch goes on beside a computation that does not stop
     * when interrupted (it ends on its own, or with the process).
     */
    private <T> @Nullable Extracted<T> await(Pending<T> pending, ThreadPoolExecutor pool, Consumer<ArticleProblem> report)
            throws InterruptedException, ExecutionException {
        if (maxArticleNanos == 0) return pending.quotes().get();
        while (true) {
            try {
                return pending.quotes().get(POLL_NANOS, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                long started = pending.started().get();
                if (started == 0 || System.nanoTime() - started < maxArticleNanos) continue;
                pending.quotes().cancel(true);
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                report.accept(ArticleProblem.error(pending.article().sourceFile(), "article " + pending.article().articleId(),
                        String.format(Locale.ROOT, "extraction took longer than --max-article-seconds %s, article left out",
                                java.math.BigDecimal.valueOf(maxArticleSeconds).stripTrailingZeros().toPlainString())));
                return null;
            }
        }
    }
}
