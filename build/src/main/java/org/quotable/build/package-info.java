/**
 * Building a dataset: its definition ({@code dataset.yaml}), input discovery, extraction in input order with the
 * extraction cache, the speakers pass, the build folder replaced as a set and its manifest. The quotable command
 * and the Spark job both build through {@link org.quotable.build.Builds}; neither re-implements it.
 */
@NullMarked
package org.quotable.build;

import org.jspecify.annotations.NullMarked;
