/**
 * The analysed article text: paragraphs and sentences, found by OpenNLP's sentence model or by rules.
 */
@NullMarked
package org.quotable.extractor.text;

import org.jspecify.annotations.NullMarked;
