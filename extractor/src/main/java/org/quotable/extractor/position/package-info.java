/**
 * Turning found quotations into records: code point offsets, paragraph index and deterministic ids.
 */
@NullMarked
package org.quotable.extractor.position;

import org.jspecify.annotations.NullMarked;
