package org.quotable.extractor.role;

import java.util.ArrayList;
import java.util.List;
import org.quotable.extractor.pipeline.Attribution;
import org.quotable.extractor.pipeline.Candidate;
import org.quotable.extractor.pipeline.ExtractionStage;
import org.quotable.extractor.pipeline.ExtractionState;
import org.quotable.extractor.speaker.Cast;
import org.quotable.extractor.speaker.SpeakerResolver;
import org.quotable.schema.SpeakerType;

/**
 * The third stage: gives each attributed quote its speaker's role, and resolves nominal mentions ("the Ukrainian
 * leader") to the person whose role matches. Immutable and thread-safe.
 */
public final class RoleResolver implements ExtractionStage {
    @Override public String name() { return "roles"; }

    @Override public ExtractionState apply(ExtractionState state) {
        Roles roles = Roles.of(state);
        var out = new ArrayList<Candidate>(state.candidates().size());
        for (Candidate c : state.candidates()) {
            Attribution a = c.attribution();
            if (a == null) {
                out.add(c);
                continue;
            }
            if (a.sieve().contains(SpeakerResolver.NOMINAL) && a.speakerType() == SpeakerType.PERSON) {
                String person = roles.personFor(a.mention(), c.openMark());
                if (person != null) {
                    a = new Attribution(person, a.mention(), SpeakerType.PERSON, a.cue(),
                            a.sieve().replace(SpeakerResolver.NOMINAL, "role-match"), a.confidence());
                    c = c.withAttribution(a);
                } else if (SpeakerResolver.isOccupationNominal(a)) {
                    // "the drummer said" where no one was introduced as a drummer: no speaker rather than the words.
                    out.add(c.withAttribution(null));
                    continue;
                }
            }
            out.add(a.speakerType() == SpeakerType.PERSON ? c.withRole(roles.roleOf(a.speaker())) : c);
        }
        return state.withCandidates(List.copyOf(out));
    }
}
