package io.newsflow.app.reprocess;

import java.time.Instant;
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
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * The offsets a reprocessing reads and sets through the admin client: a topic's end offsets, a consumer group's
 * committed offsets, and the starting offsets of a new group at a point in time.
 */
final class GroupOffsets {

    private static final long TIMEOUT_SECONDS = 60;

    private final Admin admin;

    GroupOffsets(Admin admin) {
        this.admin = admin;
    }

    /**
     * Sets the committed offsets of {@code group} on {@code topic} to the first record at or after {@code from} in
     * each partition (the end where there is none), unless the group has committed offsets already: then a restarted
     * reprocessing resumes where it stopped. Kafka Streams starts from committed offsets, so this is where the
     * reprocessing's application begins.
     *
     * @return whether the offsets were set (false: the group had offsets and resumes)
     */
    boolean startAt(String group, String topic, Instant from) {
        if (!committed(group).isEmpty()) {
            return false;
        }
        Map<TopicPartition, Long> atTime = list(topic, OffsetSpec.forTimestamp(from.toEpochMilli()));
        Map<TopicPartition, Long> ends = ends(topic);
        Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
        // a partition without a record at or after `from` answers -1: it starts at its end
        atTime.forEach((partition, offset) ->
                start.put(partition, new OffsetAndMetadata(offset < 0 ? ends.get(partition) : offset)));
        await(admin.alterConsumerGroupOffsets(group, start).all(), "set the offsets of group " + group);
        return true;
    }

    /** The committed offsets of {@code group}, on every topic it reads (its internal topics too). */
    Map<TopicPartition, Long> committed(String group) {
        Map<TopicPartition, OffsetAndMetadata> offsets = await(
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata(), "read the offsets of " + group);
        Map<TopicPartition, Long> committed = new HashMap<>();
        offsets.forEach((partition, offset) -> {
            if (offset != null) {
                committed.put(partition, offset.offset());
            }
        });
        return committed;
    }

    /** The end offsets of {@code topic} as a read_committed consumer sees them. */
    Map<TopicPartition, Long> ends(String topic) {
        return list(topic, OffsetSpec.latest());
    }

    /**
     * Records of its input {@code group} has not yet consumed: up to {@code targets} on those partitions, and up to
     * the end of its internal topics (repartition, story-bands loop), whose records still wait. Internal topics are
     * found by name ({@code <application id>-...}, changelogs aside), not by committed offsets: the first records
     * reach a repartition topic before the group has committed any offset on it.
     */
    long behind(String group, Map<TopicPartition, Long> targets) {
        Map<TopicPartition, Long> committed = committed(group);
        Map<TopicPartition, Long> ends = new HashMap<>(targets);
        await(admin.listTopics().names(), "list topics").stream()
                .filter(topic -> topic.startsWith(group + "-") && !topic.endsWith("-changelog"))
                .forEach(internal -> ends.putAll(ends(internal)));
        long behind = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            behind += Math.max(0, end.getValue() - committed.getOrDefault(end.getKey(), 0L));
        }
        return behind;
    }

    private Map<TopicPartition, Long> list(String topic, OffsetSpec spec) {
        int partitions = await(admin.describeTopics(List.of(topic)).allTopicNames(), "describe " + topic)
                .get(topic).partitions().size();
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            request.put(new TopicPartition(topic, p), spec);
        }
        Map<TopicPartition, Long> offsets = new HashMap<>();
        await(admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all(),
                "list the offsets of " + topic).forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    private static <T> T await(KafkaFuture<T> future, String what) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot " + what + " on the Kafka cluster: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while trying to " + what, e);
        }
    }
}
