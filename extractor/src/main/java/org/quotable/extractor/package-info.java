/**
 * Turns news articles into quotation records. {@link org.quotable.extractor.QuoteExtractor} is the entry point for
 * extraction, {@link org.quotable.extractor.article.ArticleSources} for reading articles in every input format.
 */
@NullMarked
package org.quotable.extractor;

import org.jspecify.annotations.NullMarked;
