package org.quotable.extractor.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A fixed set of lower-case words that answers "is this word, in any case, one of them?" for a whole
 * {@link CharSequence} or a region of one, without making a lower-cased copy. Immutable and thread-safe.
 *
 * <p>{@code set.contains(word)} gives exactly what {@code words.contains(word.toLowerCase(Locale.ROOT))} gives on a
 * {@code Set<String>} of the same words. The look-ups run per word of every article (names, titles, clause openers),
 * and the copies they used to make were about a tenth of the extraction's CPU. Words of ASCII letters, the usual
 * case, are folded char by char while hashing; a word with any other char takes the slow way through
 * {@link String#toLowerCase(Locale)}, so the special cases of Unicode lower-casing (such as U+0130, which becomes two
 * chars, or the Kelvin sign, which becomes {@code k}) stay exactly as they were.
 */
public final class WordSet {
    private final Set<String> words;
    private final String[] table;   // open addressing, linear probing; null is an empty slot
    private final int[] hashes;     // the hash of each slot's word, compared before the chars
    private final int shift;        // a slot is the top bits of hash * PHI (Fibonacci hashing: short words spread well)
    private final int mask;
    private final long lengths;     // bit n set: some word has n chars (n < 63; bit 63 stands for all longer ones)
    private static final int PHI = 0x9E3779B9;

    private WordSet(Collection<String> words) {
        this.words = Set.copyOf(words);   // duplicates allowed: word lists overlap on purpose
        int capacity = Integer.highestOneBit(Math.max(4, this.words.size() * 3)) << 1;
        table = new String[capacity];
        hashes = new int[capacity];
        mask = capacity - 1;
        shift = Integer.numberOfLeadingZeros(capacity) + 1;
        long lengthBits = 0;
        for (String w : this.words) {
            lengthBits |= lengthBit(w.length());
            if (!w.equals(w.toLowerCase(Locale.ROOT)))
                throw new IllegalArgumentException("A word set holds lower-case words only; write \"" + w + "\" as \""
                        + w.toLowerCase(Locale.ROOT) + "\"");
            int h = hash(w, 0, w.length());
            int i = slot(h);
            while (table[i] != null) i = (i + 1) & mask;
            table[i] = w;
            hashes[i] = h;
        }
        lengths = lengthBits;
    }

    private int slot(int hash) {
        return (hash * PHI) >>> shift;
    }

    private static long lengthBit(int length) {
        return 1L << Math.min(length, 63);
    }

    /** A set of these lower-case words (duplicates are allowed and kept once). */
    public static WordSet of(String... words) {
        return new WordSet(List.of(words));
    }

    /** A set of these lower-case words. */
    public static WordSet copyOf(Collection<String> words) {
        return new WordSet(words);
    }

    /** The words, in lower case, as an unmodifiable set. */
    public Set<String> words() {
        return words;
    }

    /** Whether the word, in any case, is in the set. */
    public boolean contains(CharSequence word) {
        return contains(word, 0, word.length());
    }

    /** Whether {@code text.subSequence(start, end)}, in any case, is in the set. */
    public boolean contains(CharSequence text, int start, int end) {
        // No word of this length: most look-ups end here. (Lower-casing changes the length only of words that have
        // chars from U+0080 up, and those go the slow way below.)
        if ((lengths & lengthBit(end - start)) == 0 && !hasNonAscii(text, start, end)) return false;
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) return containsLowerCased(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT));
            h = 31 * h + lower(c);
        }
        int len = end - start;
        for (int i = slot(h); table[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && sameFolded(table[i], text, start, len)) return true;
        }
        return false;
    }

    /** Whether the word, in any case and without one final dot if it has one ("Dr." and "dr"), is in the set. */
    public boolean containsWithoutDot(CharSequence word) {
        int end = word.length();
        return contains(word, 0, end > 0 && word.charAt(end - 1) == '.' ? end - 1 : end);
    }

    private boolean containsLowerCased(String lower) {
        int h = hash(lower, 0, lower.length());
        for (int i = slot(h); table[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && table[i].equals(lower)) return true;
        }
        return false;
    }

    private static boolean hasNonAscii(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) if (text.charAt(i) >= 0x80) return true;
        return false;
    }

    private static boolean sameFolded(String word, CharSequence text, int start, int len) {
        if (word.length() != len) return false;
        for (int i = 0; i < len; i++) {
            if (word.charAt(i) != lower(text.charAt(start + i))) return false;
        }
        return true;
    }

    private static int hash(CharSequence s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) h = 31 * h + lower(s.charAt(i));
        return h;
    }

    // ASCII only: the callers send other chars the slow way
    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    @Override
    public String toString() {
        return "WordSet" + words;
    }
}
