package org.quotable.exporter;

import java.io.IOException;
import java.nio.file.Path;
import org.quotable.exporter.dataset.DatasetWriter;
import org.quotable.exporter.dataset.ExportOptions;
import org.quotable.exporter.format.Format;
import org.quotable.exporter.format.TableReader;
import org.quotable.schema.Table;

/**
 * Entry point for writing and reading dataset files. Only delegates; see {@link DatasetWriter} and the
 * {@code format} package for the work.
 *
 * <pre>{@code
 * try (DatasetWriter out = Exports.open(Path.of("datasets/x/build"), ExportOptions.DEFAULT)) {
 *     out.writeArticle(article);
 *     out.writeQuote(quote);
 *     out.commit();
 * }
 * }</pre>
 */
public final class Exports {
    private Exports() {}

    /** Opens a dataset writer into a local folder; see {@link DatasetWriter}. */
    public static DatasetWriter open(Path folder, ExportOptions options) throws IOException {
        return DatasetWriter.open(folder, options);
    }

    /** Opens a dataset writer into a Hadoop URI ({@code hdfs://}, {@code s3a://}, {@code file://}) or local path. */
    public static DatasetWriter open(String folder, ExportOptions options) throws IOException {
        return DatasetWriter.open(folder, options);
    }

    /** Opens a reader of a local table file, choosing the format from the file's extension. */
    public static <R> TableReader<R> read(Table<R> table, Path file) throws IOException {
        return Format.ofFile(file.getFileName().toString()).openReader(table, file);
    }
}
