package org.quotable.exporter.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.quotable.schema.Row;

/**
 * The row iterator of a reader that reads one raw item at a time (a line, a Parquet record) and turns it into a
 * {@link Row}: the look-ahead and the I/O failure handling live here once. Not thread-safe.
 *
 * @param <T> the raw item
 */
final class RowIterator<T> implements Iterator<Row> {
    /** Reads the next raw item, or null at the end; a failure names the file and position. */
    interface Source<T> {
        @Nullable T read() throws IOException;
    }

    private final Source<T> source;
    private final Function<T, Row> toRow;
    private @Nullable T next;

    private RowIterator(Source<T> source, Function<T, Row> toRow) {
        this.source = source;
        this.toRow = toRow;
    }

    /** The rows of {@code source}, which may be iterated once (see {@link TableReader#once}). */
    static <T> Iterator<Row> of(boolean[] used, String file, Source<T> source, Function<T, Row> toRow) {
        return TableReader.once(used, new RowIterator<>(source, toRow), file);
    }

    @Override public boolean hasNext() {
        if (next != null) return true;
        try {
            next = source.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return next != null;
    }

    @Override public Row next() {
        if (!hasNext()) throw new NoSuchElementException();
        T item = next;
        next = null;
        return toRow.apply(item);
    }
}
