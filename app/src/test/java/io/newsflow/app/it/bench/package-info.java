/** Integration tests of the benchmark commands that run stages against a real broker. */
@NullMarked
package io.newsflow.app.it.bench;

import org.jspecify.annotations.NullMarked;
