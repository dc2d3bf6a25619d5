package org.quotable.extractor.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.quotable.extractor.text.TextAnalyzer;
import org.quotable.schema.ArticleRecord;

/**
 * A chain of extraction stages run in order over one article at a time. Immutable and thread-safe when its stages
 * and analyzer are.
 *
 * <pre>{@code
 * var pipeline = new Pipeline(TextAnalyzer.rules(), List.of(new QuoteFinder(), new SpeakerResolver(), ...));
 * ExtractionState done = pipeline.run(article);
 * }</pre>
 */
public final class Pipeline {
    private final TextAnalyzer analyzer;
    private final List<ExtractionStage> stages;

    /** A pipeline that analyses the text with {@code analyzer}, then runs {@code stages} in order. */
    public Pipeline(TextAnalyzer analyzer, List<ExtractionStage> stages) {
        this.analyzer = requireNonNull(analyzer, "analyzer");
        this.stages = List.copyOf(stages);
        if (this.stages.isEmpty()) throw new IllegalArgumentException("A pipeline needs at least one stage");
    }

    /** The stages, in the order they run. */
    public List<ExtractionStage> stages() {
        return stages;
    }

    /** Runs every stage over {@code article} and returns the final state. */
    public ExtractionState run(ArticleRecord article) {
        var state = ExtractionState.start(article, analyzer.analyze(article.text()));
        for (ExtractionStage stage : stages) state = requireNonNull(stage.apply(state), stage.name());
        return state;
    }
}
