package io.newsflow.publish.route;

/**
 * Where one article goes by one route.
 *
 * @param route the route's name
 * @param topic the resolved topic
 * @param format the format written there
 */
public record RouteTarget(String route, String topic, RouteFormat format) {}
