/**
 * HTML pages: the article body of a news page without its navigation, ads, captions and comments
 * ({@link org.quotable.extractor.html.ArticleBodyExtractor}), and what the page says about itself
 * ({@link org.quotable.extractor.html.PageMetadata}).
 */
@NullMarked
package org.quotable.extractor.html;

import org.jspecify.annotations.NullMarked;
