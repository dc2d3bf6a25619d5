/**
 * Writing a whole dataset (the quotes and articles tables) in several formats at once, into an output folder on
 * any Hadoop file system, with files that appear only when complete.
 */
@NullMarked
package org.quotable.exporter.dataset;

import org.jspecify.annotations.NullMarked;
