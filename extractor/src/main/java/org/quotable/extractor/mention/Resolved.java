package org.quotable.extractor.mention;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.quotable.schema.SpeakerType;

/**
 * Who a mention names. Immutable.
 *
 * @param name       the fullest name the article gives ("Jane Smith"), or the organisation's name
 * @param type       person or organisation
 * @param role       the most specific role the article gives that person, or null (organisations have none)
 * @param mention    the words as written ("she", "the minister", "Smith")
 * @param how        how it was resolved: {@code name}, {@code pronoun}, {@code nominal} or {@code organization}
 * @param confidence how sure the resolution is, from 0 to 1
 */
public record Resolved(String name, SpeakerType type, @Nullable String role, String mention, String how, double confidence) {
    public Resolved {
        requireNonNull(name, "name");
        requireNonNull(type, "type");
        requireNonNull(mention, "mention");
        requireNonNull(how, "how");
    }
}
