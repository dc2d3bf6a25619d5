/**
 * Implementation details of the Spark job (parsing of article lines, Spark row conversion, the per-JVM extractor).
 * Not API: do not depend on this package.
 */
@NullMarked
package org.quotable.spark.internal;

import org.jspecify.annotations.NullMarked;
