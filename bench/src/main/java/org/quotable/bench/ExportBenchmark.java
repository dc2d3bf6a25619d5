package org.quotable.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.quotable.exporter.Exports;
import org.quotable.exporter.dataset.DatasetWriter;
import org.quotable.exporter.dataset.ExportOptions;
import org.quotable.exporter.format.Format;
import org.quotable.extractor.QuoteExtractor;
import org.quotable.schema.QuoteRecord;

/** Time to write one quotes row, per format, streaming 100,000 rows into a real file. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class ExportBenchmark {
    private static final int ROWS = 100_000;

    @Param({"CSV", "JSONL", "PARQUET"})
    Format format;

    private List<QuoteRecord> quotes;
    private Path folder;

    @Setup public void setUp() throws IOException {
        quotes = QuoteExtractor.standard().extract(SyntheticNews.article(200, 7));
        folder = Files.createTempDirectory("quotable-bench");
    }

    @TearDown(Level.Trial) public void tearDown() throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Benchmark @OperationsPerInvocation(ROWS)
    public long writeQuotes() throws IOException {
        try (DatasetWriter out = Exports.open(folder, ExportOptions.builder().formats(format).get())) {
            for (int i = 0; i < ROWS; i++) out.writeQuote(quotes.get(i % quotes.size()));
            out.commit();
            return out.quoteCount();
        }
    }
}
