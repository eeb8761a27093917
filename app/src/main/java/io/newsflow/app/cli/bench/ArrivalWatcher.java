package io.newsflow.app.cli.bench;

import io.newsflow.schemas.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Watches the published-articles and dead-letter topics of a {@code bench pipeline} run as a downstream consumer
 * would (read_committed), noting when each article id arrives, until every fed article is accounted for.
 */
final class ArrivalWatcher implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final String articlesTopic;
    /** First arrival of each published article, System.nanoTime. */
    private final Map<String, Long> published = new HashMap<>();
    private final Map<String, Integer> deadLettered = new HashMap<>();
    private int duplicates;

    ArrivalWatcher(Map<String, Object> clientProperties, Topics topics) {
        Map<String, Object> properties = new HashMap<>(clientProperties);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "bench-arrivals");
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
        this.articlesTopic = topics.articles().name();
        List<TopicPartition> partitions = new ArrayList<>();
        Stream.of(articlesTopic, topics.deadLetters().name()).forEach(topic -> consumer.partitionsFor(topic)
                .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition()))));
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Reads what has arrived within {@code wait}; returns how many fed articles are now accounted for. */
    int poll(Duration wait) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(wait)) {
            long now = System.nanoTime();
            if (record.key() == null) {
                continue; // the dead-letter topic's undecodable-key records: not one of the feed's articles
            }
            if (record.topic().equals(articlesTopic)) {
                if (published.putIfAbsent(record.key(), now) != null) {
                    duplicates++;
                }
            } else if (deadLettered.merge(record.key(), 1, Integer::sum) > 1) {
                duplicates++;
            }
        }
        return published.size() + deadLettered.size();
    }

    /** First arrival time of each published article. */
    Map<String, Long> published() {
        return Map.copyOf(published);
    }

    /** Articles that reached the dead-letter topic instead. */
    int deadLettered() {
        return deadLettered.size();
    }

    /** Records that arrived again under an id already seen (exactly-once means none). */
    int duplicates() {
        return duplicates;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
