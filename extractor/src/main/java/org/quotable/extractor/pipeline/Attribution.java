package org.quotable.extractor.pipeline;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.quotable.schema.SpeakerType;

/**
 * Who said a quotation and how the extractor knows. Immutable.
 *
 * @param speaker     the speaker's full name or the organisation's name
 * @param mention     the words in the text that point at the speaker ("she", "the Ukrainian leader", "Merz")
 * @param speakerType person or organisation
 * @param cue         the reporting verb phrase ("said", "told reporters"), or null when there is none
 * @param sieve       the name of the rule that attributed the quote, for explanations and debugging
 * @param confidence  how sure the rule is, from 0 to 1
 */
public record Attribution(String speaker, String mention, SpeakerType speakerType, @Nullable String cue, String sieve,
                          double confidence) {
    public Attribution {
        requireNonNull(speaker, "speaker");
        requireNonNull(mention, "mention");
        requireNonNull(speakerType, "speakerType");
        requireNonNull(sieve, "sieve");
        if (!(confidence >= 0 && confidence <= 1))
            throw new IllegalArgumentException("Confidence %s of the attribution to %s is outside [0, 1]".formatted(confidence, speaker));
    }

    /** The same attribution, passed on to a quote that has none of its own, with the given confidence. */
    public Attribution inherited(String bySieve, double newConfidence) {
        // A mention still waiting for the role stage ("the Ukrainian leader") keeps its marker.
        String sieveName = sieve.endsWith("+nominal") ? bySieve + "+nominal" : bySieve;
        return new Attribution(speaker, mention, speakerType, cue, sieveName, Math.min(confidence, newConfidence));
    }
}
