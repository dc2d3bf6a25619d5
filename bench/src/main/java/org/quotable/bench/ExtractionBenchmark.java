package org.quotable.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.quotable.extractor.ExtractorOptions;
import org.quotable.extractor.QuoteExtractor;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.QuoteType;

/**
 * Time to extract the quotes of one article, at three lengths. Per-article work must be linear in the article's
 * length: the time per paragraph should stay flat from 10 to 1,000 paragraphs. {@code types} compares the default
 * extractor ({@code all}, reported speech included) with one that leaves reported speech out
 * ({@code direct,partial}): the difference is the cost of the {@code reported} stage.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {
    @Param({"10", "100", "1000"})
    int paragraphs;

    @Param({"all", "direct,partial"})
    String types;

    private QuoteExtractor extractor;
    private ArticleRecord article;

    @Setup public void setUp() {
        var kinds = java.util.EnumSet.allOf(QuoteType.class);
        if (!types.equals("all")) kinds.removeIf(t -> !List.of(types.split(",")).contains(t.label()));
        extractor = QuoteExtractor.create(ExtractorOptions.DEFAULT.toBuilder().types(kinds).get()); // models load here, once
        article = SyntheticNews.article(paragraphs, 42);
    }

    @Benchmark public List<QuoteRecord> extractOneArticle() {
        return extractor.extract(article);
    }
}
