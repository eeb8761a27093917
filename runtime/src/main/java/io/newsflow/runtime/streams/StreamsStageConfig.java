package io.newsflow.runtime.streams;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * What a Kafka Streams stage needs besides its topology, read by the stage's own {@code *Config}.
 *
 * @param applicationId Kafka Streams application id: consumer group, transactional-id prefix, internal-topic prefix
 * @param streamThreads stream threads in this instance
 * @param stateDir where local state lives; null for Kafka Streams' default under java.io.tmpdir
 */
public record StreamsStageConfig(String applicationId, int streamThreads, @Nullable Path stateDir) {}
