package org.quotable.schema;

import java.util.Locale;

/** The stored labels of each {@link Vocabulary} enum, computed once per enum class instead of once per row. */
final class VocabularyLabels {
    private static final ClassValue<String[]> LABELS = new ClassValue<>() {
        @Override protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            var labels = new String[constants.length];
            for (int i = 0; i < constants.length; i++)
                labels[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
            return labels;
        }
    };

    private VocabularyLabels() {}

    /** The label of an enum constant's name: the lower-case name. */
    static String of(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The lower-case name of a vocabulary value. */
    static String of(Vocabulary value) {
        if (value instanceof Enum<?> e) return LABELS.get(e.getDeclaringClass())[e.ordinal()];
        return value.name().toLowerCase(Locale.ROOT);
    }
}
