package org.quotable.extractor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jspecify.annotations.Nullable;
import org.quotable.schema.DateBasis;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.QuoteType;
import org.quotable.schema.SpeakerType;

class EvaluatorTest {
    private static QuoteRecord predicted(String quote, int start, @Nullable String speaker) {
        int end = start + quote.codePointCount(0, quote.length());
        return new QuoteRecord(QuoteRecord.idOf("a", start, end), "a", quote, QuoteType.DIRECT, speaker, speaker,
                speaker == null ? null : SpeakerType.PERSON, speaker == null ? null : "German Chancellor", "said",
                LocalDate.of(2025, 12, 16), DateBasis.PUBLISHED, 0, start, end, 0.9);
    }

    private static GoldQuote gold(String quote, int start, String speaker) {
        return new GoldQuote("a", quote, start, start + quote.length(), speaker, null, null, null, "direct", false);
    }

    @Test void exactMatchingIgnoresEdgePunctuationMarksAndWhitespace() {
        var result = Evaluator.evaluate(Map.of("a", List.of(predicted("We are ready,", 10, "Friedrich Merz"))),
                List.of(gold("“We are  ready”", 9, "Merz")));
        assertThat(result.exact()).isEqualTo(new Score(1, 1, 1));
        assertThat(result.speakerSurname()).isEqualTo(new Accuracy(1, 1));
        assertThat(result.speakerFullName()).isEqualTo(new Accuracy(1, 1));
    }

    @Test void noBreakSpacesInTheGoldCountAsWhitespace() {
        // The article readers fold every Unicode space to " "; gold keeps the source's no-break and thin spaces.
        var result = Evaluator.evaluate(Map.of("a", List.of(predicted("We are 100 percent ready. Really,", 0, null))),
                List.of(gold("We are 100\u00A0percent ready.\u00A0Really,\u202F", 0, "Merz")));
        assertThat(result.exact()).isEqualTo(new Score(1, 1, 1));
        assertThat(Evaluator.normalize("\u00A0“Ready\u2009now”\u00A0")).isEqualTo("Ready now");
    }

    @Test void overlapNeedsHalfTheTokensOfTheLongerQuote() {
        var result = Evaluator.evaluate(Map.of("a", List.of(
                        predicted("One two three four five six.", 0, null),
                        predicted("Something else entirely here", 100, null))),
                List.of(gold("One two three four.", 0, "he"), gold("Nothing in common", 100, "she")));
        assertThat(result.exact().matched()).isZero();
        assertThat(result.overlap()).isEqualTo(new Score(1, 2, 2));
        assertThat(result.exact().f1()).isZero();
        assertThat(result.overlap().f1()).isEqualTo(0.5);
        assertThat(result.misses(Miss.Kind.MISSED)).extracting(Miss::quote).containsExactly("Nothing in common");
        assertThat(result.misses(Miss.Kind.SPURIOUS)).extracting(Miss::quote).containsExactly("Something else entirely here");
    }

    @Test void matchingIsOneToOne() {
        var result = Evaluator.evaluate(Map.of("a", List.of(predicted("Yes.", 0, null))),
                List.of(gold("Yes.", 0, "he"), gold("Yes.", 50, "she")));
        assertThat(result.exact()).isEqualTo(new Score(1, 1, 2));
    }

    @Test void predictionsInsideMixedIndirectSpansAreNotCounted() {
        var mixed = new GoldQuote("a", "that the plan was “dead on arrival”", 0, 35, "Merz", "proper", null, null, "indirect", true);
        var result = Evaluator.evaluate(Map.of("a", List.of(predicted("dead on arrival", 18, "Merz"))), List.of(mixed));
        assertThat(result.exact()).isEqualTo(new Score(0, 0, 0));
        assertThat(result.misses()).isEmpty();
    }

    @Test void theGoldSurnameComesFromTheNamePartOfTheSpeaker() {
        assertThat(Evaluator.surname("Ann Lund, a fellow at the Northern Institute")).isEqualTo("lund");
        assertThat(Evaluator.surname("Another critic, Peter J. Vance")).isEqualTo("vance");
        assertThat(Evaluator.surname("Rep. A.B. Carver (D-Ohio), head of the caucus")).isEqualTo("carver");
        assertThat(Evaluator.surname("Martin Luther King Jr.")).isEqualTo("king");
        assertThat(Evaluator.surname("the campaign")).isEqualTo("campaign");
        assertThat(Evaluator.surnameMatches("Mr. Trump", "Donald Trump")).isTrue();
        assertThat(Evaluator.surnameMatches("Hillary Clinton", "Donald Trump")).isFalse();
        assertThat(Evaluator.fullNameMatches("Mr. Obama", "Barack Obama")).isTrue();
        assertThat(Evaluator.fullNameMatches("Barack Obama", "Michelle Obama")).isFalse();
    }

    @Test void roleAndDateAccuracyCountOnlyWhereGoldHasThem() {
        var withBoth = new GoldQuote("a", "We are ready,", 0, 13, "Friedrich Merz", "proper", "the German Chancellor",
                LocalDate.of(2025, 12, 15), "direct", false);
        var result = Evaluator.evaluate(Map.of("a", List.of(predicted("We are ready,", 0, "Friedrich Merz"))), List.of(withBoth));
        assertThat(result.role()).isEqualTo(new Accuracy(1, 1));
        assertThat(result.date()).isEqualTo(new Accuracy(0, 1));
        assertThat(result.misses()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(Miss.Kind.WRONG_DATE);
            assertThat(m.toString()).isEqualTo("wrong date a: \"We are ready,\" (expected 2025-12-15, got 2025-12-16)");
        });
    }

    @Test void goldIsReadFromJsonLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, """
                {"article_id": "a", "quote": "We are ready,", "char_start": 0, "char_end": 13, "speaker": "Merz", "role": "chancellor", "date": "2025-12-16", "quote_type": "partial"}

                {"article_id": "a", "quote": "x", "char_start": 20, "char_end": 21, "speaker": null}
                """);
        List<GoldQuote> gold = GoldReader.read(file);
        assertThat(gold).containsExactly(
                new GoldQuote("a", "We are ready,", 0, 13, "Merz", null, "chancellor", LocalDate.of(2025, 12, 16), "partial", false),
                new GoldQuote("a", "x", 20, 21, null, null, null, null, "direct", false));
    }

    @Test void aBadGoldLineIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, "{\"article_id\": \"a\", \"quote\": \"x\", \"char_start\": 0, \"char_end\": 1}\n{\"quote\": \"y\"}\n");
        assertThatThrownBy(() -> GoldReader.read(file)).isInstanceOf(IOException.class)
                .hasMessageStartingWith(file + ", line 2: not a gold quote (missing field 'article_id')");
    }

    private static QuoteRecord withRole(String quote, int start, @Nullable String speaker, @Nullable String role, double confidence) {
        int end = start + quote.length();
        return new QuoteRecord(QuoteRecord.idOf("a", start, end), "a", quote, QuoteType.DIRECT, speaker, speaker,
                speaker == null ? null : SpeakerType.PERSON, role, "said", LocalDate.of(2025, 12, 16), DateBasis.PUBLISHED,
                0, start, end, confidence);
    }

    @Test void theAttributionConventionScoresEveryGoldSpeakerByTheLastWordOfItsName() {
        var gold = List.of(
                new GoldQuote("a", "We will win.", 0, 12, "Martin Hale Jr.", null, "party chairman", null, "direct", false, "person"),
                new GoldQuote("a", "Prices will rise.", 20, 37, "Ministry of Defence", null, null, null, "direct", false, "organization"),
                new GoldQuote("a", "No comment.", 50, 61, null, null, null, null, "direct", false, null));
        var result = Evaluator.evaluate(Map.of("a", List.of(
                        withRole("we will win", 0, "Martin Hale", "Chairman", 0.9),
                        withRole("Prices will rise.", 20, "the Ministry of Defence", null, 0.8),
                        withRole("No comment.", 50, "Martin Hale", null, 0.6))),
                gold, List.of(), Convention.of(gold));
        assertThat(result.convention()).isEqualTo(Convention.ATTRIBUTION);
        assertThat(result.exact()).isEqualTo(new Score(3, 3, 3));
        assertThat(result.speakerSurname()).isEqualTo(new Accuracy(2, 2));
        assertThat(result.role()).isEqualTo(new Accuracy(1, 1));
        // Three quotes were given a speaker; the one whose gold has no speaker is wrong.
        assertThat(result.calibration().count()).isEqualTo(3);
        assertThat(result.calibration().bins()).extracting(Calibration.Bin::right).containsExactly(0, 1, 1);
        assertThat(result.calibration().expectedError()).isCloseTo((0.6 + 0.2 + 0.1) / 3, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test void rolesAgreeWhenOneContainsTheOther() {
        assertThat(Evaluator.rolesAgree("the party's deputy chairman", "Deputy Chairman")).isTrue();
        assertThat(Evaluator.rolesAgree("chairman", "deputy chairman of the party")).isTrue();
        assertThat(Evaluator.rolesAgree("chairman", "chair")).isFalse();
        assertThat(Evaluator.rolesAgree("chairman", null)).isFalse();
    }

    @Test void nonQuotationsAreCountedWhenExtractedAndWhenGivenASpeaker() {
        var gold = List.of(new GoldQuote("a", "We will win.", 0, 12, "Ann Lund", null, null, null, "direct", false, "person"));
        var nonQuotes = List.of(new NonQuote("a", "Blue Moon", 30, 39, "song title"), new NonQuote("a", "smart", 60, 65, "scare quote"),
                new NonQuote("a", "the Hammer", 80, 90, "nickname"));
        var result = Evaluator.evaluate(Map.of("a", List.of(withRole("We will win.", 0, "Ann Lund", null, 0.9),
                        withRole("Blue Moon", 30, "Ann Lund", null, 0.7), withRole("smart", 60, null, null, 0.2))),
                gold, nonQuotes, Convention.ATTRIBUTION);
        assertThat(result.nonQuotes()).isEqualTo(new EvaluationResult.NonQuotes(3, 2, 1));
        assertThat(result.misses(Miss.Kind.NON_QUOTE)).extracting(Miss::quote).containsExactly("Blue Moon");
        assertThat(result.exact().precision()).isEqualTo(1.0 / 3);
    }

    @Test void nonQuotationsAreReadFromJsonLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("non-quotes.jsonl");
        Files.writeString(file, "{\"article_id\": \"a\", \"quote\": \"Blue Moon\", \"char_start\": 3, \"char_end\": 12, \"reason\": \"song\"}\n");
        assertThat(GoldReader.readNonQuotes(file)).containsExactly(new NonQuote("a", "Blue Moon", 3, 12, "song"));
    }
}
