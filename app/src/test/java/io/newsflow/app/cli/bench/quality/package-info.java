/** Tests of {@code newsflow bench quality} on a small cache in each set's native format. */
@NullMarked
package io.newsflow.app.cli.bench.quality;

import org.jspecify.annotations.NullMarked;
