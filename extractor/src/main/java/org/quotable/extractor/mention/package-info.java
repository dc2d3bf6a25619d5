/**
 * Resolving a mention of someone at a position in an article ("he", "the minister", "Smith", "the ministry") to the
 * person or organisation it names, with the role the article gives them. Used by every stage that attributes words
 * to someone.
 */
@NullMarked
package org.quotable.extractor.mention;

import org.jspecify.annotations.NullMarked;
