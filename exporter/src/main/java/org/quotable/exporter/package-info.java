/**
 * The exporter's entry points: {@link org.quotable.exporter.Exports} writes datasets in CSV, JSON Lines and
 * Parquet; {@link org.quotable.exporter.Releases} publishes, verifies and compares immutable dataset releases.
 */
@NullMarked
package org.quotable.exporter;

import org.jspecify.annotations.NullMarked;
