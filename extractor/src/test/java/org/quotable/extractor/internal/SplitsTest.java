package org.quotable.extractor.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SplitsTest {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD_LETTERS = Pattern.compile("[^\\p{L}\\-]+");
    private static final Pattern NOT_WORD_LETTER = Pattern.compile("[^\\p{L}\\-]");
    private static final Pattern NOT_NAME_LETTER = Pattern.compile("[^\\p{L}\\-.]");
    private static final Pattern NOT_LETTERS_OR_NUMBERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "said", "the chief said", " the chief", "the chief ", "  a \t b\n\nc  ",
            "a\u000Bb\fc\rd", "a\u00A0b", "a\u2003b", "\u0085a"})
    void splitsOnWhiteSpaceAsThePatternDoes(String s) {
        assertArrayEquals(SPACES.split(s), Splits.spaces(s), () -> "split of [" + s + "]");
    }

    @Test
    void whiteSpaceAloneGivesNoPart() {
        assertEquals(0, Splits.spaces(" \t ").length);
        assertArrayEquals(new String[] {"", "a"}, Splits.spaces(" a"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--", "the Ukrainian leader's", "ex-chief, of staff", "café 12 naïve", "𝐀bc d𝐀",
            "x\u0301y", "1 2 3", "Ann-Marie"})
    void findsLetterRunsAsThePatternDoes(String s) {
        assertEquals(nonEmpty(NOT_WORD_LETTERS.split(s)), Splits.letterRuns(s), () -> "runs of [" + s + "]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "leader", "leader's", "co-chair.", "U.S.", "“chief”", "𝐀-b.c1", "x\u0301y", "ex-(vice)"})
    void keepsLettersAsThePatternDoes(String s) {
        assertEquals(NOT_NAME_LETTER.matcher(s).replaceAll(""), Splits.lettersAnd(s, "-."));
        assertEquals(NOT_WORD_LETTER.matcher(s).replaceAll(""), Splits.lettersAnd(s, "-"));
    }

    @Test
    void agreesWithThePatternsOnMixedText() {
        // Fixed seed: the same strings every run, drawn from the chars the rules care about.
        var random = new Random(14);
        String alphabet = "ab Z-.'\t\n\r\u000B\f\u00A0é\u0301,𝐀1½Ⅻ٣";
        int[] points = alphabet.codePoints().toArray();
        for (int k = 0; k < 5000; k++) {
            var sb = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) sb.appendCodePoint(points[random.nextInt(points.length)]);
            String s = sb.toString();
            assertArrayEquals(SPACES.split(s), Splits.spaces(s), () -> "split of [" + s + "]");
            assertEquals(nonEmpty(NOT_WORD_LETTERS.split(s)), Splits.letterRuns(s), () -> "runs of [" + s + "]");
            assertEquals(NOT_NAME_LETTER.matcher(s).replaceAll(""), Splits.lettersAnd(s, "-."), () -> "letters of [" + s + "]");
            assertEquals(NOT_WORD_LETTER.matcher(s).replaceAll(""), Splits.lettersAnd(s, "-"), () -> "letters of [" + s + "]");
            assertEquals(NOT_LETTERS_OR_NUMBERS.matcher(s).replaceAll(""), Splits.lettersAndNumbers(s), () -> "letters and numbers of [" + s + "]");
        }
    }

    private static List<String> nonEmpty(String[] parts) {
        return Arrays.stream(parts).filter(p -> !p.isEmpty()).toList();
    }
}
