/**
 * The single source of truth for Quotable's tables: every field's name, type, nullability and meaning, and the
 * schema version. The CSV header, the JSON Schema of a JSON Lines row, the Parquet schema and the documentation's
 * field tables are all derived from {@link org.quotable.schema.QuotableSchema}, never written by hand.
 */
@NullMarked
package org.quotable.schema;

import org.jspecify.annotations.NullMarked;
