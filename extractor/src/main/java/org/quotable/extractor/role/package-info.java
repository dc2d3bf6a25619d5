/**
 * The speaker's title or affiliation, taken from where the article introduces the person.
 */
@NullMarked
package org.quotable.extractor.role;

import org.jspecify.annotations.NullMarked;
