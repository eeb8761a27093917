/** Tests of the ingest stage as a whole. */
@NullMarked
package io.newsflow.ingest;

import org.jspecify.annotations.NullMarked;
