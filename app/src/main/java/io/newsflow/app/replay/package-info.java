/** Replaying archives into the raw topic: the clients and the progress the ingest replay needs. */
@NullMarked
package io.newsflow.app.replay;

import org.jspecify.annotations.NullMarked;
