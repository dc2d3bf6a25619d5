package org.quotable.extractor;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.quotable.extractor.date.DateResolver;
import org.quotable.extractor.pipeline.ExtractionStage;
import org.quotable.extractor.pipeline.ExtractionState;
import org.quotable.extractor.pipeline.Pipeline;
import org.quotable.extractor.position.Locator;
import org.quotable.extractor.quote.QuoteFinder;
import org.quotable.extractor.reported.ReportedSpeechFinder;
import org.quotable.extractor.role.RoleResolver;
import org.quotable.extractor.speaker.SpeakerResolver;
import org.quotable.extractor.text.TextAnalyzer;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.QuoteType;

/**
 * Extracts the quotations of an article: who said what, in which role, when, and where in the text. Create one and
 * share it: it is immutable and thread-safe, and its sentence model is loaded once, when it is created.
 *
 * <pre>{@code
 * QuoteExtractor extractor = QuoteExtractor.standard();
 * List<QuoteRecord> quotes = extractor.extract(article);
 * }</pre>
 *
 * <p>The work is a {@link Pipeline} of named stages: {@code quotes} ({@link QuoteFinder}), {@code speakers}
 * ({@link SpeakerResolver}), {@code reported} ({@link ReportedSpeechFinder}, reported speech; only when
 * {@link ExtractorOptions#types()} holds {@code indirect}), {@code roles} ({@link RoleResolver}), {@code dates} ({@link DateResolver}) and
 * {@code positions} ({@link Locator}).
 */
public final class QuoteExtractor {
    private final ExtractorOptions options;
    private final Pipeline pipeline;

    private QuoteExtractor(ExtractorOptions options) {
        this.options = options;
        TextAnalyzer analyzer = options.sentences() == ExtractorOptions.Sentences.OPENNLP ? TextAnalyzer.openNlp() : TextAnalyzer.rules();
        List<ExtractionStage> stages = new ArrayList<>(List.of(new QuoteFinder(), new SpeakerResolver()));
        if (options.types().contains(QuoteType.INDIRECT)) stages.add(new ReportedSpeechFinder());
        stages.addAll(List.of(new RoleResolver(), new DateResolver(), new Locator()));
        this.pipeline = new Pipeline(analyzer, stages);
    }

    /** The standard English extractor: {@link ExtractorOptions#DEFAULT}. */
    public static QuoteExtractor standard() {
        return new QuoteExtractor(ExtractorOptions.DEFAULT);
    }

    /** An extractor with the given options. */
    public static QuoteExtractor create(ExtractorOptions options) {
        return new QuoteExtractor(requireNonNull(options, "options"));
    }

    /** The options this extractor was made with. */
    public ExtractorOptions options() {
        return options;
    }

    /** The pipeline's stages, in the order they run. */
    public List<ExtractionStage> stages() {
        return pipeline.stages();
    }

    /** The quotations of {@code article}, in text order. */
    public List<QuoteRecord> extract(ArticleRecord article) {
        List<QuoteRecord> records = run(article).records();
        boolean allTypes = options.types().size() == QuoteType.values().length;
        if (options.keepUnattributed() && allTypes) return records;
        return records.stream().filter(r -> (options.keepUnattributed() || r.speaker() != null)
                && options.types().contains(r.quoteType())).toList();
    }

    /** Runs the whole pipeline and returns its final state, with every intermediate finding, for explanations. */
    public ExtractionState run(ArticleRecord article) {
        return pipeline.run(requireNonNull(article, "article"));
    }
}
