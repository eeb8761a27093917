/** The {@code newsflow bench} commands: single-thread throughput of pipeline stages over saved pages. */
@NullMarked
package io.newsflow.app.cli.bench;

import org.jspecify.annotations.NullMarked;
