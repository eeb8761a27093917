/** Quality benchmarks on third-party labelled data in the evaluation cache: {@code newsflow bench quality ...}. */
@NullMarked
package io.newsflow.app.cli.bench.quality;

import org.jspecify.annotations.NullMarked;
