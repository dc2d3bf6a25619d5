/**
 * Lexicons and helpers shared by the extraction stages. Not API: do not depend on this package.
 */
@NullMarked
package org.quotable.extractor.internal;

import org.jspecify.annotations.NullMarked;
