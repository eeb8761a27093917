/** Tests of io.newsflow.ingest.discover. */
@NullMarked
package io.newsflow.ingest.discover;

import org.jspecify.annotations.NullMarked;
