package org.quotable.exporter.format;

/**
 * The dictionary of one column chunk: each distinct value (a String, Integer, Double or LocalDate, compared with
 * {@code equals}) to its index, in order of first appearance. An open-addressing table keyed on the Java values
 * themselves, so a value already in it costs its cached {@code hashCode} and one {@code equals}, never an encoding
 * to bytes. Not thread-safe.
 */
final class DictionaryIds {
    private Object[] keys = new Object[1024];
    private int[] ids = new int[1024];
    /** 32 minus the number of bits of a slot: the hash's top bits pick the slot. */
    private int shift = 32 - 10;
    private int size;

    int size() { return size; }

    /** The index of the value, or -1 when it is not in the dictionary. */
    int get(Object value) {
        int mask = keys.length - 1;
        for (int slot = slot(value); ; slot = (slot + 1) & mask) {
            Object key = keys[slot];
            if (key == null) return -1;
            if (key == value || key.equals(value)) return ids[slot];
        }
    }

    /** Adds a value that {@link #get} did not find and returns its index, the next one. */
    int add(Object value) {
        if (2 * (size + 1) > keys.length) grow();
        insert(value, size);
        return size++;
    }

    private void insert(Object value, int id) {
        int mask = keys.length - 1;
        int slot = slot(value);
        while (keys[slot] != null) slot = (slot + 1) & mask;
        keys[slot] = value;
        ids[slot] = id;
    }

    private void grow() {
        Object[] oldKeys = keys;
        int[] oldIds = ids;
        keys = new Object[oldKeys.length * 2];
        ids = new int[oldKeys.length * 2];
        shift--;
        for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != null) insert(oldKeys[i], oldIds[i]);
    }

    /**
     * Fibonacci hashing: the top bits of the hash times 2^32 / golden ratio. Hashes that differ only in their high
     * bits or by a few units (Integers, LocalDates, ids that differ in their last character) land far apart; the low
     * bits of the hash alone put such keys in long clusters.
     */
    private int slot(Object value) {
        return (value.hashCode() * 0x9E3779B9) >>> shift;
    }

    @Override public String toString() {
        return "DictionaryIds[" + size + " values]";
    }
}
