package io.newsflow.app.it.faults;

import io.newsflow.app.kafka.TopicReader;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Follows what the pipeline has committed (read_committed) on the enriched, articles and dead-letter topics: how many
 * records each holds and how often each article id appears, so a test can see the stream move, time a restart, and
 * account for every input at the end.
 */
final class OutputWatcher implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Topics topics;
    private final Map<String, Map<String, Integer>> idsByTopic = new HashMap<>();
    private final Map<String, Integer> deadReasons = new TreeMap<>();
    private final Runnable healthCheck;

    OutputWatcher(Map<String, Object> client, Topics topics, Runnable healthCheck) {
        this.topics = topics;
        this.healthCheck = healthCheck;
        this.consumer = new KafkaConsumer<>(TopicReader.consumerProperties(client), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(topics.enrichedArticles().name(), topics.articles().name(), topics.deadLetters().name())) {
            idsByTopic.put(topic, new HashMap<>());
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Reads what has been committed since the last call (one poll). */
    void poll() {
        healthCheck.run();
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            String id = record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
            idsByTopic.get(record.topic()).merge(id, 1, Integer::sum);
            if (record.topic().equals(topics.deadLetters().name())) {
                DeadLetter letter = topics.deadLetters().valueSerde().deserializer().deserialize(record.topic(), record.value());
                deadReasons.merge(letter.getStage() + "/" + letter.getReason(), 1, Integer::sum);
            }
        }
    }

    /** Polls until {@code condition} holds; returns how long that took. */
    Duration pollUntil(BooleanSupplier condition, Duration timeout, String what) {
        Instant start = Instant.now();
        while (!condition.getAsBoolean()) {
            if (Duration.between(start, Instant.now()).compareTo(timeout) > 0) {
                throw new AssertionError("not within " + timeout + ": " + what + "; so far " + this);
            }
            poll();
        }
        return Duration.between(start, Instant.now());
    }

    /** Records committed to {@code topic} so far. */
    int records(String topic) {
        return idsByTopic.get(topic).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Whether every id has reached the articles or the dead-letter topic. */
    boolean accountedFor(Set<String> ids) {
        Map<String, Integer> published = idsByTopic.get(topics.articles().name());
        Map<String, Integer> dead = idsByTopic.get(topics.deadLetters().name());
        return ids.stream().allMatch(id -> published.containsKey(id) || dead.containsKey(id));
    }

    /** The final account of {@code inputs} against the articles and dead-letter topics. */
    Tally tally(Set<String> inputs) {
        Map<String, Integer> published = idsByTopic.get(topics.articles().name());
        Map<String, Integer> dead = idsByTopic.get(topics.deadLetters().name());
        int lost = 0;
        int duplicated = 0;
        for (String id : inputs) {
            int seen = published.getOrDefault(id, 0) + dead.getOrDefault(id, 0);
            lost += seen == 0 ? 1 : 0;
            duplicated += Math.max(0, seen - 1);
        }
        long unknown = published.keySet().stream().filter(id -> !inputs.contains(id)).count();
        return new Tally(inputs.size(), records(topics.articles().name()), records(topics.deadLetters().name()), lost,
                duplicated, unknown, Map.copyOf(deadReasons));
    }

    @Override
    public void close() {
        consumer.close();
    }

    @Override
    public String toString() {
        return "enriched=" + records(topics.enrichedArticles().name()) + " articles=" + records(topics.articles().name())
                + " dead=" + records(topics.deadLetters().name()) + " " + deadReasons;
    }

    /**
     * Where the inputs ended.
     *
     * @param lost inputs on neither topic
     * @param duplicated extra copies: records beyond the first for an input id, on either topic
     * @param unknown article ids published that were never input
     */
    record Tally(int inputs, int published, int deadLettered, int lost, int duplicated, long unknown,
            Map<String, Integer> deadReasons) {
        @Override
        public String toString() {
            return "inputs=" + inputs + " published=" + published + " dead-lettered=" + deadLettered + " " + deadReasons
                    + " lost=" + lost + " duplicated=" + duplicated + " unknown=" + unknown;
        }
    }
}
