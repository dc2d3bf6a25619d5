package org.quotable.exporter.dataset;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.quotable.exporter.format.CsvTableWriter;
import org.quotable.exporter.format.Format;
import org.quotable.exporter.format.JsonlTableWriter;
import org.quotable.exporter.format.ParquetTableWriter;
import org.quotable.exporter.format.TableWriter;
import org.quotable.exporter.internal.HadoopFiles;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.SpeakerRecord;
import org.quotable.schema.Table;

/**
 * Writes the quotes, articles and speakers tables in every chosen format into one output folder, streaming: each row is
 * written to every format as it comes, so memory does not grow with the dataset. Not thread-safe.
 *
 * <p><b>No half-written files.</b> Each file is written under a hidden temporary name ({@code .quotes.csv.<random>.partial};
 * Spark, Hive and Hadoop skip names starting with a dot) and renamed to its real name only by {@link #commit()},
 * which replaces an older file of the same name. {@link #close()} without a successful commit deletes the
 * temporary files, so a failed export leaves the folder as it was:
 *
 * <pre>{@code
 * try (DatasetWriter out = DatasetWriter.open("hdfs://nn/quotable/build", ExportOptions.DEFAULT)) {
 *     articles.forEach(out::writeArticle);
 *     quotes.forEach(out::writeQuote);
 *     out.commit();                  // without this line, close() removes everything written
 * }
 * }</pre>
 */
public final class DatasetWriter implements Closeable {
    private final FileSystem fs;
    private final Path folder;
    private final List<Output<QuoteRecord>> quotes = new ArrayList<>();
    private final List<Output<ArticleRecord>> articles = new ArrayList<>();
    private final List<Output<SpeakerRecord>> speakers = new ArrayList<>();
    private long quoteCount;
    private long articleCount;
    private long speakerCount;
    private boolean finished;

    private record Output<R>(TableWriter<R> writer, Path temporary, Path target) {}

    private DatasetWriter(FileSystem fs, Path folder) {
        this.fs = fs;
        this.folder = folder;
    }

    /**
     * Opens a writer into a folder given as a Hadoop URI ({@code file:///…}, {@code hdfs://…}, {@code s3a://…}) or a
     * local path. The folder is created if missing.
     */
    public static DatasetWriter open(String folder, ExportOptions options) throws IOException {
        return open(HadoopFiles.path(requireNonNull(folder, "folder")), HadoopFiles.configuration(), options);
    }

    /** Opens a writer into a local folder, created if missing. */
    public static DatasetWriter open(java.nio.file.Path folder, ExportOptions options) throws IOException {
        return open(HadoopFiles.path(requireNonNull(folder, "folder")), HadoopFiles.configuration(), options);
    }

    /** Opens a writer into a folder on a Hadoop file system, created if missing. */
    public static DatasetWriter open(Path folder, Configuration conf, ExportOptions options) throws IOException {
        requireNonNull(options, "options");
        FileSystem fs = HadoopFiles.fileSystem(folder, conf);
        if (fs.exists(folder) && !fs.getFileStatus(folder).isDirectory())
            throw new IOException("Output %s is a file, not a folder; choose a folder for the dataset files".formatted(folder));
        fs.mkdirs(folder);
        var out = new DatasetWriter(fs, folder);
        try {
            for (Format format : options.formatList()) {
                out.quotes.add(out.output(QuotableSchema.QUOTES, format, conf, options));
                out.articles.add(out.output(QuotableSchema.ARTICLES, format, conf, options));
                out.speakers.add(out.output(QuotableSchema.SPEAKERS, format, conf, options));
            }
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
        return out;
    }

    private <R> Output<R> output(Table<R> table, Format format, Configuration conf, ExportOptions options) throws IOException {
        String name = format.fileName(table);
        Path target = new Path(folder, name);
        // Unique, so two writers into one folder never share a temporary file (issue 9).
        Path temporary = new Path(folder, "." + name + "." + java.util.UUID.randomUUID().toString().substring(0, 8) + ".partial");
        TableWriter<R> writer = switch (format) {
            case CSV -> new CsvTableWriter<>(table, fs.create(temporary, false), options.csvSafe());
            case JSONL -> new JsonlTableWriter<>(table, fs.create(temporary, false));
            case PARQUET -> ParquetTableWriter.open(table, temporary, conf, options.parquetSettings());
        };
        return new Output<>(writer, temporary, target);
    }

    /** Writes one quote to the quotes file of every format. */
    public void writeQuote(QuoteRecord quote) throws IOException {
        write(quotes, quote);
        quoteCount++;
    }

    /** Writes one article to the articles file of every format. */
    public void writeArticle(ArticleRecord article) throws IOException {
        write(articles, article);
        articleCount++;
    }

    /** Writes one speaker to the speakers file of every format. */
    public void writeSpeaker(SpeakerRecord speaker) throws IOException {
        write(speakers, speaker);
        speakerCount++;
    }

    private <R> void write(List<Output<R>> outputs, R record) throws IOException {
        if (finished) throw new IllegalStateException("This dataset writer is already committed or closed");
        requireNonNull(record, "record");
        for (Output<R> output : outputs) {
            try {
                output.writer().write(record);
            } catch (FSError e) {
                throw cannotWrite(output, e);
            }
        }
    }

    /**
     * Hadoop's local file system reports a failed write (a full disk) as {@link FSError}, an {@link Error}; it becomes
     * the {@link IOException} it wraps, naming the file, so callers clean up and report it like any write failure.
     */
    private static IOException cannotWrite(Output<?> output, FSError e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        String reason = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        return new IOException("cannot write %s: %s".formatted(output.target(), reason), cause);
    }

    /** Quotes written so far. */
    public long quoteCount() { return quoteCount; }

    /** Articles written so far. */
    public long articleCount() { return articleCount; }

    /** Speakers written so far. */
    public long speakerCount() { return speakerCount; }

    /** The output folder. */
    public String folder() { return folder.toString(); }

    /**
     * Finishes every file and gives each its real name, replacing older files of that name.
     *
     * @throws IOException if a file cannot be finished or renamed; then the temporary files are deleted
     */
    public void commit() throws IOException {
        if (finished) throw new IllegalStateException("This dataset writer is already committed or closed");
        finished = true;
        var all = new ArrayList<Output<?>>(quotes);
        all.addAll(articles);
        all.addAll(speakers);
        try {
            for (Output<?> output : all) {
                try {
                    output.writer().close();
                } catch (FSError e) {
                    throw cannotWrite(output, e);
                }
            }
            for (Output<?> output : all) {
                if (fs.exists(output.target()) && !fs.delete(output.target(), false))
                    throw new IOException("Cannot replace %s; is it open elsewhere or read-only?".formatted(output.target()));
                if (!fs.rename(output.temporary(), output.target()))
                    throw new IOException("Cannot rename %s to %s".formatted(output.temporary(), output.target()));
            }
        } catch (IOException | RuntimeException e) {
            deleteTemporaries(all);
            throw e;
        }
    }

    /** Without a {@link #commit()} before, discards everything written; after one, does nothing. */
    @Override public void close() throws IOException {
        if (finished) return;
        finished = true;
        var all = new ArrayList<Output<?>>(quotes);
        all.addAll(articles);
        all.addAll(speakers);
        for (Output<?> output : all) {
            try {
                output.writer().close();
            } catch (IOException | RuntimeException | FSError ignored) {
                // the file is being thrown away
            }
        }
        deleteTemporaries(all);
    }

    private void deleteTemporaries(List<Output<?>> outputs) throws IOException {
        for (Output<?> output : outputs)
            if (fs.exists(output.temporary())) fs.delete(output.temporary(), false);
    }
}
