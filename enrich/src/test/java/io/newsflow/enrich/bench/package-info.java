/**
 * JMH benchmarks of the per-article hot paths (extraction, each enrichment step, Avro serde, compression). Compiled
 * with the tests, never run by them: see docs/performance.md for the command.
 */
@NullMarked
package io.newsflow.enrich.bench;

import org.jspecify.annotations.NullMarked;
