/**
 * Finding quotations: quotation marks of every convention, multi-paragraph quotes, and direct versus partial quotes.
 */
@NullMarked
package org.quotable.extractor.quote;

import org.jspecify.annotations.NullMarked;
