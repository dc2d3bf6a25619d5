package org.quotable.exporter.format;

import java.io.Closeable;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.quotable.schema.Row;
import org.quotable.schema.Table;

/**
 * A streaming reader of one table file: an {@link Iterable} of {@link Row}s whose values have their column's Java
 * type, checked against the table. Iterate once. Not thread-safe.
 *
 * <p>A file that does not match the table throws {@link TableFormatException}, wrapped in an
 * {@link UncheckedIOException} while iterating.
 *
 * @param <R> the record type of the table
 */
public sealed interface TableReader<R> extends Iterable<Row>, Closeable
        permits CsvTableReader, JsonlTableReader, ParquetTableReader {
    /** The table this reader reads. */
    Table<R> table();

    /** The file, as named in messages. */
    String file();

    /** The rows as a sequential stream. */
    default Stream<Row> stream() {
        return StreamSupport.stream(spliterator(), false);
    }

    /** The rows turned into records, checked by the record's constructor. */
    default Stream<R> records() {
        Table<R> table = table();
        return stream().map(table::fromRow);
    }

    @Override default Spliterator<Row> spliterator() {
        return Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL);
    }

    /** Shared by the implementations: a one-shot iterator check. */
    static <T> Iterator<T> once(boolean[] used, Iterator<T> iterator, String file) {
        if (used[0]) throw new IllegalStateException(file + " is already being read; open a new reader to read it again");
        used[0] = true;
        return iterator;
    }
}
