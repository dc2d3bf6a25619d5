package org.quotable.exporter.format;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One column's step of a {@link RowPath}: reads the column's value from a record, checks it, hands it to the
 * column's encoder and goes on to the next column. Each column of each table runs its own hidden copy of this class
 * (see {@link RowPath}), so keep it one small class: no nested or anonymous classes, no static state, nothing a copy
 * would not share. Not thread-safe.
 */
final class ColumnStep extends RowPath.Step {
    private final Function<Object, @Nullable Object> accessor;
    private final Class<?> type;
    private final boolean nullable;
    /** The writer's encoders, replaced in place at each row group. */
    private final ColumnChunkEncoder[] encoders;
    private final int index;
    private final RowPath.Step next;

    ColumnStep(Function<Object, @Nullable Object> accessor, Class<?> type, boolean nullable,
               ColumnChunkEncoder[] encoders, int index, RowPath.Step next) {
        this.accessor = accessor;
        this.type = type;
        this.nullable = nullable;
        this.encoders = encoders;
        this.index = index;
        this.next = next;
    }

    /**
     * Each value goes to the encoder's method of its type, unboxed here: the encoder has no type switch and no
     * boxed key per value. Each copy of this class sees one column's values, so the branches of the other types
     * are never taken and not compiled. (The schema's accessors box the numbers; the JIT does not drop those boxes
     * even so, the JFR allocation profile shows.)
     */
    @Override int write(Object record) {
        Object value = accessor.apply(record);
        ColumnChunkEncoder encoder = encoders[index];
        boolean taken;
        if (value == null) {
            if (!nullable) return index;
            encoder.writeNull();
            taken = true;
        } else if (value instanceof String text) {
            taken = type == String.class && encoder.writeString(text);
        } else if (value instanceof Integer number) {
            taken = type == Integer.class && encoder.writeInt(number);
        } else if (value instanceof Double number) {
            taken = type == Double.class && encoder.writeDouble(number);
        } else {
            taken = type.isInstance(value) && encoder.write(value);
        }
        return taken ? next.write(record) : index;
    }
}
