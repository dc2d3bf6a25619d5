/**
 * Immutable, verifiable dataset releases: publishing a version into {@code releases/X.Y.Z/} atomically, with its
 * metadata (Frictionless Data Package, Croissant, a dataset card, SHA256SUMS, CHANGELOG), verifying a release, and
 * comparing two.
 */
@NullMarked
package org.quotable.exporter.release;

import org.jspecify.annotations.NullMarked;
