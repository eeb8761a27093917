package io.newsflow.publish.route;

/** How a route writes articles: Avro single-object encoding like newsflow.articles.v1, or one JSON object. */
public enum RouteFormat {
    /** Avro single-object encoding of {@code Article}, the default. */
    AVRO,
    /** One JSON object per record, with the Avro field names and ISO-8601 times (Kafka Connect's JsonConverter). */
    JSON
}
