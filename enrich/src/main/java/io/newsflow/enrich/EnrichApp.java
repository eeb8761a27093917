package io.newsflow.enrich;

import io.newsflow.schemas.Topics;
import io.newsflow.schemas.errors.DeadLetterExceptionHandler;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich stage: runs {@link EnrichTopology} with exactly-once processing and dead-lettering of bad records.
 * It owns its Kafka Streams client; {@link #close()} stops it.
 */
public final class EnrichApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichApp.class);

    private final KafkaStreams streams;

    /**
     * @param config the stage's settings
     * @param topics the topics it reads and writes
     * @param clientProperties Kafka client settings (bootstrap.servers, security); they win over nothing newsflow
     *     needs for correctness, which is set last
     * @param onFatal called when the stage dies of an unexpected error, so the process can exit non-zero
     */
    public EnrichApp(EnrichConfig config, Topics topics, Map<String, Object> clientProperties, Consumer<Throwable> onFatal) {
        this.streams = new KafkaStreams(EnrichTopology.build(config, topics), properties(config, topics, clientProperties));
        streams.setUncaughtExceptionHandler(error -> {
            // An exception no handler turned into a dead letter is a bug: stop rather than skip data silently.
            LOG.error("enrich stopped by an unexpected error", error);
            onFatal.accept(error);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    }

    /** Starts processing. */
    public void start() {
        streams.start();
    }

    /** The Kafka Streams state, for health checks. */
    public KafkaStreams.State state() {
        return streams.state();
    }

    @Override
    public void close() {
        streams.close(java.time.Duration.ofSeconds(30));
    }

    static Properties properties(EnrichConfig config, Topics topics, Map<String, Object> clientProperties) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.streamThreads());
        if (config.stateDir() != null) {
            props.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
        }
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // A stream thread processes everything one poll returned before it polls again. At ~20 ms a page, Kafka's
        // 1,000 records would keep the story-clustering task from seeing new repartitioned articles for 20-30 s
        // (and a restarted instance from producing for as long); 50 pages is about a second of work.
        props.putIfAbsent(StreamsConfig.mainConsumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), 50);
        props.putAll(DeadLetterExceptionHandler.streamsConfig(topics.deadLetters().name(), EnrichTopology.STAGE));
        // Raw pages can be several MiB: the producer must accept what the topics accept.
        props.put(StreamsConfig.producerPrefix("max.request.size"), Topics.MAX_MESSAGE_BYTES);
        props.put(StreamsConfig.producerPrefix("compression.type"), "zstd");
        Properties properties = new Properties();
        properties.putAll(props);
        return properties;
    }
}
