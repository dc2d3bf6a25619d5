package org.quotable.schema;

import java.util.Arrays;
import java.util.List;

/**
 * A closed set of string values stored in a column, as an enum. Every format stores the lower-case name
 * ({@code "direct"}), so the values read the same in CSV, JSON and Parquet.
 */
public interface Vocabulary {
    /** The enum constant's name. */
    String name();

    /** The value as stored in every format: the lower-case name. */
    default String label() { return VocabularyLabels.of(this); }

    /** Every stored value of the enum, in declaration order. */
    static <E extends Enum<E> & Vocabulary> List<String> labels(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Vocabulary::label).toList();
    }

    /**
     * Parses a stored value.
     *
     * @throws IllegalArgumentException naming the value and the allowed ones
     */
    static <E extends Enum<E> & Vocabulary> E fromLabel(Class<E> type, String label) {
        for (E value : type.getEnumConstants())
            if (value.label().equals(label)) return value;
        throw new IllegalArgumentException("'%s' is not a %s; expected one of %s"
                .formatted(label, type.getSimpleName(), labels(type)));
    }
}
