/** Integration tests of story clustering on a real broker: the same clusters whatever the partition count. */
@NullMarked
package io.newsflow.app.it.stories;

import org.jspecify.annotations.NullMarked;
