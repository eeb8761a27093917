package io.newsflow.app.dlq;

import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jspecify.annotations.Nullable;

/**
 * Sends selected dead letters back to their source topics from their original key and value bytes, exactly once.
 *
 * <p>A transactional producer ({@code transactional.id = <topics prefix>-dlq-redrive}) writes each re-driven record
 * together with a {@link RedriveMarker} on the dead-letter topic, in batches of {@value #BATCH} per transaction.
 * Starting the producer fences any earlier re-drive and settles its open transaction; only then are the markers read
 * (read_committed), so a dead letter is re-driven at most once however often, or however many times at once, the
 * command runs; a re-drive that dies mid-way leaves whole batches, and the next one carries on from there.
 */
public final class DeadLetterRedriver {

    static final int BATCH = 100;

    private final Map<String, Object> client;
    private final Topics topics;
    private final Clock clock;

    /** @param client client settings (bootstrap, security) */
    public DeadLetterRedriver(Map<String, Object> client, Topics topics, Clock clock) {
        this.client = Map.copyOf(client);
        this.topics = topics;
        this.clock = clock;
    }

    /** The transactional id every re-drive of these topics uses (operators grant it in ACLs). */
    public static String transactionalId(Topics topics) {
        String dlq = topics.deadLetters().name();
        return dlq.substring(0, dlq.length() - ".dlq.v1".length()) + "-dlq-redrive";
    }

    /** Re-drives the selected dead letters; with {@code dryRun} only counts them. */
    public RedriveReport redrive(DeadLetterSelection selection, boolean dryRun) {
        Topic<String, DeadLetter> dlq = topics.deadLetters();
        if (dryRun) {
            Batch batch = new Batch(null, selection, markers());
            DeadLetterReader.forEach(client, dlq, batch::offer);
            return batch.report(true);
        }
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerSettings(),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            Batch batch = new Batch(producer, selection, markers());
            producer.beginTransaction();
            DeadLetterReader.forEach(client, dlq, batch::offer);
            producer.commitTransaction();
            return batch.report(false);
        }
    }

    /** The coordinates of every dead letter that an earlier re-drive sent back. */
    private Set<String> markers() {
        Set<String> done = new HashSet<>();
        DeadLetterReader.forEach(client, topics.deadLetters(), stored -> {
            DeadLetter letter = stored.letter();
            if (letter != null && RedriveMarker.isMarker(letter) && letter.getSourcePartition() != null) {
                done.add(letter.getSourcePartition() + ":" + letter.getSourceOffset());
            }
        });
        return done;
    }

    private Map<String, Object> producerSettings() {
        Map<String, Object> settings = new HashMap<>(client);
        settings.put("transactional.id", transactionalId(topics));
        settings.put("enable.idempotence", true);
        settings.put("acks", "all");
        settings.put("max.request.size", Topics.MAX_MESSAGE_BYTES);
        settings.put("compression.type", "zstd");
        return settings;
    }

    /** The dead letters of one run: which to send, what was skipped, and the transaction boundaries. */
    private final class Batch {
        private final @Nullable KafkaProducer<byte[], byte[]> producer;
        private final DeadLetterSelection selection;
        private final Set<String> done;
        private final Map<String, Integer> redriven = new HashMap<>();
        private int alreadyRedriven;
        private int withoutSource;
        private int inTransaction;

        Batch(@Nullable KafkaProducer<byte[], byte[]> producer, DeadLetterSelection selection, Set<String> done) {
            this.producer = producer;
            this.selection = selection;
            this.done = done;
        }

        void offer(StoredDeadLetter stored) {
            DeadLetter letter = stored.letter();
            if (letter == null || RedriveMarker.isMarker(letter) || !selection.matches(letter)) {
                return;
            }
            if (done.contains(stored.coordinates())) {
                alreadyRedriven++;
            } else if (stored.sourceTopic().isEmpty() || letter.getOriginalValue() == null) {
                withoutSource++;
            } else {
                send(stored, stored.sourceTopic().get(), letter);
                redriven.merge(stored.sourceTopic().get(), 1, Integer::sum);
            }
        }

        private void send(StoredDeadLetter stored, String target, DeadLetter letter) {
            if (producer == null) {
                return;
            }
            String dlq = topics.deadLetters().name();
            RecordHeaders headers = new RecordHeaders();
            headers.add(RedriveMarker.HEADER_REDRIVEN_FROM,
                    (dlq + ":" + stored.coordinates()).getBytes(StandardCharsets.UTF_8));
            producer.send(new ProducerRecord<>(target, null, bytes(letter.getOriginalKey()),
                    bytes(letter.getOriginalValue()), headers));
            DeadLetter marker = RedriveMarker.of(dlq, stored, target, clock.instant());
            producer.send(new ProducerRecord<>(dlq, stored.key(), topics.deadLetters().valueSerde().serializer()
                    .serialize(dlq, marker)));
            if (++inTransaction >= BATCH) {
                producer.commitTransaction();
                producer.beginTransaction();
                inTransaction = 0;
            }
        }

        RedriveReport report(boolean dryRun) {
            return new RedriveReport(redriven, alreadyRedriven, withoutSource, dryRun);
        }
    }

    private static byte @Nullable [] bytes(@Nullable ByteBuffer buffer) {
        if (buffer == null) {
            return null;
        }
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }
}
