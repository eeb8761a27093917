/** Fetching: bounded HTTP/1.1 downloads with hand-followed redirects, a size cap and a whole-request deadline. */
@NullMarked
package io.newsflow.ingest.fetch;

import org.jspecify.annotations.NullMarked;
