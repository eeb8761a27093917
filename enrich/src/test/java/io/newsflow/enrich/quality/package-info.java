/** Tests of the shared scoring functions and the real-page quality gate. */
@NullMarked
package io.newsflow.enrich.quality;

import org.jspecify.annotations.NullMarked;
