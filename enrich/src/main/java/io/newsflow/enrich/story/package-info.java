/** Story fingerprints (SimHash) and the state store that clusters near-duplicate articles. */
@NullMarked
package io.newsflow.enrich.story;

import org.jspecify.annotations.NullMarked;
