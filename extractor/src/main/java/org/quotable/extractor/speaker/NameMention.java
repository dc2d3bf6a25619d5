package org.quotable.extractor.speaker;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One run of capitalised words in an article, split into the title words before the name and the name itself.
 * Immutable. Indexes are Java string indexes.
 *
 * @param start      index of the first char of the run, title words included
 * @param nameStart  index of the first char of the name proper
 * @param end        index just past the name (before any possessive {@code 's})
 * @param titleWords the capitalised title words before the name ("German", "Chancellor"), honorifics excluded
 * @param honorific  whether the name came with an honorific ("Mr.", "Dr.")
 * @param tokens     the words of the name ("Friedrich", "Merz")
 * @param possessive whether the name was followed by {@code 's}
 */
public record NameMention(int start, int nameStart, int end, List<String> titleWords, boolean honorific,
                          List<String> tokens, boolean possessive) {
    public NameMention {
        titleWords = List.copyOf(titleWords);
        tokens = List.copyOf(requireNonNull(tokens, "tokens"));
        if (tokens.isEmpty()) throw new IllegalArgumentException("A name mention needs at least one word");
    }

    /** The name as written, words joined by single spaces. */
    public String name() {
        // Most names read are one word (a surname after its first mention): that word, without a joined copy.
        return tokens.size() == 1 ? tokens.get(0) : String.join(" ", tokens);
    }

    /** The last word of the name: the surname of a person. */
    public String last() {
        return tokens.get(tokens.size() - 1);
    }
}
