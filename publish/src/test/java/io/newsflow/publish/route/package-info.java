/** Tests of publish routes. */
@NullMarked
package io.newsflow.publish.route;

import org.jspecify.annotations.NullMarked;
