/**
 * Who is who across a dataset: merging the name variants of one speaker over all its articles ("Zelensky",
 * "Volodymyr Zelenskyy", "President Zelensky") into one speakers-table row, keeping apart different people who share
 * a surname. Runs after extraction, on the whole dataset's quotes.
 */
@NullMarked
package org.quotable.extractor.identity;

import org.jspecify.annotations.NullMarked;
