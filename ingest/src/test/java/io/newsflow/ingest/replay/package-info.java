/** Tests of replay: archive readers, the replayed records, filters and the transactional batches. */
@NullMarked
package io.newsflow.ingest.replay;

import org.jspecify.annotations.NullMarked;
