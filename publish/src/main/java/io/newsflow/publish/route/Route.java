package io.newsflow.publish.route;

/**
 * A configured route: articles that satisfy {@code when} are also written to {@code topic}, in {@code format}.
 *
 * @param name the route's name, in the route-name header and in errors
 * @param topic the topic, fixed or templated
 * @param format Avro or JSON
 * @param when which articles it takes
 */
public record Route(String name, TopicTemplate topic, RouteFormat format, RouteCondition when) {}
