package org.quotable.extractor.evaluation;

import static java.util.Objects.requireNonNull;

/**
 * A quoted stretch that is not a quotation (a title of a work, a nickname, a scare quote, a term), as a gold set
 * marks it. Extracting one costs precision; giving one a speaker is an error. Immutable.
 *
 * @param articleId the article's own id
 * @param quote     the words between the marks
 * @param start     code point offset of the words in the article's text
 * @param end       code point offset just past them
 * @param reason    why it is not a quotation, as annotated, or ""
 */
public record NonQuote(String articleId, String quote, int start, int end, String reason) {
    public NonQuote {
        requireNonNull(articleId, "articleId");
        requireNonNull(quote, "quote");
        requireNonNull(reason, "reason");
    }
}
