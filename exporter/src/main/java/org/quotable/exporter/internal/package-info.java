/** Helpers of the exporter that are not API: do not depend on them from outside the exporter module. */
@NullMarked
package org.quotable.exporter.internal;

import org.jspecify.annotations.NullMarked;
