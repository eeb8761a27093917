package io.newsflow.runtime;

/**
 * What a stage consumes, to measure how far behind it is.
 *
 * @param group the consumer group (a Kafka Streams application id)
 * @param topic the input topic
 */
public record StageInput(String group, String topic) {}
