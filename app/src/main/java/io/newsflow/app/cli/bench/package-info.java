/** Benchmarks of the pipeline steps, run on saved pages: {@code newsflow bench ...}. */
@NullMarked
package io.newsflow.app.cli.bench;

import org.jspecify.annotations.NullMarked;
