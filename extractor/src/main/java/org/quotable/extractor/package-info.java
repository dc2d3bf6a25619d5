/**
 * Turns news articles into quotation records. {@link org.quotable.extractor.QuoteExtractor} is the entry point for
 * extraction (configured by {@link org.quotable.extractor.ExtractorOptions}), {@link
 * org.quotable.extractor.article.ArticleSources} for reading articles in every input format.
 *
 * <p>Extraction is a pipeline of named stages ({@code org.quotable.extractor.pipeline}): {@code quotes}
 * ({@code quote}), {@code speakers} ({@code speaker}), {@code roles} ({@code role}), {@code dates} ({@code date}) and
 * {@code positions} ({@code position}). {@code evaluation} scores the result against gold annotations.
 */
@NullMarked
package org.quotable.extractor;

import org.jspecify.annotations.NullMarked;
