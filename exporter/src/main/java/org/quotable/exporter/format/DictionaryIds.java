package org.quotable.exporter.format;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The dictionary of one column chunk: each distinct value to its index, in order of first appearance. An
 * open-addressing table keyed either on strings, with each key's hash kept beside it, or on the 64 bits of a number
 * (an int's value, a double's {@code doubleToLongBits}, which makes every NaN one key as {@code Double.equals}
 * does). Not thread-safe.
 *
 * <p>Written for where the writing time goes, memory loads: a string is compared with a key only when their hashes
 * match, and then by identity first (the rows of one extraction share their value objects), so a probe past other
 * keys never loads them; a number is looked up by its bits, without loading the boxed keys of earlier rows. A
 * slot's index sits beside its hash or number in one array, so a probe loads one cache line, not one per array
 * (the lookups of the position columns, with thousands of distinct values a chunk, were a tenth of the writing time
 * with separate arrays).
 */
final class DictionaryIds {
    /** The string keys, or null in a table of numbers. */
    private String @Nullable [] strings;
    /** Per slot of a table of strings, two ints: the key's hash, then the index plus one (0 for an empty slot). */
    private int[] hashIds;
    /** Per slot of a table of numbers, two longs: the key, then the index plus one (0 for an empty slot). */
    private long[] keyIds;
    private final boolean text;
    /** 32 minus the number of bits of a slot: the hash's top bits pick the slot. */
    private int shift;
    private int slots;
    private int size;

    /**
     * @param text      whether the keys are strings (else numbers)
     * @param expected  about how many distinct values to expect (the last chunk's), so the table need not grow
     */
    DictionaryIds(boolean text, int expected) {
        this.text = text;
        allocate(Math.max(1024, Integer.highestOneBit(Math.max(1, expected) * 2 + 1) * 2));
    }

    private void allocate(int slots) {
        this.slots = slots;
        this.shift = 32 - Integer.numberOfTrailingZeros(slots);
        this.strings = text ? new String[slots] : null;
        this.hashIds = new int[text ? 2 * slots : 0];
        this.keyIds = new long[text ? 0 : 2 * slots];
    }

    int size() { return size; }

    /**
     * The index of the string with this hash, or, when it is not in the dictionary, a negative number to hand to
     * {@link #add(String, int, int)}: the free slot where the probe ended, so adding it does not probe again.
     */
    int get(String value, int hash) {
        int mask = slots - 1;
        for (int slot = slot(hash); ; slot = (slot + 1) & mask) {
            int id = hashIds[2 * slot + 1];
            if (id == 0) return ~slot;
            if (hashIds[2 * slot] == hash) {
                String key = strings[slot];
                if (key == value || key.equals(value)) return id - 1;
            }
        }
    }

    /** The index of the number with this key, or a negative number for {@link #add(long, int)}, as strings. */
    int get(long key) {
        int mask = slots - 1;
        for (int slot = slot(hash(key)); ; slot = (slot + 1) & mask) {
            long id = keyIds[2 * slot + 1];
            if (id == 0) return ~slot;
            if (keyIds[2 * slot] == key) return (int) id - 1;
        }
    }

    /**
     * Adds a string that {@link #get(String, int)} did not find and returns its index, the next one.
     *
     * @param missed what {@code get} returned for it, with no other add since
     */
    int add(String value, int hash, int missed) {
        int slot = ~missed;
        if (2 * (size + 1) > slots) {
            grow();
            slot = free(hash);
        }
        strings[slot] = value;
        hashIds[2 * slot] = hash;
        hashIds[2 * slot + 1] = ++size;
        return size - 1;
    }

    /** Adds a number that {@link #get(long)} did not find, as {@link #add(String, int, int)}. */
    int add(long key, int missed) {
        int slot = ~missed;
        if (2 * (size + 1) > slots) {
            grow();
            slot = free(hash(key));
        }
        keyIds[2 * slot] = key;
        keyIds[2 * slot + 1] = ++size;
        return size - 1;
    }

    /** Empties the table for the next chunk, keeping its size (the last chunk's dictionary is the best guess). */
    void clear() {
        if (size == 0) return;
        if (text) {
            Arrays.fill(hashIds, 0);
            Arrays.fill(strings, null);    // the old values may be collected
        } else {
            Arrays.fill(keyIds, 0);
        }
        size = 0;
    }

    /** The empty slot where a probe for this hash ends. */
    private int free(int hash) {
        int mask = slots - 1;
        int slot = slot(hash);
        if (text) while (hashIds[2 * slot + 1] != 0) slot = (slot + 1) & mask;
        else while (keyIds[2 * slot + 1] != 0) slot = (slot + 1) & mask;
        return slot;
    }

    private void grow() {
        String[] oldStrings = strings;
        int[] oldHashIds = hashIds;
        long[] oldKeyIds = keyIds;
        int oldSlots = slots;
        allocate(oldSlots * 2);
        for (int i = 0; i < oldSlots; i++) {
            if (text) {
                if (oldHashIds[2 * i + 1] == 0) continue;
                int slot = free(oldHashIds[2 * i]);
                strings[slot] = oldStrings[i];
                hashIds[2 * slot] = oldHashIds[2 * i];
                hashIds[2 * slot + 1] = oldHashIds[2 * i + 1];
            } else {
                if (oldKeyIds[2 * i + 1] == 0) continue;
                int slot = free(hash(oldKeyIds[2 * i]));
                keyIds[2 * slot] = oldKeyIds[2 * i];
                keyIds[2 * slot + 1] = oldKeyIds[2 * i + 1];
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
        return "DictionaryIds[" + size + (text ? " strings]" : " numbers]");
    }
}
