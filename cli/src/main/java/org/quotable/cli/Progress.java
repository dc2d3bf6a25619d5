package org.quotable.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import org.quotable.build.BuildListener;
import org.quotable.extractor.article.InputFile;
import org.quotable.schema.ArticleRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a long build shows that it is alive: a progress bar on a terminal, a periodic one-line log in CI (no
 * terminal), nothing with {@code --quiet}. Called from the build's own thread only.
 *
 * <p>Percent and ETA come from the bytes of input read, so a JSON Lines or WARC file of many articles shows them
 * too ({@link #articleRead}); only without any byte count does it fall back to counting articles.
 */
sealed interface Progress extends BuildListener, AutoCloseable permits Progress.Bar, Progress.LogLines, Progress.Silent {

    /** The number of articles is not known after all: a file held several (JSON Lines, WARC). */
    void totalUnknown();

    /** One article was read from its input (called before {@link #articleDone}), for the bytes read. */
    default void articleRead(ArticleRecord article) {}

    /** One article is done, with its quote count. */
    void articleDone(int quotes);

    @Override void close();

    /** The progress display that suits where the output goes, measuring progress in bytes of these input files. */
    static Progress forBuild(boolean quiet, List<InputFile> files, PrintStream err) {
        if (quiet) return new Silent();
        var bytes = new BytesRead(files);
        if (System.console() != null && System.getenv("CI") == null) return new Bar(bytes, err);
        return new LogLines(bytes, Duration.ofSeconds(10), LogLines.LOG::info);
    }

    /**
     * Bytes of input read so far, from the sizes of the input files: a file counts in full once an article of a
     * later file arrives (inputs are read in order), and within a file of many articles each article counts the
     * UTF-8 size of its text, title and URL, up to the file's size. Exact at file boundaries, an estimate inside a
     * JSON Lines or WARC file (compressed WARC: its text is larger than its bytes, so the estimate stops at the
     * file's size until the next file starts).
     */
    final class BytesRead {
        private static final int RECORD_OVERHEAD = 64;   // keys, quotes and metadata of a JSON line or WARC record
        private final Map<String, Long> sizes = new HashMap<>();
        private final long total;
        private long finished;                 // bytes of files read to the end
        private @Nullable String current;
        private long inCurrent;

        BytesRead(List<InputFile> files) {
            long sum = 0;
            for (InputFile file : files) {
                long size;
                try {
                    size = Files.size(file.path());
                } catch (IOException e) {
                    size = 0;                  // reported by the reader; counts nothing here
                }
                sizes.merge(file.name(), size, Long::sum);   // the name articles carry as source_file
                sum += size;
            }
            total = sum;
        }

        /** Total bytes of the inputs. */
        long total() { return total; }

        /** Bytes read, at most the total. */
        long read() { return Math.min(total, finished + inCurrent); }

        void article(ArticleRecord article) {
            String file = article.sourceFile();
            if (!file.equals(current)) {
                if (current != null) finished += sizes.getOrDefault(current, 0L);
                current = file;
                inCurrent = 0;
            }
            long size = sizes.getOrDefault(file, 0L);
            long estimate = utf8(article.text()) + utf8(article.title()) + utf8(article.url()) + RECORD_OVERHEAD;
            inCurrent = Math.min(size, inCurrent + estimate);
        }

        private static long utf8(@Nullable String text) {
            return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
        }
    }

    /** A terminal progress bar on stderr: kilobytes read / total with rate and ETA, and articles and quotes so far. */
    final class Bar implements Progress {
        private final ProgressBar bar;
        private final BytesRead bytes;
        private long articles, quotes;

        Bar(BytesRead bytes, PrintStream err) {
            this.bytes = bytes;
            bar = new ProgressBarBuilder().setTaskName("Extracting").setUnit(" KB", 1024).setInitialMax(Math.max(1, bytes.total()))
                    .setStyle(ProgressBarStyle.ASCII).showSpeed().setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(err)).build();
        }

        @Override public void totalUnknown() {}   // bytes are known even when the article count is not

        @Override public void articleRead(ArticleRecord article) {
            bytes.article(article);
        }

        @Override public void articleDone(int found) {
            articles++;
            quotes += found;
            bar.stepTo(bytes.read());
            bar.setExtraMessage(" " + articles + " articles, " + quotes + " quotes");
        }

        @Override public void close() {
            bar.stepTo(bar.getMax());
            bar.close();
        }
    }

    /** One log line every interval: percent of bytes read, articles and rate, ETA, quotes so far; and one at the end. */
    final class LogLines implements Progress {
        static final Logger LOG = LoggerFactory.getLogger("org.quotable.progress");
        private final long started = System.nanoTime();
        private final long intervalNanos;
        private final Consumer<String> out;
        private final @Nullable BytesRead bytes;
        private long expected, done, quotes, lastLog = System.nanoTime();   // expected < 0: unknown

        /** Lines counting articles against an expected number, going to {@code out}. */
        LogLines(long expected, Duration interval, Consumer<String> out) {
            this.expected = expected;
            this.intervalNanos = interval.toNanos();
            this.out = out;
            this.bytes = null;
        }

        /** Lines measuring progress in bytes read, going to {@code out}. */
        LogLines(BytesRead bytes, Duration interval, Consumer<String> out) {
            this.expected = -1;
            this.intervalNanos = interval.toNanos();
            this.out = out;
            this.bytes = bytes.total() > 0 ? bytes : null;
        }

        @Override public void totalUnknown() { expected = -1; }

        @Override public void articleRead(ArticleRecord article) {
            if (bytes != null) bytes.article(article);
        }

        @Override public void articleDone(int found) {
            done++;
            quotes += found;
            long now = System.nanoTime();
            if (now - lastLog >= intervalNanos) {
                lastLog = now;
                log(now);
            }
        }

        private void log(long now) {
            double seconds = Math.max(1e-9, (now - started) / 1e9);
            double rate = done / seconds;
            if (bytes != null) {
                double fraction = (double) bytes.read() / bytes.total();
                String eta = fraction > 0 && fraction < 1
                        ? String.format(Locale.ROOT, ", about %.0f s left", seconds * (1 - fraction) / fraction) : "";
                out.accept(String.format(Locale.ROOT, "%.0f%% of %s read, %d articles (%.1f per s%s), %d quotes",
                        100 * fraction, size(bytes.total()), done, rate, eta, quotes));
                return;
            }
            if (expected < 0) {
                out.accept(String.format(Locale.ROOT, "%d articles (%.1f per s), %d quotes", done, rate, quotes));
                return;
            }
            String eta = expected > done && rate > 0
                    ? String.format(Locale.ROOT, ", about %.0f s left", (expected - done) / rate) : "";
            out.accept(String.format(Locale.ROOT, "%d/%d articles (%.1f per s%s), %d quotes", done, expected, rate, eta, quotes));
        }

        private static String size(long bytes) {
            if (bytes < 1 << 20) return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }

        /** A closing line, unless the build was too short to have logged any progress at all. */
        @Override public void close() {
            long now = System.nanoTime();
            if (now - started >= intervalNanos) log(now);
        }
    }

    /** Shows nothing. */
    final class Silent implements Progress {
        @Override public void totalUnknown() {}
        @Override public void articleDone(int quotes) {}
        @Override public void close() {}
    }
}
