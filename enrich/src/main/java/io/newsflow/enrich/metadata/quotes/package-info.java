/** Direct quotations in an article body and who said them. */
@NullMarked
package io.newsflow.enrich.metadata.quotes;

import org.jspecify.annotations.NullMarked;
