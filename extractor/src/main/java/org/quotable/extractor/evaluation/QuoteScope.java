package org.quotable.extractor.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.QuoteType;

/**
 * Which quotations an evaluation scores: quotations in marks ({@code direct}, the historical default), reported
 * speech ({@code indirect}), or both together. Each scope picks the gold annotations and the predictions it compares
 * and then scores them by {@link Evaluator}'s convention (one-to-one matching per article, exact and overlap,
 * speaker on matched proper-name gold).
 *
 * <ul>
 *   <li>{@link #DIRECT}: gold direct and partial quotations against predictions that are not {@code indirect};
 *       predictions inside a {@code mixed} indirect annotation are ignored. Exactly the scores before reported speech
 *       was extracted.</li>
 *   <li>{@link #INDIRECT}: gold indirect annotations against {@code indirect} predictions. The content span is
 *       compared like a quote (trimmed of whitespace and punctuation at both ends); nothing is ignored.</li>
 *   <li>{@link #ALL}: every gold annotation against every prediction; quoted fragments inside a {@code mixed}
 *       annotation that match no gold are still ignored, as in {@link #DIRECT}.</li>
 * </ul>
 */
public enum QuoteScope {
    DIRECT, INDIRECT, ALL;

    /** Scores {@code predicted} (by article id) against the gold annotations of this scope. */
    public EvaluationResult evaluate(Map<String, List<QuoteRecord>> predicted, Collection<GoldQuote> gold) {
        return evaluate(predicted, gold, List.of(), Convention.of(gold));
    }

    /** Scores {@code predicted} against the gold annotations of this scope and the non-quotations, by {@code convention}. */
    public EvaluationResult evaluate(Map<String, List<QuoteRecord>> predicted, Collection<GoldQuote> gold,
                                     Collection<NonQuote> nonQuotes, Convention convention) {
        var chosen = new LinkedHashMap<String, List<QuoteRecord>>();
        for (var e : predicted.entrySet()) chosen.put(e.getKey(), predictions(e.getValue()));
        return Evaluator.evaluate(chosen, gold(gold), nonQuotes, convention);
    }

    /** The predictions this scope scores. */
    public List<QuoteRecord> predictions(List<QuoteRecord> records) {
        return switch (this) {
            case DIRECT -> records.stream().filter(r -> r.quoteType() != QuoteType.INDIRECT).toList();
            case INDIRECT -> records.stream().filter(r -> r.quoteType() == QuoteType.INDIRECT).toList();
            case ALL -> records;
        };
    }

    /**
     * The gold annotations as {@link Evaluator} reads them: the ones this scope scores are quotations to find; the
     * mixed indirect ones stay as they are where fragments inside them are to be ignored.
     */
    List<GoldQuote> gold(Collection<GoldQuote> gold) {
        if (this == DIRECT) return List.copyOf(gold);
        var out = new ArrayList<GoldQuote>();
        for (GoldQuote g : gold) {
            if (g.isQuotation()) {
                if (this == ALL) out.add(g);
                continue;
            }
            out.add(new GoldQuote(g.articleId(), g.quote(), g.start(), g.end(), g.speaker(), g.speakerKind(), g.role(),
                    g.date(), SCORED_INDIRECT, false));
            if (this == ALL && g.mixed()) out.add(g);
        }
        return out;
    }

    /** The type an indirect annotation is scored under: any type but {@code indirect} makes it a quotation to find. */
    private static final String SCORED_INDIRECT = "indirect-scored";
}
