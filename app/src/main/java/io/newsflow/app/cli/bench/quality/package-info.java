/**
 * {@code newsflow bench quality}: extraction quality of newsflow and Readability4J on third-party evaluation pages
 * (trafilatura, fundus, WCXB dev, htmldate), read in each set's own format from the evaluation cache.
 */
@NullMarked
package io.newsflow.app.cli.bench.quality;

import org.jspecify.annotations.NullMarked;
