package org.quotable.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a long build shows that it is alive: a progress bar on a terminal, a periodic one-line log in CI (no
 * terminal), nothing with {@code --quiet}. Called from the build's own thread only.
 */
sealed interface Progress extends AutoCloseable permits Progress.Bar, Progress.LogLines, Progress.Silent {

    /** The number of articles is not known after all: a file held several (JSON Lines, WARC), so no total or ETA. */
    void totalUnknown();

    /** One article is done, with its quote count. */
    void articleDone(int quotes);

    @Override void close();

    /** The progress display that suits where the output goes. */
    static Progress forBuild(boolean quiet, long expectedArticles, PrintStream err) {
        if (quiet) return new Silent();
        if (System.console() != null && System.getenv("CI") == null) return new Bar(expectedArticles, err);
        return new LogLines(expectedArticles, Duration.ofSeconds(10));
    }

    /** A terminal progress bar on stderr: articles done / total, rate and ETA. */
    final class Bar implements Progress {
        private final ProgressBar bar;
        private long quotes;

        Bar(long expected, PrintStream err) {
            bar = new ProgressBarBuilder().setTaskName("Extracting").setUnit(" articles", 1).setInitialMax(expected)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed().setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(err)).build();
        }

        @Override public void totalUnknown() { bar.maxHint(-1); }

        @Override public void articleDone(int found) {
            quotes += found;
            bar.step();
            bar.setExtraMessage(" " + quotes + " quotes");
        }

        @Override public void close() { bar.close(); }
    }

    /** One log line every interval: done / total, rate, quotes so far; and one at the end. */
    final class LogLines implements Progress {
        private static final Logger LOG = LoggerFactory.getLogger("org.quotable.progress");
        private final long started = System.nanoTime();
        private final long intervalNanos;
        private final Consumer<String> out;
        private long expected, done, quotes, lastLog = System.nanoTime();   // expected < 0: unknown

        LogLines(long expected, Duration interval) {
            this(expected, interval, LOG::info);
        }

        /** Lines go to {@code out} instead of the log. */
        LogLines(long expected, Duration interval, Consumer<String> out) {
            this.expected = expected;
            this.intervalNanos = interval.toNanos();
            this.out = out;
        }

        @Override public void totalUnknown() { expected = -1; }

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
            if (expected < 0) {
                out.accept(String.format(Locale.ROOT, "%d articles (%.1f per s), %d quotes", done, rate, quotes));
                return;
            }
            String eta = expected > done && rate > 0
                    ? String.format(Locale.ROOT, ", about %.0f s left", (expected - done) / rate) : "";
            out.accept(String.format(Locale.ROOT, "%d/%d articles (%.1f per s%s), %d quotes", done, expected, rate, eta, quotes));
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
