/**
 * Reported speech: attributions without quotation marks ({@code Ames said the plan would fail},
 * {@code according to the ministry, 40 people died}), found clause by clause and turned into {@code indirect}
 * quotations whose text is the reporter's paraphrase.
 */
@NullMarked
package org.quotable.extractor.reported;

import org.jspecify.annotations.NullMarked;
