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
import org.quotable.extractor.QuoteExtractor;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuoteRecord;

/**
 * Time to extract the quotes of one article, at three lengths. Per-article work must be linear in the article's
 * length: the time per paragraph should stay flat from 10 to 1,000 paragraphs.
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

    private QuoteExtractor extractor;
    private ArticleRecord article;

    @Setup public void setUp() {
        extractor = QuoteExtractor.standard();   // models load here, once, as in a build
        article = SyntheticNews.article(paragraphs, 42);
    }

    @Benchmark public List<QuoteRecord> extractOneArticle() {
        return extractor.extract(article);
    }
}
