package org.quotable.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quotable.exporter.format.Compression;
import org.quotable.extractor.QuoteExtractor;
import org.quotable.schema.QuoteRecord;

/**
 * Writes the same quote rows to Parquet with Quotable's {@link ParquetTableWriter} and with DuckDB's single-threaded
 * {@code COPY ... TO ... (FORMAT parquet)}, in one JVM, and prints the time (wall and CPU of the writing thread) and
 * the file size of each, for Snappy and ZSTD.
 *
 * <p>The rounds alternate ours and DuckDB's, the first of each pair swapped from round to round, and the median and
 * the best of the rounds are printed, with wall and CPU time (of the calling thread: DuckDB runs its single-threaded
 * {@code COPY} on it, as the JDBC call does not return before the file is written). On a loaded machine the CPU
 * times and their median are the figures to compare; the wall times there measure the load.
 *
 * <p>With {@code BASE_JAR} set to another build's exporter jar (e.g. main's), that build's writer runs too, in the
 * same JVM and the same rounds (its classes loaded apart, child-first, by {@link BaseWriter}): an A/B of two builds
 * that shares every round's load, heap and JIT state, with the three runs' order changed from round to round.
 *
 * <p>{@code ParquetVsDuckDb <folder> [rows, default 1000000] [rounds, default 7]}. The rows come from the extractor
 * run on synthetic articles, copied with distinct article and quote ids until there are enough. DuckDB loads them
 * (untimed) from an uncompressed Parquet file that Quotable wrote, so both write exactly the same values.
 */
public final class ParquetVsDuckDb {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ParquetVsDuckDb() {}

    public static void main(String[] args) throws IOException, SQLException {
        Path folder = Path.of(args.length > 0 ? args[0] : "bench/target/parquet-vs-duckdb");
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        Files.createDirectories(folder);
        List<QuoteRecord> quotes = rows(rows);
        String baseJar = System.getenv("BASE_JAR");
        BaseWriter base = baseJar == null || baseJar.isEmpty() ? null : new BaseWriter(Path.of(baseJar));
        if (base != null) System.out.println("base: the writer of " + baseJar + ", in the same rounds");
        System.out.printf("rows: %,d quotes rows; %d rounds, ours and DuckDB's interleaved; row group %,d rows%n",
                quotes.size(), rounds, ROW_GROUP);

        Path source = folder.resolve("source.parquet");
        write(quotes, source, Compression.UNCOMPRESSED);
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
            sql.execute("SET threads = 1");
            sql.execute("SET preserve_insertion_order = true");
            sql.execute("CREATE TABLE quotes AS SELECT * FROM read_parquet('" + source + "')");
            for (Compression compression : List.of(Compression.SNAPPY, Compression.ZSTD)) {
                String codec = compression.name().toLowerCase(java.util.Locale.ROOT);
                Path ours = folder.resolve("quotable-" + codec + ".parquet");
                Path theirs = folder.resolve("duckdb-" + codec + ".parquet");
                Path baseFile = folder.resolve("quotable-base-" + codec + ".parquet");
                var q = new long[rounds][];
                var d = new long[rounds][];
                var b = new long[rounds][];
                Work ourRun = () -> write(quotes, ours, compression);
                Work duckRun = () -> sql.execute("COPY quotes TO '" + theirs + "' (FORMAT parquet, COMPRESSION "
                        + codec + ", ROW_GROUP_SIZE " + ROW_GROUP + ")");
                Work baseRun = base == null ? null : () -> base.write(quotes, baseFile, compression.name(), ROW_GROUP);
                ourRun.run();    // untimed, all: the JIT's first compilations of this codec's path, DuckDB's first use
                duckRun.run();
                if (baseRun != null) baseRun.run();
                for (int r = 0; r < rounds; r++) {    // interleaved, each round's order changed: no side always
                    if (baseRun == null) {    // runs just after another's garbage or JIT burst
                        if (r % 2 == 0) {
                            q[r] = timed(ourRun);
                            d[r] = timed(duckRun);
                        } else {
                            d[r] = timed(duckRun);
                            q[r] = timed(ourRun);
                        }
                        continue;
                    }
                    for (int k = 0; k < 3; k++) {    // the 6 orders of the three, one per round
                        int which = ORDERS[r % ORDERS.length][k];
                        if (which == 0) q[r] = timed(ourRun);
                        else if (which == 1) d[r] = timed(duckRun);
                        else b[r] = timed(baseRun);
                    }
                }
                report("quotable " + codec, q, Files.size(ours));
                report("duckdb   " + codec, d, Files.size(theirs));
                if (baseRun != null) {
                    report("base     " + codec, b, Files.size(baseFile));
                    System.out.printf("ratio base %s: median cpu %.2fx, process cpu %.2fx of DuckDB's; this build / base: median cpu %.2fx, process cpu %.2fx; same bytes: %s%n",
                            codec, median(b, 1) / (double) median(d, 1), median(b, 2) / (double) median(d, 2),
                            median(q, 1) / (double) median(b, 1), median(q, 2) / (double) median(b, 2),
                            java.util.Arrays.equals(Files.readAllBytes(ours), Files.readAllBytes(baseFile)));
                }
                System.out.printf("ratio %s: median wall %.2fx, cpu %.2fx, process cpu %.2fx; best wall %.2fx, cpu %.2fx; size %.3fx%n",
                        codec, median(q, 0) / (double) median(d, 0), median(q, 1) / (double) median(d, 1),
                        median(q, 2) / (double) median(d, 2),
                        best(q, 0) / (double) best(d, 0), best(q, 1) / (double) best(d, 1),
                        Files.size(ours) / (double) Files.size(theirs));
                System.out.printf("load after %s: %s%n", codec, Files.readString(Path.of("/proc/loadavg")).trim());
                if (System.getenv("DETAIL") != null) {
                    describe(sql, ours);
                    describe(sql, theirs);
                }
                try (var check = sql.executeQuery("SELECT count(*) FROM (SELECT * FROM read_parquet('" + ours
                        + "') EXCEPT ALL SELECT * FROM quotes)")) {
                    check.next();
                    if (check.getLong(1) != 0)
                        throw new IllegalStateException(ours + " differs from the source rows in " + check.getLong(1) + " rows");
                }
            }
        }
    }

    private static final int ROW_GROUP = 100_000;
    /** The orders of this build's writer (0), DuckDB (1) and the base build's writer (2), one per round. */
    private static final int[][] ORDERS = {{0, 1, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}, {0, 2, 1}, {1, 0, 2}};

    /** Prints each column's compressed bytes and encodings (DETAIL=1): where one file is larger than the other. */
    private static void describe(Statement sql, Path file) throws SQLException {
        System.out.println("  " + file.getFileName() + ":");
        try (var rs = sql.executeQuery("SELECT path_in_schema, sum(total_compressed_size), sum(total_uncompressed_size), "
                + "string_agg(DISTINCT encodings, ' | '), count(*) FROM parquet_metadata('" + file + "') GROUP BY 1 ORDER BY 1")) {
            while (rs.next())
                System.out.printf("    %-20s %,12d %,12d  %s (%d chunks)%n", rs.getString(1), rs.getLong(2), rs.getLong(3),
                        rs.getString(4), rs.getLong(5));
        }
    }

    interface Work { void run() throws IOException, SQLException; }

    /**
     * Wall time, CPU time of this thread and CPU time of the whole process (with the JVM's garbage collection and
     * compiler threads, which work for our writer and not for DuckDB) of one run, in nanoseconds.
     */
    private static long[] timed(Work work) throws IOException, SQLException {
        long process = PROCESS.getProcessCpuTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        work.run();
        return new long[] {System.nanoTime() - wall, THREADS.getCurrentThreadCpuTime() - cpu,
                PROCESS.getProcessCpuTime() - process};
    }

    private static long best(long[][] runs, int which) {
        return Arrays.stream(runs).mapToLong(r -> r[which]).min().orElseThrow();
    }

    /** The median of the rounds (the upper one of an even count); on a loaded machine it moves less than the best. */
    private static long median(long[][] runs, int which) {
        long[] sorted = Arrays.stream(runs).mapToLong(r -> r[which]).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static void report(String what, long[][] runs, long size) {
        System.out.printf("%s: median wall %.2f s, cpu %.2f s, process cpu %.2f s; best wall %.2f s, cpu %.2f s"
                        + " (%d rounds, wall/cpu/process each: %s), file %,d bytes%n",
                what, median(runs, 0) / 1e9, median(runs, 1) / 1e9, median(runs, 2) / 1e9, best(runs, 0) / 1e9,
                best(runs, 1) / 1e9, runs.length,
                Arrays.stream(runs).map(r -> "%.2f/%.2f/%.2f".formatted(r[0] / 1e9, r[1] / 1e9, r[2] / 1e9)).toList(), size);
    }

    private static void write(List<QuoteRecord> quotes, Path file, Compression compression) throws IOException {
        ParquetWrite.write(quotes, file, compression.name(), ROW_GROUP);
    }

    /** {@code n} distinct quote rows: the quotes of synthetic articles, copied under new article ids. */
    static List<QuoteRecord> rows(int n) {
        var extractor = QuoteExtractor.standard();
        var base = new ArrayList<QuoteRecord>();
        for (int seed = 0; base.size() < 5_000; seed++) base.addAll(extractor.extract(SyntheticNews.article(200, seed)));
        var out = new ArrayList<QuoteRecord>(n);
        for (int copy = 0; out.size() < n; copy++) {
            for (QuoteRecord q : base) {
                if (out.size() == n) break;
                String article = q.articleId() + "-" + copy;
                out.add(new QuoteRecord(QuoteRecord.idOf(article, q.start(), q.end()), article, q.quote(), q.quoteType(),
                        q.speaker(), q.speakerMention(), q.speakerType(), q.role(), q.cue(), q.date(), q.dateBasis(),
                        q.paragraph(), q.start(), q.end(), q.confidence(), q.speaker() == null ? null
                        : QuoteRecord.idOf(q.speaker(), 0, 0)));
            }
        }
        return out;
    }
}
