/** Reprocessing the raw topic's history into versioned output topics beside the live pipeline. */
@NullMarked
package io.newsflow.app.reprocess;

import org.jspecify.annotations.NullMarked;
