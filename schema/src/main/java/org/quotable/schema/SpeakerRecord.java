package org.quotable.schema;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One distinct speaker of a dataset: a row of the {@code speakers} table. Immutable.
 *
 * <p>A speaker gathers every quote whose {@code speaker} names the same person or organisation, however the
 * articles spell it ("Zelensky", "Volodymyr Zelenskyy"); {@link QuoteRecord#speakerId()} refers to it. The build
 * computes these rows after extraction, over the whole dataset.
 *
 * @param speakerId    deterministic id, see {@link #idOf(String)}
 * @param name         the canonical name: the most frequent full form of the name
 * @param nameVariants every distinct {@code quotes.speaker} value of this speaker, most frequent first
 * @param speakerType  person or organization, or null when the quotes do not say
 * @param roles        the roles the quotes give the speaker, most frequent first, with their counts
 * @param quoteCount   the number of quotes attributed to the speaker, at least 1
 * @param firstDate    the earliest statement date among the quotes, or null when none is known
 * @param lastDate     the latest statement date, or null when none is known
 */
public record SpeakerRecord(String speakerId, String name, List<String> nameVariants, @Nullable SpeakerType speakerType,
                            List<RoleCount> roles, int quoteCount, @Nullable LocalDate firstDate,
                            @Nullable LocalDate lastDate) {

    /** The separator of the list columns {@code name_variants} and {@code roles} in every format. */
    public static final String SEPARATOR = "; ";
    private static final Pattern ROLE = Pattern.compile("(.+) \\((\\d+)\\)");

    /** A role the quotes give a speaker, and how many of its quotes give it. */
    public record RoleCount(String role, int count) {
        public RoleCount {
            requireNonNull(role, "role");
            if (role.isBlank() || role.contains(";"))
                throw new IllegalArgumentException("Role '%s' is blank or holds the list separator ';'".formatted(role));
            if (count < 1) throw new IllegalArgumentException("Role '%s' has count %d; counts start at 1".formatted(role, count));
        }

        @Override public String toString() { return role + " (" + count + ")"; }
    }

    public SpeakerRecord {
        requireNonNull(speakerId, "speakerId");
        requireNonNull(name, "name");
        nameVariants = List.copyOf(nameVariants);
        roles = List.copyOf(roles);
        if (name.isBlank()) throw new IllegalArgumentException("Speaker " + speakerId + " has a blank name");
        if (nameVariants.isEmpty() || !nameVariants.contains(name))
            throw new IllegalArgumentException("Speaker %s: the name '%s' must be one of its variants %s".formatted(speakerId, name, nameVariants));
        for (String variant : nameVariants)
            if (variant.contains(";"))
                throw new IllegalArgumentException("Speaker %s: name variant '%s' holds the list separator ';'".formatted(speakerId, variant));
        if (quoteCount < 1) throw new IllegalArgumentException("Speaker %s has %d quotes; a speaker has at least one".formatted(speakerId, quoteCount));
        if ((firstDate == null) != (lastDate == null) || firstDate != null && firstDate.isAfter(lastDate))
            throw new IllegalArgumentException("Speaker %s: dates %s to %s are not a range".formatted(speakerId, firstDate, lastDate));
    }

    /**
     * The deterministic id of the speaker with this identity key (as the speaker merging defines it, e.g.
     * {@code person:volodymyr zelensky}): the first 16 hex digits of its SHA-256.
     */
    public static String idOf(String identityKey) {
        return Digests.sha256HexPrefix(identityKey, 8);
    }

    /** The {@code name_variants} column: the variants joined by {@value #SEPARATOR}. */
    public String nameVariantsText() {
        return String.join(SEPARATOR, nameVariants);
    }

    /** The {@code roles} column: {@code "Chancellor (3); German Chancellor (1)"}, or null when there is none. */
    public @Nullable String rolesText() {
        if (roles.isEmpty()) return null;
        return String.join(SEPARATOR, roles.stream().map(RoleCount::toString).toList());
    }

    /** Parses the {@code name_variants} column. */
    static List<String> parseVariants(String text) {
        return List.of(text.split(Pattern.quote(SEPARATOR), -1));
    }

    /**
     * Parses the {@code roles} column.
     *
     * @throws IllegalArgumentException naming the item that is not {@code role (count)}
     */
    static List<RoleCount> parseRoles(@Nullable String text) {
        if (text == null) return List.of();
        var roles = new ArrayList<RoleCount>();
        for (String item : text.split(Pattern.quote(SEPARATOR), -1)) {
            Matcher m = ROLE.matcher(item);
            if (!m.matches()) throw new IllegalArgumentException("roles item '%s' is not 'role (count)'".formatted(item));
            roles.add(new RoleCount(m.group(1), Integer.parseInt(m.group(2))));
        }
        return roles;
    }
}
