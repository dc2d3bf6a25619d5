package org.quotable.extractor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClauseTest {
    /**
     * {@link Clause#before} reads only the tokens after the last sentence break; the tail it tokenizes must be the
     * whole context's tokens from that break on, and must hold the break (else the whole context is tokenized).
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "The mayor spoke first. Later that day, Rep. Dana Holt said: ",
            "He left the U.S. on Monday and the chief said ",
            "no break at all, the minister said ",
            "“We will,” she said; the chief of staff, who was there, added ",
            "It ended.  Two spaces, then she said ",
            "U.S.",
            "",
            "Ames said!\"",
            "the talks in Washington D.C. ended, and the envoy told reporters "})
    void readsTheSameTokensAsTheWholeContextFromTheLastBreakOn(String context) {
        List<Clause.Token> all = Clause.tokenize(context);
        List<Clause.Token> tail = Clause.tokensFromLastBreak(context);
        assertEquals(all.subList(all.size() - tail.size(), all.size()), tail);
        int lastBreak = -1;
        for (int i = 0; i < all.size(); i++)
            if (!all.get(i).word() && ".!?;\"“”".contains(all.get(i).text())) lastBreak = i;
        if (lastBreak >= 0) assertEquals(true, all.size() - tail.size() <= lastBreak, "the tail holds the last break");
    }

    @org.junit.jupiter.api.Test
    void aClauseBeforeTheQuoteEndsAtTheSentenceBreak() {
        // "Smith" in the sentence before is never a candidate: the walk back stops at the full stop.
        List<Clause.Found> found = Clause.before("Smith spoke first. Dana Holt, a lawyer, said ");
        assertEquals(List.of("Dana Holt", "a lawyer"), found.stream().map(Clause.Found::mention).toList());
    }
}
