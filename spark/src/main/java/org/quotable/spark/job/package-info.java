/** The extraction job: its options, the Spark plan that reads, extracts and writes, and what a run reports. */
@NullMarked
package org.quotable.spark.job;

import org.jspecify.annotations.NullMarked;
