/**
 * Fault tests: each stage and the broker in a JVM of its own, killed with SIGKILL mid-stream and restarted, with
 * every input article accounted for afterwards; the page generator and process handles they use.
 */
@NullMarked
package io.newsflow.app.it.faults;

import org.jspecify.annotations.NullMarked;
