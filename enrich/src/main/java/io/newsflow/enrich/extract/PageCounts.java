package io.newsflow.enrich.extract;

/**
 * Counts of page-type evidence gathered by {@link PageSignalsCollector}, outside comments and related boxes.
 *
 * @param liveMarkers elements whose class/id says live blog or ticker
 * @param timestamps {@code <time>} elements
 * @param images images (a figure counts once)
 * @param videos video players ({@code <video>}, video iframes)
 * @param paywallMarkers elements whose class/id says paywall or registration wall
 */
record PageCounts(int liveMarkers, int timestamps, int images, int videos, int paywallMarkers) {}
