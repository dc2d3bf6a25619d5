/** Spark SQL schemas of Quotable's tables, derived from the schema module and never written by hand. */
@NullMarked
package org.quotable.spark.sql;

import org.jspecify.annotations.NullMarked;
