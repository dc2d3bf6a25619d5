package org.quotable.build;

import org.quotable.schema.ArticleRecord;

/**
 * What a build tells its caller while it runs, for a progress display. Called from the building thread, in input
 * order.
 */
public interface BuildListener {
    /** Does nothing. */
    BuildListener SILENT = new BuildListener() {};

    /** There are more articles than files (a JSON Lines or WARC file holds many), so the article total is unknown. */
    default void totalUnknown() {}

    /** One article was read and is about to be written. */
    default void articleRead(ArticleRecord article) {}

    /** One article was written with this many quotes (0 also for an article left out). */
    default void articleDone(int quotes) {}
}
