/** Tests of io.newsflow.ingest.publish. */
@NullMarked
package io.newsflow.ingest.publish;

import org.jspecify.annotations.NullMarked;
