package org.quotable.extractor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.DateBasis;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.QuoteType;

/**
 * Extracts the quotations of an article. Create one and share it: it is immutable and thread-safe, and whatever it
 * loads is loaded once.
 *
 * <p>This first version finds double-quoted stretches only; attribution comes with the extraction pipeline.
 */
public final class QuoteExtractor {
    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"“”\\n]+)[\"”]");

    private QuoteExtractor() {}

    /** The standard English extractor. */
    public static QuoteExtractor standard() {
        return new QuoteExtractor();
    }

    /** The quotations of {@code article}, in text order. */
    public List<QuoteRecord> extract(ArticleRecord article) {
        String text = article.text();
        var quotes = new ArrayList<QuoteRecord>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            int start = text.codePointCount(0, m.start(1));
            int end = start + text.codePointCount(m.start(1), m.end(1));
            int paragraph = paragraphIndex(text, m.start(1));
            var basis = article.published() == null ? DateBasis.UNKNOWN : DateBasis.PUBLISHED;
            quotes.add(new QuoteRecord(QuoteRecord.idOf(article.articleId(), start, end), article.articleId(),
                    m.group(1), QuoteType.DIRECT, null, null, null, null, null, article.published(), basis,
                    paragraph, start, end, 0.1));
        }
        return quotes;
    }

    private static int paragraphIndex(String text, int charIndex) {
        int paragraph = 0;
        for (int i = text.indexOf("\n\n"); i >= 0 && i < charIndex; i = text.indexOf("\n\n", i + 2)) paragraph++;
        return paragraph;
    }
}
