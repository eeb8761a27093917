/**
 * Scoring of extraction output against third-party gold labels: body shingle F1, snippet counts, fuzzy headline and
 * author matches, same-day dates, and the TUNE/MEASURE split of evaluation items. Shared by the real-page quality
 * gate (tests) and {@code newsflow bench quality}, so both measure the same way.
 */
@NullMarked
package io.newsflow.enrich.quality;

import org.jspecify.annotations.NullMarked;
