package io.newsflow.runtime.streams;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.newsflow.runtime.Stage;
import io.newsflow.runtime.StageHealth;
import io.newsflow.runtime.StageInput;
import io.newsflow.runtime.deadletter.DeadLetterExceptionHandler;
import io.newsflow.schemas.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stage that runs one Kafka Streams topology, wired the same way for every such stage: exactly-once v2, bad records
 * to the dead-letter topic through {@link DeadLetterExceptionHandler}, an unexpected error stops the stage (and the
 * process then exits non-zero for the orchestrator to restart it), the producer accepts what the topics accept, and a
 * short session timeout so that a replacement of a crashed instance gets its partitions within seconds.
 */
public abstract class StreamsStage implements Stage {

    /**
     * Session timeout unless the operator sets {@code kafka.session.timeout.ms}: a member that died without leaving
     * holds its partitions this long (Kafka's default, 45 s, is the 45-55 s gap a restarted instance saw). 10 s is
     * above the broker's minimum (6 s) and three heartbeats.
     */
    static final int SESSION_TIMEOUT_MS = 10_000;
    static final int HEARTBEAT_INTERVAL_MS = 3_000;

    /** Records a stream thread takes per poll; see {@link #properties}. */
    static final int MAX_POLL_RECORDS = 10;

    /** Bytes a stream thread's consumer fetches per input partition at a time: a few real-size pages. */
    static final int MAX_PARTITION_FETCH_BYTES = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(StreamsStage.class);

    private final String name;
    private final StageInput input;
    private final String outputTopic;
    private final KafkaStreams streams;
    private final AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
    private @Nullable KafkaStreamsMetrics clientMetrics;

    /**
     * @param name the stage name (dead letters, meters, logs)
     * @param topology the topology to run
     * @param config application id, threads, state directory
     * @param topics the pipeline's topics (the dead-letter topic among them)
     * @param inputTopic the topic the topology consumes, for lag and records-in
     * @param outputTopic the topic its results go to, for records-out
     * @param clientProperties Kafka client settings (bootstrap.servers, security); what exactly-once and dead-lettering
     *     need is set over them
     * @param meters where dead letters are counted
     */
    protected StreamsStage(String name, Topology topology, StreamsStageConfig config, Topics topics, String inputTopic,
            String outputTopic, Map<String, Object> clientProperties, MeterRegistry meters) {
        this.name = name;
        this.input = new StageInput(config.applicationId(), inputTopic);
        this.outputTopic = outputTopic;
        this.streams = new KafkaStreams(topology, properties(name, config, topics, clientProperties, meters));
        ThreadFailurePolicy policy = new ThreadFailurePolicy();
        streams.setUncaughtExceptionHandler(error -> {
            StreamThreadExceptionResponse response = policy.respond(error);
            if (response == StreamThreadExceptionResponse.REPLACE_THREAD) {
                LOG.warn("{}: a stream thread failed on a Kafka error; replacing it (its open transaction is aborted, "
                        + "its records are processed again)", name, error);
                return response;
            }
            // An exception no handler turned into a dead letter is a bug: stop rather than skip data silently.
            LOG.error("{} stopped by an unexpected error", name, error);
            failure.compareAndSet(null, error);
            return response;
        });
    }

    /**
     * The Kafka Streams properties of a stage.
     *
     * @param clientProperties the operator's client settings; correctness settings are set over them, tunings
     *     (session timeout) only where the operator set none
     */
    public static Properties properties(String stage, StreamsStageConfig config, Topics topics,
            Map<String, Object> clientProperties, MeterRegistry meters) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, SESSION_TIMEOUT_MS);
        props.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, HEARTBEAT_INTERVAL_MS);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.streamThreads());
        if (config.stateDir() != null) {
            props.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
        }
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // A stream thread processes everything one poll returned before it polls again, so what one poll returns is
        // queued ahead of the story-clustering task's next input. At 20 ms a page (100-200 ms on a loaded machine),
        // ten pages keep that wait to a fraction of a second (a second or two); polls are cheap.
        props.putIfAbsent(StreamsConfig.mainConsumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), MAX_POLL_RECORDS);
        // The consumer hands out fetched data in the order it arrived, and fetches a partition again only once its
        // data is handed out. With Kafka's 1 MiB per partition, each input partition's fetch held ~100 real-size
        // pages, and a task that reads what other tasks write (story clustering, through a repartition topic) got
        // its input only behind all of them: in bursts every 10-30 s, and 20-80 s after a restart. Small fetches
        // keep the queue ahead of it to a few pages per partition; the consumer still fetches ahead.
        props.putIfAbsent(StreamsConfig.mainConsumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG),
                MAX_PARTITION_FETCH_BYTES);
        props.putAll(DeadLetterExceptionHandler.streamsConfig(topics.deadLetters().name(), stage, meters));
        // Raw pages can be several MiB: the producer must accept what the topics accept.
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), Topics.MAX_MESSAGE_BYTES);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
        Properties properties = new Properties();
        properties.putAll(props);
        return properties;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void start() {
        streams.start();
    }

    /** The Kafka Streams state. */
    public KafkaStreams.State state() {
        return streams.state();
    }

    @Override
    public StageHealth health() {
        Throwable error = failure.get();
        if (error != null) {
            return StageHealth.notReady("FAILED", name + " stopped: " + error);
        }
        KafkaStreams.State state = streams.state();
        return state == KafkaStreams.State.RUNNING ? StageHealth.ready(state.name())
                : StageHealth.notReady(state.name(), name + " is " + state + ", not RUNNING");
    }

    @Override
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure.get());
    }

    @Override
    public Optional<StageInput> input() {
        return Optional.of(input);
    }

    @Override
    public void bindMetrics(MeterRegistry registry) {
        Tags tags = Tags.of("stage", name);
        clientMetrics = new KafkaStreamsMetrics(streams, tags);
        clientMetrics.bindTo(registry);
        FunctionCounter.builder(
                        "newsflow.records.in",
                        streams,
                        s -> KafkaMetricSums.sum(
                                s.metrics(), "consumer-fetch-manager-metrics", "records-consumed-total", input.topic()))
                .description("Records the stage consumed from its input topic")
                .tags(tags)
                .register(registry);
        FunctionCounter.builder(
                        "newsflow.records.out",
                        streams,
                        s -> KafkaMetricSums.sum(
                                s.metrics(), "producer-topic-metrics", "record-send-total", outputTopic))
                .description("Records the stage sent to its output topic")
                .tags(tags)
                .register(registry);
        Gauge.builder("newsflow.consumer.lag", streams, s -> KafkaMetricSums.lag(s.metrics()))
                .description("Records of the input not yet consumed by this instance (sum over its partitions)")
                .tags(tags).register(registry);
    }

    @Override
    public void close(Duration deadline) {
        // Leave the group on a clean stop, so a replacement instance need not wait out the session timeout.
        boolean closed = streams.close(CloseOptions.groupMembershipOperation(
                CloseOptions.GroupMembershipOperation.LEAVE_GROUP).withTimeout(deadline));
        if (!closed) {
            // the process exits next; an unfinished transaction is aborted by the broker and redone by the next owner
            LOG.warn("{} did not stop within {}; its open transaction, if any, will be aborted", name, deadline);
        }
        if (clientMetrics != null) {
            clientMetrics.close();
        }
    }
}
