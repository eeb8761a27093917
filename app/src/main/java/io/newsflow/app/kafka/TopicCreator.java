package io.newsflow.app.kafka;

import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the pipeline's topics with the partitions and configs {@link Topics} gives them, before any stage starts,
 * so that no topic is ever auto-created with broker defaults. Existing topics are left as they are.
 */
public final class TopicCreator {

    private static final Logger LOG = LoggerFactory.getLogger(TopicCreator.class);

    private TopicCreator() {}

    /**
     * Creates every missing topic.
     *
     * @throws IllegalStateException when the cluster cannot be reached or refuses a topic
     */
    public static void createMissing(Admin admin, Topics topics) {
        createMissing(admin, topics.all());
    }

    /**
     * Creates those of {@code topics} that are missing, e.g. the topics of publish routes.
     *
     * @throws IllegalStateException when the cluster cannot be reached or refuses a topic
     */
    public static void createMissing(Admin admin, List<? extends Topic<String, ?>> topics) {
        try {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic.name()))
                    .map(Topic::newTopic)
                    .toList();
            if (missing.isEmpty()) {
                return;
            }
            admin.createTopics(missing).values().forEach((name, future) -> await(name, future));
            awaitLeaders(admin, missing.stream().map(NewTopic::name).toList());
            LOG.info("created topics {}", missing.stream().map(NewTopic::name).toList());
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot list topics on the Kafka cluster: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    /**
     * Creates {@code topic} if missing, and checks that it has as many partitions as {@code partner}: a topic whose
     * records are routed by key to the partner's partitions (enrich's story-bands loop) sends records to tasks that
     * do not hold their keys when the counts differ.
     *
     * @throws IllegalStateException when the counts differ , or the cluster fails
     */
    public static void createCopartitioned(Admin admin, Topic<String, ?> topic, String partner) {
        createMissing(admin, List.of(topic));
        try {
            Map<String, TopicDescription> described = admin.describeTopics(List.of(topic.name(), partner))
                    .allTopicNames().get(60, TimeUnit.SECONDS);
            int own = described.get(topic.name()).partitions().size();
            int other = described.get(partner).partitions().size();
            if (own != other) {
                throw new IllegalStateException("topic " + topic.name() + " has " + own + " partitions but " + partner
                        + " has " + other + "; they must match (after repartitioning " + partner
                        + ", reset the application that owns " + topic.name() + ")");
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot describe topics " + topic.name() + " and " + partner + ": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while describing topics", e);
        }
    }

    /**
     * Waits until every partition of the new topics has a leader that serves it. An idempotent producer whose first
     * batches to a just-created topic come back NOT_LEADER_OR_FOLLOWER was seen (Kafka 4.4) to retry them with reset
     * sequence numbers and fail with OUT_OF_ORDER_SEQUENCE_NUMBER until its delivery timeout; no stage writes before
     * this. The metadata names a leader a moment before the leader's replica serves requests (a producer still got
     * NOT_LEADER_OR_FOLLOWER after it did), so the wait ends only when each leader answers a ListOffsets request,
     * which the partition's leader replica itself serves.
     */
    private static void awaitLeaders(Admin admin, List<String> names) throws ExecutionException, TimeoutException,
            InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!led(admin, names)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "new topics " + names + " still have partitions without a leader after 60 s");
            }
            Thread.sleep(100);
        }
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        admin.describeTopics(names)
                .allTopicNames()
                .get(60, TimeUnit.SECONDS)
                .values()
                .forEach(topic -> topic.partitions()
                        .forEach(p -> ends.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest())));
        // the admin client retries NOT_LEADER_OR_FOLLOWER itself, within its default API timeout
        admin.listOffsets(ends).all().get(60, TimeUnit.SECONDS);
    }

    private static boolean led(Admin admin, List<String> names) throws ExecutionException, TimeoutException,
            InterruptedException {
        try {
            return admin.describeTopics(names).allTopicNames().get(60, TimeUnit.SECONDS).values().stream()
                    .flatMap(topic -> topic.partitions().stream())
                    .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
        } catch (ExecutionException e) {
            // a topic created a moment ago may not be in the metadata the admin client asks yet: not led yet
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return false;
            }
            throw e;
        }
    }

    private static void await(String name, org.apache.kafka.common.KafkaFuture<Void> future) {
        try {
            future.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            // another instance created it between our list and create: that is the outcome we wanted
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + name + ": " + e.getCause().getMessage(), e);
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("timed out creating topic " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + name, e);
        }
    }
}
