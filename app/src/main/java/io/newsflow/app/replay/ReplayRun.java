package io.newsflow.app.replay;

import io.newsflow.app.kafka.ClusterProbe;
import io.newsflow.app.kafka.TopicCreator;
import io.newsflow.app.kafka.TopicReader;
import io.newsflow.ingest.publish.RecordFactory;
import io.newsflow.ingest.replay.ArchiveReplay;
import io.newsflow.ingest.replay.ReplayFilter;
import io.newsflow.ingest.replay.ReplayReport;
import io.newsflow.runtime.deadletter.DeadLetterWriter;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.ReplayProgress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** One replay run: creates missing topics, builds the transactional producer, and reads the committed progress. */
public final class ReplayRun {

    private ReplayRun() {}

    /** The transactional id of every replay into topics with this prefix (operators grant it in ACLs). */
    public static String transactionalId(String topicPrefix) {
        return topicPrefix + "-replay";
    }

    /**
     * Replays {@code files} into {@code topics} on the cluster {@code client} names.
     *
     * @param client Kafka client settings with {@code bootstrap.servers}
     * @param progress receives progress lines
     * @throws IllegalStateException when the cluster cannot be reached
     */
    public static ReplayReport replay(Map<String, Object> client, String topicPrefix, Topics topics, List<Path> files,
            ReplayFilter filter, Consumer<String> progress) {
        ClusterProbe.check(client, ClusterProbe.DEFAULT_TIMEOUT);
        try (Admin admin = Admin.create(client)) {
            TopicCreator.createMissing(admin, topics);
        }
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerSettings(client, topicPrefix),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            ArchiveReplay replay = new ArchiveReplay(producer, topics,
                    DeadLetterWriter.unmetered(topics.deadLetters().name(), RecordFactory.STAGE), filter,
                    Clock.systemUTC(), progress);
            return replay.replay(files, () -> committed(client, topics));
        }
    }

    /** The last committed progress of every file (the topic is compacted; later records win). */
    static Map<String, ReplayProgress> committed(Map<String, Object> client, Topics topics) {
        Map<String, ReplayProgress> progress = new HashMap<>();
        for (ConsumerRecord<String, ReplayProgress> record : TopicReader.readAll(client, topics.replayProgress())) {
            progress.put(record.key(), record.value());
        }
        return progress;
    }

    private static Map<String, Object> producerSettings(Map<String, Object> client, String topicPrefix) {
        Map<String, Object> settings = new HashMap<>(client);
        settings.put("transactional.id", transactionalId(topicPrefix));
        settings.put("enable.idempotence", true);
        settings.put("acks", "all");
        settings.put("max.request.size", Topics.MAX_MESSAGE_BYTES);
        settings.put("compression.type", "zstd");
        // archive pages come in bursts of a whole batch: larger producer batches compress better and send fewer
        // requests
        settings.put("linger.ms", 20);
        settings.put("batch.size", 256 * 1024);
        return settings;
    }
}
