package org.quotable.extractor.article;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * An iterator over elements found one at a time, skipping the inputs that give none (a bad line, a non-article
 * WARC record, a duplicate): subclasses only say how to find the next element. Not thread-safe.
 */
abstract class Lookahead<T> implements Iterator<T> {
    private @Nullable T next;

    /** The next element, or null when there is none left. */
    protected abstract @Nullable T advance();

    @Override public final boolean hasNext() {
        if (next == null) next = advance();
        return next != null;
    }

    @Override public final T next() {
        if (!hasNext()) throw new NoSuchElementException();
        T element = next;
        next = null;
        return element;
    }
}
