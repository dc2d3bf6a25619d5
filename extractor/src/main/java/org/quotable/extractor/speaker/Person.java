package org.quotable.extractor.speaker;

import static java.util.Objects.requireNonNull;

/**
 * A name in an article, sorted out: who it names and whether that is a person or an organisation. Immutable.
 *
 * @param name         the full name ("Friedrich Merz") or the organisation's name ("Kremlin")
 * @param organization whether the name is an organisation, government or place rather than a person
 */
public record Person(String name, boolean organization) {
    public Person {
        requireNonNull(name, "name");
        if (name.isBlank()) throw new IllegalArgumentException("A person's name must not be blank");
    }
}
