/** JMH benchmarks of extraction and export. Run {@code bench/run.sh}; results go into {@code docs/benchmarks.md}. */
@NullMarked
package org.quotable.bench;

import org.jspecify.annotations.NullMarked;
