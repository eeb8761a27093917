package io.newsflow.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.ingest.discover.DiscoveredUrl;
import io.newsflow.ingest.publish.IngestPublisher;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.avro.FrontierEntry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frontier on a Kafka topic keyed by host, consumed by every ingest instance as one consumer group: Kafka gives
 * each partition, and so each host, to one instance at a time. Offsets are committed only once a batch's outcomes
 * are acknowledged, so the URLs of an instance that stops mid-batch are taken again by the next owner, whose seen-set
 * (caught up on assignment) keeps it from fetching again what was fetched.
 *
 * <p>Used only from the pass thread: the consumer is not thread-safe.
 */
final class KafkaFrontier implements Frontier {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaFrontier.class);
    private static final Duration POLL = Duration.ofMillis(100);

    private final Consumer<byte[], byte[]> consumer;
    private final Topic<String, FrontierEntry> topic;
    private final IngestPublisher publisher;
    private final Clock clock;
    private final Runnable onAssigned;
    private final BooleanSupplier stopping;
    private final Counter undecodable;
    private final List<ConsumerRecord<byte[], byte[]>> buffered = new ArrayList<>();
    private final Map<TopicPartition, OffsetAndMetadata> taken = new HashMap<>();
    private boolean subscribed;

    /**
     * @param consumer a consumer in the fetchers' group (the app owns and closes it)
     * @param onAssigned runs in the pass thread when partitions (hosts) are handed to this instance, before any of
     *     their URLs is taken
     * @param stopping whether the app is closing (joining stops waiting)
     */
    KafkaFrontier(Consumer<byte[], byte[]> consumer, Topic<String, FrontierEntry> topic, IngestPublisher publisher,
            Clock clock, Runnable onAssigned, BooleanSupplier stopping, MeterRegistry meters) {
        this.consumer = consumer;
        this.topic = topic;
        this.publisher = publisher;
        this.clock = clock;
        this.onAssigned = onAssigned;
        this.stopping = stopping;
        this.undecodable = Counter.builder("newsflow.ingest.frontier.undecodable")
                .description("frontier records that could not be decoded and were skipped").register(meters);
    }

    @Override
    public void join(Duration wait) {
        if (!subscribed) {
            consumer.subscribe(List.of(topic.name()), new Listener());
            subscribed = true;
        }
        long end = System.nanoTime() + wait.toNanos();
        do {
            // poll also runs any re-balance; what it returns is kept for take()
            consumer.poll(buffered.isEmpty() ? POLL : Duration.ZERO).forEach(buffered::add);
        } while (!joined() && System.nanoTime() < end && !stopping.getAsBoolean());
        if (!joined() && !stopping.getAsBoolean()) {
            throw new IllegalStateException("ingest could not join the consumer group of " + topic.name() + " within "
                    + wait + ": is the broker reachable, and the group coordinator up?");
        }
    }

    /** Whether the consumer took part in a re-balance of the group yet (it may own no partition: more instances). */
    private boolean joined() {
        return consumer.groupMetadata().generationId() >= 0;
    }

    @Override
    public boolean owns(String key) {
        int partitions = consumer.partitionsFor(topic.name()).size();
        byte[] bytes = topic.keySerde().serializer().serialize(topic.name(), key);
        // the producer's default partitioner for keyed records
        int partition = Utils.toPositive(Utils.murmur2(bytes)) % partitions;
        return consumer.assignment().contains(new TopicPartition(topic.name(), partition));
    }

    @Override
    public void offer(DiscoveredUrl url, String host) {
        publisher.offer(host, new FrontierEntry(url.url(), url.discovery()), clock.instant());
    }

    @Override
    public List<DiscoveredUrl> take() {
        while (buffered.isEmpty() && !consumer.assignment().isEmpty() && !caughtUp() && !stopping.getAsBoolean()) {
            consumer.poll(POLL).forEach(buffered::add);
        }
        List<DiscoveredUrl> urls = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : buffered) {
            taken.put(
                    new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
            decode(record).ifPresent(urls::add);
        }
        buffered.clear();
        return urls;
    }

    private boolean caughtUp() {
        Set<TopicPartition> assigned = consumer.assignment();
        Map<TopicPartition, Long> ends = consumer.endOffsets(assigned);
        return assigned.stream()
                .allMatch(partition -> consumer.position(partition) >= ends.getOrDefault(partition, 0L));
    }

    private Optional<DiscoveredUrl> decode(ConsumerRecord<byte[], byte[]> record) {
        try {
            FrontierEntry entry = topic.valueSerde().deserializer().deserialize(topic.name(), record.headers(),
                    record.value());
            return Optional.of(new DiscoveredUrl(entry.getUrl(), entry.getDiscovery()));
        } catch (RuntimeException e) {
            // Safe to skip: the frontier is ingest's own queue, and the source that listed the URL lists it again
            // on its next read. Counted, and the record stays on the topic for an operator to inspect.
            undecodable.increment();
            LOG.warn("undecodable frontier entry at {}-{}@{} (key {}): {}", record.topic(), record.partition(),
                    record.offset(), record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                    e.toString());
            return Optional.empty();
        }
    }

    @Override
    public void done() {
        if (taken.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(taken);
        } catch (CommitFailedException e) {
            // Safe: the batch's outcomes are recorded, so the partitions' next owner takes its URLs again and its
            // seen-set stops a second fetch. Happens when this instance was left out of a re-balance.
            LOG.warn("frontier offsets of {} not committed (partitions re-balanced meanwhile): {}", taken.keySet(),
                    e.toString());
        }
        taken.clear();
    }

    /** Drops what was buffered for partitions handed away, and lets the app prepare for partitions handed over. */
    private final class Listener implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            buffered.removeIf(record -> partitions.contains(new TopicPartition(record.topic(), record.partition())));
            partitions.forEach(taken::remove);
            if (!partitions.isEmpty()) {
                LOG.info("frontier partitions handed away: {}", partitions);
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (!partitions.isEmpty()) {
                LOG.info("frontier partitions handed over: {}", partitions);
                onAssigned.run();
            }
        }
    }
}
