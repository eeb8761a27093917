/** Publish routes: which articles go to which extra topics, in which format, and the records written there. */
@NullMarked
package io.newsflow.publish.route;

import org.jspecify.annotations.NullMarked;
