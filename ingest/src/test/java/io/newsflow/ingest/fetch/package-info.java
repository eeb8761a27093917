/** Tests of io.newsflow.ingest.fetch. */
@NullMarked
package io.newsflow.ingest.fetch;

import org.jspecify.annotations.NullMarked;
