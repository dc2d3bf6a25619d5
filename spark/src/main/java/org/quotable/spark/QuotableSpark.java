package org.quotable.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.quotable.extractor.article.ArticleProblem;
import org.quotable.spark.job.ExtractionJob;
import org.quotable.spark.job.JobOptions;
import org.quotable.spark.job.JobResult;
import org.quotable.spark.job.OutputFormat;
import org.quotable.spark.job.Partitioning;

/**
 * Runs Quotable's extraction on Apache Spark: article files of every format {@code quotable build} reads in, the {@code quotes} and {@code articles}
 * tables out, with the same rows as {@code quotable build} gives for the same articles. Only delegates; see
 * {@link ExtractionJob} for the work.
 *
 * <pre>{@code
 * JobResult result = QuotableSpark.run(spark, "hdfs://nn/news/*.jsonl", "hdfs://nn/quotable/2025-12");
 * Dataset<Row> quotes = spark.read().parquet("hdfs://nn/quotable/2025-12/quotes.parquet");
 * }</pre>
 *
 * <p>From a shell: {@code spark-submit --class org.quotable.spark.QuotableSpark quotable-spark.jar <input> <output>
 * [--format parquet,csv,jsonl] [--overwrite] [--partitions N] [--partition-by published_month]}.
 */
public final class QuotableSpark {
    private QuotableSpark() {}

    /** Runs the job with {@link JobOptions#DEFAULT}: Parquet, never overwriting. */
    public static JobResult run(SparkSession spark, String input, String output) throws IOException {
        return ExtractionJob.run(spark, input, output, JobOptions.DEFAULT);
    }

    /**
     * Runs the job.
     *
     * @param input  a Hadoop path, folder (read recursively), glob or comma-separated list of article files
     * @param output the folder that receives {@code quotes.<format>/} and {@code articles.<format>/}
     * @see ExtractionJob#run
     */
    public static JobResult run(SparkSession spark, String input, String output, JobOptions options) throws IOException {
        return ExtractionJob.run(spark, input, output, options);
    }

    /**
     * The {@code spark-submit} entry point. Exit code 0 when the tables were written (bad lines are reported on
     * standard error, and do not fail the run); 2 on a usage error, an input that does not exist or an output that
     * does (without {@code --overwrite}); an exception otherwise.
     */
    public static void main(String[] args) throws IOException {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("quotable-spark: " + e.getMessage());
            System.err.println(Arguments.USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("quotable").getOrCreate();
        int exitCode = 0;
        try {
            JobResult result = run(spark, arguments.input, arguments.output, arguments.options);
            report(result, System.err);
        } catch (FileNotFoundException | FileAlreadyExistsException e) {
            System.err.println("quotable-spark: " + e.getMessage());
            exitCode = 2;
        } finally {
            spark.stop();
        }
        if (exitCode != 0) System.exit(exitCode);
    }

    private static void report(JobResult result, PrintStream out) {
        for (ArticleProblem problem : result.problemSample()) out.println(problem);
        if (result.problems() > result.problemSample().size())
            out.printf("... and %,d more problems%n", result.problems() - result.problemSample().size());
        out.println("quotable-spark: " + result.summary());
    }

    /** The command line: {@code <input> <output> [--format f,...] [--overwrite] [--partitions N] [--partition-by p]}. */
    record Arguments(String input, String output, JobOptions options) {
        static final String USAGE = "Usage: quotable-spark <input> <output> [--format parquet,csv,jsonl] [--overwrite] [--partitions N] [--partition-by published_month] [--warc-part-mb N]";

        static Arguments parse(String[] args) {
            var positional = new ArrayList<String>();
            JobOptions.Builder options = JobOptions.DEFAULT.toBuilder();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--overwrite" -> options.overwrite(true);
                    case "--partition-by" -> options.partitioning(partitioning(value(args, ++i, "--partition-by")));
                    case "--format" -> options.formats(formats(value(args, ++i, "--format")));
                    case "--warc-part-mb" -> {
                        String n = value(args, ++i, "--warc-part-mb");
                        try {
                            options.warcPartBytes(Long.parseLong(n) << 20);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--warc-part-mb takes a number of MiB, not '" + n + "'");
                        }
                    }
                    case "--partitions" -> {
                        String n = value(args, ++i, "--partitions");
                        try {
                            options.partitions(Integer.parseInt(n));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--partitions takes a number, not '" + n + "'");
                        }
                    }
                    default -> {
                        if (args[i].startsWith("--")) throw new IllegalArgumentException("unknown option " + args[i]);
                        positional.add(args[i]);
                    }
                }
            }
            if (positional.size() != 2)
                throw new IllegalArgumentException("expected <input> and <output>, got " + positional);
            return new Arguments(positional.get(0), positional.get(1), options.get());
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
            return args[i];
        }

        private static Partitioning partitioning(String name) {
            for (Partitioning p : Partitioning.values()) if (p.label().equals(name.strip().toLowerCase(Locale.ROOT))) return p;
            throw new IllegalArgumentException("unknown --partition-by '" + name + "'; expected one of "
                    + Arrays.stream(Partitioning.values()).map(Partitioning::label).toList());
        }

        private static OutputFormat[] formats(String list) {
            List<OutputFormat> formats = new ArrayList<>();
            for (String name : list.split(",")) {
                try {
                    formats.add(OutputFormat.valueOf(name.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown format '" + name + "'; expected one of "
                            + Arrays.stream(OutputFormat.values()).map(OutputFormat::extension).toList());
                }
            }
            return formats.toArray(OutputFormat[]::new);
        }
    }
}
