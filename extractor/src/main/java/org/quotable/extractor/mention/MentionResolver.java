package org.quotable.extractor.mention;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import org.quotable.extractor.internal.Lexicon;
import org.quotable.extractor.pipeline.ExtractionState;
import org.quotable.extractor.role.Roles;
import org.quotable.extractor.speaker.Cast;
import org.quotable.extractor.speaker.Person;
import org.quotable.schema.SpeakerType;

/**
 * Resolves a mention at a text position to the person or organisation it names, through the article's cast (full
 * names, surnames, pronouns by the most recent agreeing subject) and roles (nominal mentions such as "the minister"
 * resolve to the person the article introduced with that role). Made once per article from the extraction state;
 * the cast and roles are the ones every other stage uses, built once. Immutable.
 *
 * <pre>{@code
 * MentionResolver resolver = MentionResolver.of(state);
 * Optional<Resolved> who = resolver.resolve("the minister", quoteStart);
 * }</pre>
 */
public final class MentionResolver {
    private final Cast cast;
    private final Roles roles;

    private MentionResolver(Cast cast, Roles roles) {
        this.cast = cast;
        this.roles = roles;
    }

    /** The resolver of the article being extracted, sharing its cast and roles with the other stages. */
    public static MentionResolver of(ExtractionState state) {
        return state.shared(MentionResolver.class, () -> new MentionResolver(Cast.of(state), Roles.of(state)));
    }

    /** The article's cast of people and organisations. */
    public Cast cast() {
        return cast;
    }

    /** The roles the article gives its people. */
    public Roles roles() {
        return roles;
    }

    /**
     * Who {@code mention}, written at char index {@code at} of the article's text, names; empty when the words name
     * no one the article introduces ("they", "sources", an unknown description).
     */
    public Optional<Resolved> resolve(String mention, int at) {
        String m = requireNonNull(mention, "mention").strip();
        if (m.isEmpty()) return Optional.empty();
        String lower = m.toLowerCase(Locale.ROOT);
        Lexicon.Gender gender = Lexicon.genderOfPronoun(lower);
        if (gender != null) {
            Cast.Mentioned subject = cast.recentSubject(at, gender);
            if (subject == null) return Optional.empty();
            String name = subject.person().name();
            return Optional.of(new Resolved(name, SpeakerType.PERSON, roles.roleOf(name), m, "pronoun", 0.8));
        }
        if (Lexicon.isPronoun(lower)) return Optional.empty();
        if (Character.isLowerCase(m.charAt(0)) || lower.startsWith("the ")) {
            String person = roles.personFor(m, at);
            if (person != null) return Optional.of(new Resolved(person, SpeakerType.PERSON, roles.roleOf(person), m, "nominal", 0.7));
            return Optional.empty();
        }
        Person p = cast.resolve(m);
        if (p == null) return Optional.empty();
        if (p.organization()) return Optional.of(new Resolved(p.name(), SpeakerType.ORGANIZATION, null, m, "organization", 0.85));
        return Optional.of(new Resolved(p.name(), SpeakerType.PERSON, roles.roleOf(p.name()), m, "name", 0.9));
    }
}
