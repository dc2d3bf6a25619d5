/**
 * Article input: reading text, Markdown, JSON, JSON Lines, HTML and WARC files (each optionally gzip-compressed) into
 * {@link org.quotable.schema.ArticleRecord}s with normalized text, and reporting bad input as
 * {@link org.quotable.extractor.article.ArticleProblem}s without stopping the batch.
 *
 * <p>{@link org.quotable.extractor.article.ArticleSources} is the entry point: {@code files(base, globs)} finds the
 * inputs in a deterministic order, {@code open(file, options, problems)} reads one file, and
 * {@code openAll(files, options, problems)} reads a whole batch, reporting unreadable files and duplicate articles.
 * {@link org.quotable.extractor.article.ReadOptions} holds the size limits;
 * {@link org.quotable.extractor.article.TextNormalizer} is the one place text is normalized.
 */
@NullMarked
package org.quotable.extractor.article;

import org.jspecify.annotations.NullMarked;
