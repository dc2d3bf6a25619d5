/**
 * Attributing quotations: sieves from the most to the least precise, and resolving mentions to full names.
 */
@NullMarked
package org.quotable.extractor.speaker;

import org.jspecify.annotations.NullMarked;
