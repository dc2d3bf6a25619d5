/**
 * The extraction pipeline: the stage contract, the state that flows between stages, and the runner that chains them.
 */
@NullMarked
package org.quotable.extractor.pipeline;

import org.jspecify.annotations.NullMarked;
