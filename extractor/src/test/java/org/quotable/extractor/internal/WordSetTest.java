package org.quotable.extractor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {
    private static final List<String> WORDS = List.of("said", "mr", "u.s.", "king", "in", "von", "de", "ms", "i",
            "spokeswoman", "café", "hi\u0307s");
    private static final WordSet SET = WordSet.copyOf(WORDS);

    @Test
    void findsWordsInAnyCase() {
        assertTrue(SET.contains("said"));
        assertTrue(SET.contains("Said"));
        assertTrue(SET.contains("SAID"));
        assertTrue(SET.contains("U.S."));
        assertTrue(SET.contains("CAFÉ"));
        assertFalse(SET.contains("says"));
        assertFalse(SET.contains("sai"));
        assertFalse(SET.contains(""));
    }

    @Test
    void findsARegionWithoutCopyingIt() {
        String text = "Talks went on, SAID Mr. Holt.";
        int at = text.indexOf("SAID");
        assertTrue(SET.contains(text, at, at + 4));
        assertFalse(SET.contains(text, at, at + 3));
        assertTrue(SET.contains(text, text.indexOf("Mr"), text.indexOf("Mr") + 2));
    }

    @Test
    void dropsOneFinalDotOnRequest() {
        assertTrue(SET.containsWithoutDot("Mr."));
        assertTrue(SET.containsWithoutDot("Mr"));
        assertFalse(SET.containsWithoutDot("Mr.."));
        assertFalse(SET.containsWithoutDot("."));
    }

    @Test
    void agreesWithLowerCasingIncludingUnicodeSpecialCases() {
        // U+0130 lower-cases to "i" and a combining dot; the Kelvin sign to "k"; Greek capital sigma depends on place.
        Set<String> plain = Set.copyOf(WORDS);
        String[] pieces = {"s", "A", "i", "D", "m", "R", "u", ".", "S", "\u0130", "\u212A", "ing", "K", "n", "v", "O",
                "e", "é", "É", "\u03A3", "h", "spokes", "WOMAN", "c", "af"};
        var random = new java.util.Random(14);
        int found = 0;
        for (int i = 0; i < 200_000; i++) {
            var text = new StringBuilder();
            for (int k = random.nextInt(5); k >= 0; k--) text.append(pieces[random.nextInt(pieces.length)]);
            String s = text.toString();
            boolean expected = plain.contains(s.toLowerCase(Locale.ROOT));
            assertEquals(expected, SET.contains(s), s);
            String framed = "<" + s + ">";
            assertEquals(expected, SET.contains(framed, 1, framed.length() - 1), s);
            if (expected) found++;
        }
        assertTrue(found > 1_000, "the random words should hit the set often: " + found);
        assertTrue(SET.contains("\u212Aing"));     // as "\u212Aing".toLowerCase(Locale.ROOT) is "king"
        assertTrue(SET.contains("H\u0130S"));       // as it lower-cases to "hi\u0307s"
        assertFalse(SET.contains("\u0130N"));       // "i\u0307n", not "in"
    }

    @Test
    void refusesUpperCaseWords() {
        var e = assertThrows(IllegalArgumentException.class, () -> WordSet.of("said", "Kremlin"));
        assertTrue(e.getMessage().contains("\"kremlin\""), e.getMessage());
    }
}
