/**
 * The {@code quotable} command: build, extract, evaluate, release, verify and diff datasets. Uses only the public
 * facades of the extractor and exporter modules.
 */
@NullMarked
package org.quotable.cli;

import org.jspecify.annotations.NullMarked;
