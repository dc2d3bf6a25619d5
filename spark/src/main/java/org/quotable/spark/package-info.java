/**
 * Quotable on Apache Spark: {@link org.quotable.spark.QuotableSpark} runs the extraction of {@code quotable build}
 * over articles on any Hadoop path and writes the {@code quotes} and {@code articles} tables with Spark.
 */
@NullMarked
package org.quotable.spark;

import org.jspecify.annotations.NullMarked;
