package io.newsflow.ingest.replay;

import io.newsflow.runtime.deadletter.DeadLetterWriter;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.avro.ReplayProgress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;

/**
 * Publishes one file's entries in transactions of about {@link ArchiveReplay#BATCH} records, each ending with the
 * file's progress, and counts them by kind.
 */
final class ReplayBatch {

    /** Reason of a dead letter for a record that could not be read. */
    static final String CORRUPT_RECORD = "CORRUPT_RECORD";
    /** Reason of a dead letter for a page whose URL cannot be an article id. */
    static final String INVALID_URL = "INVALID_URL";
    /** Reason of a dead letter for a page too large for the raw topic, as ingest names it. */
    static final String TOO_LARGE = "TOO_LARGE";
    /** Least time between two progress lines of one file. */
    static final long PROGRESS_EVERY_MS = 10_000;

    private final Producer<byte[], byte[]> producer;
    private final Topic<String, RawArticle> raw;
    private final Topic<String, ReplayProgress> progressTopic;
    private final DeadLetterWriter deadLetters;
    private final ReplayFilter filter;
    private final Clock clock;
    private final Path file;
    private final String key;
    private final long size;
    private final boolean linePositions;
    private final Consumer<String> progress;
    private final long startedAt;
    private long lastLineAt;
    private final Map<RecordKind, Long> counts = new EnumMap<>(RecordKind.class);
    private boolean open;
    private int pending;
    private long lastPosition = -1;

    ReplayBatch(Producer<byte[], byte[]> producer, Topics topics, DeadLetterWriter deadLetters, ReplayFilter filter,
            Clock clock, Path file, String key, long size, boolean linePositions,
            Consumer<String> progress) {
        this.producer = producer;
        this.raw = topics.rawArticles();
        this.progressTopic = topics.replayProgress();
        this.deadLetters = deadLetters;
        this.filter = filter;
        this.clock = clock;
        this.file = file;
        this.key = key;
        this.size = size;
        this.linePositions = linePositions;
        this.progress = progress;
        this.startedAt = clock.millis();
        this.lastLineAt = startedAt;
    }

    /** Publishes or counts one entry, committing the batch before it when the batch is full. */
    void accept(ArchiveEntry entry) {
        // entries of one gzip member share its position: commit only between positions, never inside a member
        if (pending >= ArchiveReplay.BATCH && entry.position() > lastPosition) {
            commit(entry.position(), false);
        }
        if (!open) {
            producer.beginTransaction();
            open = true;
        }
        count(handle(entry));
        lastPosition = Math.max(lastPosition, entry.position());
        pending++;
    }

    /** Commits the last batch with the file marked complete. */
    void finish() {
        if (!open) {
            producer.beginTransaction();
            open = true;
        }
        commit(size, true);
    }

    /** The counts so far, in the enum's order (they are printed). */
    Map<RecordKind, Long> counts() {
        return Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    long lastPosition() {
        return Math.max(lastPosition, 0);
    }

    private RecordKind handle(ArchiveEntry entry) {
        if (entry instanceof ArchiveEntry.Skipped skipped) {
            return skipped.kind();
        }
        if (entry instanceof ArchiveEntry.Corrupt corrupt) {
            deadLetter(CORRUPT_RECORD, corrupt.position(), corrupt.detail(), null, corrupt.original(), corrupt.cause());
            return RecordKind.CORRUPT;
        }
        return publish((ArchiveEntry.Captured) entry);
    }

    private RecordKind publish(ArchiveEntry.Captured captured) {
        ArchivedPage page = captured.page();
        if (!filter.accepts(page)) {
            return RecordKind.FILTERED;
        }
        if (page.body().length > ReplayedArticles.MAX_BODY_BYTES) {
            // as ingest does: never a truncated page on the raw topic; the archive file and offset point at it
            String detail = "page of " + page.body().length + " bytes, over the " + ReplayedArticles.MAX_BODY_BYTES
                    + " the raw topic takes";
            deadLetter(TOO_LARGE, captured.position(), detail, page.url(), new byte[0],
                    new IllegalArgumentException(detail));
            return RecordKind.TOO_LARGE;
        }
        RawArticle article;
        try {
            article = ReplayedArticles.of(page, file.toString());
        } catch (IllegalArgumentException e) {
            deadLetter(INVALID_URL, captured.position(), "not an article URL: " + e.getMessage(), page.url(),
                    page.body(), e);
            return RecordKind.CORRUPT;
        }
        // the replay time, not the capture time: the topic's time-based retention must count from now (see
        // docs/operators.md); the capture time is the value's fetchedAt
        send(raw, article.getId(), article);
        return RecordKind.REPLAYED;
    }

    private void deadLetter(String reason, long position, String detail, @Nullable String url, byte[] original,
            Exception cause) {
        DeadLetter letter = deadLetters.letter(reason, cause, clock.instant())
                .setDetail(file + " at " + position + ": " + detail)
                .setUrl(url)
                .setSourceFile(file.toString())
                .setSourceFilePosition(position)
                .setOriginalValue(original.length == 0 ? null : ByteBuffer.wrap(original))
                .build();
        byte[] letterKey = (key + "@" + position).getBytes(StandardCharsets.UTF_8);
        producer.send(deadLetters.record(letterKey, letter, cause, null));
    }

    private void commit(long position, boolean complete) {
        send(progressTopic, key, ReplayProgress.newBuilder().setFile(key).setSize(size).setPosition(position)
                .setComplete(complete).setUpdatedAt(clock.instant()).build());
        // a failed send makes the commit throw: the batch is not committed, and the next run redoes it
        producer.commitTransaction();
        open = false;
        pending = 0;
        if (!complete && clock.millis() - lastLineAt >= PROGRESS_EVERY_MS) {
            lastLineAt = clock.millis();
            progress.accept(progressLine(position));
        }
    }

    /** Where the file stands: share of its bytes (of its lines, for a dump: the position), records, records/s. */
    private String progressLine(long position) {
        long records = counts.values().stream().mapToLong(Long::longValue).sum();
        double seconds = Math.max(1, lastLineAt - startedAt) / 1000.0;
        String where = linePositions ? "line " + position
                : String.format(Locale.ROOT, "%.1f%% of %d MB", 100.0 * position / Math.max(1, size),
                        size >> 20);
        return String.format(Locale.ROOT, "%s: %s, %d records, %.0f records/s", file, where, records,
                records / seconds);
    }

    private <V> void send(Topic<String, V> topic, String recordKey, V value) {
        byte[] keyBytes = topic.keySerde().serializer().serialize(topic.name(), recordKey);
        byte[] valueBytes = topic.valueSerde().serializer().serialize(topic.name(), value);
        producer.send(new ProducerRecord<>(topic.name(), null, clock.millis(), keyBytes, valueBytes));
    }

    private void count(RecordKind kind) {
        counts.merge(kind, 1L, Long::sum);
    }
}
