/**
 * When a statement was made: explicit dates, weekdays and relative words, or the publication date.
 */
@NullMarked
package org.quotable.extractor.date;

import org.jspecify.annotations.NullMarked;
