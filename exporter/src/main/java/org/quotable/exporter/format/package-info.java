/**
 * One small streaming writer and reader per file format (CSV, JSON Lines, Parquet), each generic over a schema
 * {@link org.quotable.schema.Table}, and the Parquet schema derived from a table.
 */
@NullMarked
package org.quotable.exporter.format;

import org.jspecify.annotations.NullMarked;
