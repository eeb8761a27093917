/**
 * {@code newsflow bench quality}: extraction and entity quality of newsflow (and Readability4J) on third-party
 * evaluation data (trafilatura, fundus, WCXB dev, htmldate; GermEval, GUM, UNER), read in each set's own format from
 * the evaluation cache.
 */
@NullMarked
package io.newsflow.app.cli.bench.quality;

import org.jspecify.annotations.NullMarked;
