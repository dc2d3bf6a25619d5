package org.quotable.exporter.format;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.quotable.schema.Column;

/**
 * Takes a record's values to the column chunk encoders of a Parquet writer, one column after the other: a chain of
 * {@link ColumnStep}s, one per column, each reading its column's value, checking it and handing it to its encoder,
 * then calling the next.
 *
 * <p>Why a chain of copies of one class: a loop over the columns calls every column's accessor from one call site,
 * which the JIT sees with a dozen lambda classes and compiles to an interface call per value that it cannot inline
 * (about a tenth of the writing time on the 1M-row benchmark). Each column's
 * step here is its own copy of {@link ColumnStep}, defined as a hidden class from the same bytes, so each copy's call
 * sites see one accessor, one encoder and one next step, and the JIT inlines them. The copies are made once per
 * column and kept (in a {@link ClassValue} of the column's accessor class, so they go with the classes they serve);
 * where a class cannot be defined, every column shares {@link ColumnStep} itself, which is slower but the same. The
 * steps of one writer are not thread-safe.
 *
 * @param <R> the record type
 */
final class RowPath<R> {
    /** The first step, or {@link Step#END} for a table without columns. */
    private final Step first;

    RowPath(List<Column<R>> columns, ColumnChunkEncoder[] encoders) {
        Step next = Step.END;
        for (int i = columns.size() - 1; i >= 0; i--) next = step(columns, i, encoders, next);
        this.first = next;
    }

    /**
     * Writes one record's values to the encoders.
     *
     * @return -1, or the index of the first column that refused its value (missing, of the wrong type, outside its
     *         vocabulary); the columns before it have taken their values
     */
    int write(R record) {
        return first.write(record);
    }

    /** A step of the chain: the values of one column of a record, then those of the columns after it. */
    abstract static class Step {
        /** The end of every chain: nothing left to write. */
        static final Step END = new Step() {
            @Override int write(Object record) { return -1; }
        };

        /** Writes this column's value and the next columns'; -1 or the index of the column that refused. */
        abstract int write(Object record);
    }

    /** Column i's own copy of {@link ColumnStep}, or {@code ColumnStep} itself where no copy can be made. */
    private static <R> Step step(List<Column<R>> columns, int i, ColumnChunkEncoder[] encoders, Step next) {
        Column<R> column = columns.get(i);
        @SuppressWarnings("unchecked")
        var accessor = (Function<Object, @Nullable Object>) (Function<?, ?>) column.accessor();
        Class<?> type = column.type().javaType();
        Class<?> copy = COPIES.get(accessor.getClass()).computeIfAbsent(column.name(), name -> copyOfColumnStep());
        if (copy != null) {
            try {
                return (Step) copy.getDeclaredConstructor(Function.class, Class.class, boolean.class,
                        ColumnChunkEncoder[].class, int.class, Step.class)
                        .newInstance(accessor, type, column.nullable(), encoders, i, next);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // the shared class below does the same, slower
            }
        }
        return new ColumnStep(accessor, type, column.nullable(), encoders, i, next);
    }

    /**
     * Per accessor class, per column name (one column of one table): its copy of {@link ColumnStep}. A column whose
     * copy could not be defined has no entry, and shares {@code ColumnStep}.
     */
    private static final ClassValue<Map<String, Class<?>>> COPIES = new ClassValue<>() {
        @Override protected Map<String, Class<?>> computeValue(Class<?> accessorClass) {
            return new ConcurrentHashMap<>();
        }
    };

    /** The class file of {@link ColumnStep}, which every copy is defined from; null if it cannot be read. */
    private static final byte @Nullable [] TEMPLATE = template();

    private static byte @Nullable [] template() {
        try (InputStream in = ColumnStep.class.getResourceAsStream("ColumnStep.class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    /** A new hidden copy of {@link ColumnStep}, or null where hidden classes cannot be defined. */
    private static @Nullable Class<?> copyOfColumnStep() {
        if (TEMPLATE == null) return null;
        try {
            return MethodHandles.lookup().defineHiddenClass(TEMPLATE, true).lookupClass();
        } catch (IllegalAccessException | RuntimeException | LinkageError e) {
            return null;
        }
    }
}
