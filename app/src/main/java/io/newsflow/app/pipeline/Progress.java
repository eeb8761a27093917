package io.newsflow.app.pipeline;

import io.newsflow.schemas.Topics;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * What has reached each topic and what each stage has consumed, read from the cluster: the basis of
 * {@code --until-idle} and of the demo's summary.
 *
 * @param records committed records per topic name (end offsets under read_committed, summed over partitions)
 * @param lag records not yet consumed per consumer group (application id)
 */
public record Progress(Map<String, Long> records, Map<String, Long> lag) {

    /** Whether every stage has consumed everything in its input topic. */
    public boolean caughtUp() {
        return lag.values().stream().allMatch(behind -> behind == 0);
    }

    /**
     * Reads the progress of the groups over their input topics.
     *
     * @param groups application id → the topic it consumes
     */
    public static Progress read(Admin admin, Topics topics, Map<String, String> groups) {
        try {
            Map<String, Long> records = new HashMap<>();
            Map<String, Map<TopicPartition, Long>> ends = new HashMap<>();
            for (String topic : topics.all().stream().map(t -> t.name()).toList()) {
                Map<TopicPartition, Long> end = endOffsets(admin, topic);
                ends.put(topic, end);
                records.put(topic, end.values().stream().mapToLong(Long::longValue).sum());
            }
            Map<String, Long> lag = new HashMap<>();
            for (Map.Entry<String, String> group : groups.entrySet()) {
                lag.put(group.getKey(), lag(admin, group.getKey(), ends.get(group.getValue())));
            }
            return new Progress(Map.copyOf(records), Map.copyOf(lag));
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read offsets from the Kafka cluster: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading offsets", e);
        }
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin, String topic)
            throws ExecutionException, InterruptedException, TimeoutException {
        int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                .get(topic).partitions().size();
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            request.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                .get(30, TimeUnit.SECONDS)
                .forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    private static long lag(Admin admin, String group, Map<TopicPartition, Long> inputEnds)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        // The group also reads its own repartition topics (story clustering): they count as input not yet done.
        Map<TopicPartition, Long> ends = new HashMap<>(inputEnds);
        Map<TopicPartition, OffsetSpec> internal = new HashMap<>();
        committed.keySet().stream().filter(partition -> !ends.containsKey(partition))
                .forEach(partition -> internal.put(partition, OffsetSpec.latest()));
        if (!internal.isEmpty()) {
            admin.listOffsets(internal, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(30, TimeUnit.SECONDS)
                    .forEach((partition, info) -> ends.put(partition, info.offset()));
        }
        long behind = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            OffsetAndMetadata offset = committed.get(end.getKey());
            behind += Math.max(0, end.getValue() - (offset == null ? 0 : offset.offset()));
        }
        return behind;
    }


    /** Total records over the given topics. */
    public long sum(Collection<String> topicNames) {
        return topicNames.stream().mapToLong(name -> records.getOrDefault(name, 0L)).sum();
    }
}
