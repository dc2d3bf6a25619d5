package org.quotable.extractor.article;

import java.util.Iterator;
import java.util.List;
import org.quotable.schema.ArticleRecord;

/** A reader of a file that holds exactly one article, already read. */
final class SingleArticleReader implements ArticleReader {
    private final ArticleRecord article;

    SingleArticleReader(ArticleRecord article) {
        this.article = article;
    }

    @Override public Iterator<ArticleRecord> iterator() {
        return List.of(article).iterator();
    }

    @Override public void close() {}
}
