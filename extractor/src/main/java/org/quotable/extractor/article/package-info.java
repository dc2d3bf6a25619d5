/**
 * Article input: reading text, JSON, JSON Lines, HTML and WARC files into {@link org.quotable.schema.ArticleRecord}s
 * with normalized text, and reporting bad input without stopping the batch.
 */
@NullMarked
package org.quotable.extractor.article;

import org.jspecify.annotations.NullMarked;
