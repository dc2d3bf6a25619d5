package org.quotable.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotable.extractor.article.ArticleReader;
import org.quotable.extractor.article.ArticleSources;
import org.quotable.extractor.evaluation.EvaluationResult;
import org.quotable.extractor.evaluation.Evaluator;
import org.quotable.extractor.evaluation.GoldReader;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.QuoteType;
import org.quotable.schema.SpeakerType;

class QuoteExtractorTest {
    private static final Path SAMPLE = Path.of("..", "datasets", "ukraine-peace-talks");
    private static final QuoteExtractor EXTRACTOR = QuoteExtractor.standard();

    private static ArticleRecord sampleArticle() throws IOException {
        try (ArticleReader reader = ArticleSources.open(SAMPLE.resolve("articles/000_cc0ee6b833456252.txt"))) {
            var all = new ArrayList<ArticleRecord>();
            reader.forEach(all::add);
            return all.get(0);
        }
    }

    @Test void theStagesRunInOrder() {
        assertThat(EXTRACTOR.stages()).extracting(s -> s.name())
                .containsExactly("quotes", "speakers", "roles", "dates", "positions");
        var withReportedSpeech = QuoteExtractor.create(ExtractorOptions.DEFAULT.toBuilder()
                .types(java.util.EnumSet.allOf(org.quotable.schema.QuoteType.class)).get());
        assertThat(withReportedSpeech.stages()).extracting(s -> s.name())
                .containsExactly("quotes", "speakers", "reported", "roles", "dates", "positions");
    }

    @Test void theSampleArticleMatchesItsHandWrittenGoldExactly() throws IOException {
        ArticleRecord article = sampleArticle();
        EvaluationResult result = Evaluator.evaluate(EXTRACTOR, List.of(article),
                GoldReader.read(SAMPLE.resolve("gold/quotes.jsonl")));
        assertThat(result.misses()).isEmpty();
        assertThat(result.exact().f1()).isEqualTo(1.0);
        assertThat(result.speakerFullName().correct()).isEqualTo(13);
        assertThat(result.role().correct()).isEqualTo(13);
        assertThat(result.date().correct()).isEqualTo(13);
    }

    @Test void theScareQuoteInTheSampleIsAttributedToNoOne() throws IOException {
        List<QuoteRecord> quotes = EXTRACTOR.extract(sampleArticle());
        // Reported speech around it may hold it as written; no quotation row is the scare quote itself.
        assertThat(quotes).filteredOn(q -> q.quoteType() != QuoteType.INDIRECT).extracting(QuoteRecord::quote)
                .noneMatch(q -> q.contains("Article 5"));
    }

    @Test void recordsExplainTheirAttribution() throws IOException {
        QuoteRecord leader = EXTRACTOR.extract(sampleArticle()).stream()
                .filter(q -> q.quote().equals("destructive")).findFirst().orElseThrow();
        assertThat(leader.speaker()).isEqualTo("Volodymyr Zelensky");
        assertThat(leader.speakerMention()).isEqualTo("The Ukrainian leader");
        assertThat(leader.cue()).isEqualTo("noted");
        assertThat(leader.role()).isEqualTo("Ukrainian President");
        assertThat(leader.quoteType()).isEqualTo(QuoteType.PARTIAL);
        assertThat(leader.speakerType()).isEqualTo(SpeakerType.PERSON);
        assertThat(leader.confidence()).isBetween(0.5, 0.9);
    }

    @Test void rulesAndOpenNlpSentencesGiveTheSameSample() throws IOException {
        ArticleRecord article = sampleArticle();
        assertThat(QuoteExtractor.create(ExtractorOptions.OPENNLP).extract(article))
                .isEqualTo(QuoteExtractor.create(ExtractorOptions.DEFAULT).extract(article));
    }

    @Test void unattributedQuotesCanBeLeftOut() {
        String text = "\"Nobody knows who said this sentence.\"";
        assertThat(EXTRACTOR.extract(TestArticles.of(text))).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isNull());
        assertThat(QuoteExtractor.create(ExtractorOptions.DEFAULT.toBuilder().keepUnattributed(false).get())
                .extract(TestArticles.of(text))).isEmpty();
    }
}
