/**
 * Scoring extracted quotations against gold annotations: precision, recall, F1 and attribution accuracy.
 */
@NullMarked
package org.quotable.extractor.evaluation;

import org.jspecify.annotations.NullMarked;
