package org.quotable.exporter.format;

import org.jspecify.annotations.Nullable;

/**
 * The dictionary of one column chunk: each distinct value to its index, in order of first appearance. An
 * open-addressing table keyed either on strings, with each key's hash kept beside it, or on the 64 bits of a number
 * (an int's value, a double's {@code doubleToLongBits}, which makes every NaN one key as {@code Double.equals}
 * does). Not thread-safe.
 *
 * <p>Written for where the writing time goes, memory loads: a string is compared with a key only when their hashes
 * match, and then by identity first (the rows of one extraction share their value objects), so a probe past other
 * keys never loads them; a number is looked up by its bits, without loading the boxed keys of earlier rows.
 */
final class DictionaryIds {
    /** The string keys, or null in a table of numbers. */
    private String @Nullable [] strings;
    /** The number keys, or null in a table of strings. */
    private long @Nullable [] numbers;
    /** Per slot: the string key's hash. */
    private int[] hashes;
    /** Per slot: the index plus one; 0 for an empty slot. */
    private int[] ids;
    /** 32 minus the number of bits of a slot: the hash's top bits pick the slot. */
    private int shift;
    private int size;

    /**
     * @param text      whether the keys are strings (else numbers)
     * @param expected  about how many distinct values to expect (the last chunk's), so the table need not grow
     */
    DictionaryIds(boolean text, int expected) {
        int slots = Math.max(1024, Integer.highestOneBit(Math.max(1, expected) * 2 + 1) * 2);
        this.shift = 32 - Integer.numberOfTrailingZeros(slots);
        this.strings = text ? new String[slots] : null;
        this.numbers = text ? null : new long[slots];
        this.hashes = new int[text ? slots : 0];
        this.ids = new int[slots];
    }

    int size() { return size; }

    /**
     * The index of the string with this hash, or, when it is not in the dictionary, a negative number to hand to
     * {@link #add(String, int, int)}: the free slot where the probe ended, so adding it does not probe again.
     */
    int get(String value, int hash) {
        int mask = ids.length - 1;
        for (int slot = slot(hash); ; slot = (slot + 1) & mask) {
            int id = ids[slot];
            if (id == 0) return ~slot;
            if (hashes[slot] == hash) {
                String key = strings[slot];
                if (key == value || key.equals(value)) return id - 1;
            }
        }
    }

    /** The index of the number with this key, or a negative number for {@link #add(long, int)}, as strings. */
    int get(long key) {
        int mask = ids.length - 1;
        for (int slot = slot(hash(key)); ; slot = (slot + 1) & mask) {
            int id = ids[slot];
            if (id == 0) return ~slot;
            if (numbers[slot] == key) return id - 1;
        }
    }

    /**
     * Adds a string that {@link #get(String, int)} did not find and returns its index, the next one.
     *
     * @param missed what {@code get} returned for it, with no other add since
     */
    int add(String value, int hash, int missed) {
        int slot = ~missed;
        if (2 * (size + 1) > ids.length) {
            grow();
            slot = free(hash);
        }
        strings[slot] = value;
        hashes[slot] = hash;
        ids[slot] = ++size;
        return size - 1;
    }

    /** Adds a number that {@link #get(long)} did not find, as {@link #add(String, int, int)}. */
    int add(long key, int missed) {
        int slot = ~missed;
        if (2 * (size + 1) > ids.length) {
            grow();
            slot = free(hash(key));
        }
        numbers[slot] = key;
        ids[slot] = ++size;
        return size - 1;
    }

    /** Empties the table for the next chunk, keeping its size (the last chunk's dictionary is the best guess). */
    void clear() {
        if (size == 0) return;
        java.util.Arrays.fill(ids, 0);
        if (strings != null) java.util.Arrays.fill(strings, null);    // the old values may be collected
        size = 0;
    }

    private int free(int hash) {
        int mask = ids.length - 1;
        int slot = slot(hash);
        while (ids[slot] != 0) slot = (slot + 1) & mask;
        return slot;
    }

    private void grow() {
        String[] oldStrings = strings;
        long[] oldNumbers = numbers;
        int[] oldHashes = hashes;
        int[] oldIds = ids;
        int slots = oldIds.length * 2;
        shift--;
        ids = new int[slots];
        if (oldStrings != null) {
            strings = new String[slots];
            hashes = new int[slots];
        } else {
            numbers = new long[slots];
        }
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] == 0) continue;
            if (oldStrings != null) {
                int slot = free(oldHashes[i]);
                strings[slot] = oldStrings[i];
                hashes[slot] = oldHashes[i];
                ids[slot] = oldIds[i];
            } else {
                int slot = free(hash(oldNumbers[i]));
                numbers[slot] = oldNumbers[i];
                ids[slot] = oldIds[i];
            }
        }
    }

    private static int hash(long key) {
        return Long.hashCode(key);
    }

    /**
     * Fibonacci hashing: the top bits of the hash times 2^32 / golden ratio. Hashes that differ only in their high
     * bits or by a few units (Integers, dates, ids that differ in their last character) land far apart; the low
     * bits of the hash alone put such keys in long clusters.
     */
    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    @Override public String toString() {
        return "DictionaryIds[" + size + (strings != null ? " strings]" : " numbers]");
    }

}
