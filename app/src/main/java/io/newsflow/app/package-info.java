/** The newsflow command: runs any stage or all, hosts the embedded broker. */
@NullMarked
package io.newsflow.app;

import org.jspecify.annotations.NullMarked;
