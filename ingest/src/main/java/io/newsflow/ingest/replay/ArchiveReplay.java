package io.newsflow.ingest.replay;

import io.newsflow.runtime.deadletter.DeadLetterWriter;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.ReplayProgress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays archive files into the raw topic, idempotently and resumably: the records of each batch and the file's new
 * position on the compacted replay-progress topic are written in one producer transaction, so after a crash (even
 * kill -9) the next run starts each file where the last committed batch ended, and read_committed consumers (every
 * newsflow stage) see each record once. A file finished before is skipped, so replaying it again adds nothing.
 *
 * <p>One replay of a topic set at a time: every run uses the same transactional id, and starting a run fences (and
 * aborts the open transaction of) an earlier one.
 */
public final class ArchiveReplay {

    /** Archive records per transaction: large enough for throughput, small enough to redo little after a crash. */
    public static final int BATCH = 500;

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveReplay.class);

    private final Producer<byte[], byte[]> producer;
    private final Topics topics;
    private final DeadLetterWriter deadLetters;
    private final ReplayFilter filter;
    private final Clock clock;
    private final Consumer<String> progress;

    /**
     * @param producer a producer with a {@code transactional.id} whose transactions are not yet initialised; the
     *     caller owns (and closes) it
     * @param topics where to write
     * @param deadLetters how corrupt records are written
     * @param filter which pages to publish
     * @param clock the time of record timestamps and dead letters
     * @param progress receives one line per file and per progress step
     */
    public ArchiveReplay(Producer<byte[], byte[]> producer, Topics topics, DeadLetterWriter deadLetters,
            ReplayFilter filter, Clock clock, Consumer<String> progress) {
        this.producer = producer;
        this.topics = topics;
        this.deadLetters = deadLetters;
        this.filter = filter;
        this.clock = clock;
        this.progress = progress;
    }

    /**
     * Replays {@code files} in order.
     *
     * @param committed reads the replay-progress topic (read_committed); called once transactions are initialised, so
     *     an interrupted run's open transaction is settled before its progress is read
     * @throws org.apache.kafka.common.KafkaException when the broker refuses a write (the open batch is not committed)
     */
    public ReplayReport replay(List<Path> files, Supplier<Map<String, ReplayProgress>> committed) {
        producer.initTransactions();
        Map<String, ReplayProgress> done = committed.get();
        Map<RecordKind, Long> counts = new EnumMap<>(RecordKind.class);
        int read = 0;
        int skipped = 0;
        for (Path file : files) {
            long size = size(file);
            ReplayProgress previous = done.get(key(file));
            boolean sameFile = previous != null && previous.getSize() == size;
            if (sameFile && previous.getComplete()) {
                progress.accept(file + ": already replayed, skipped");
                skipped++;
                continue;
            }
            FileReplay replay = new FileReplay(file, key(file), size, sameFile ? previous.getPosition() : 0);
            replay.run();
            replay.counts().forEach((kind, count) -> counts.merge(kind, count, Long::sum));
            read++;
        }
        return new ReplayReport(counts, read, skipped);
    }

    /** The progress key of a file: its name, so a moved archive directory is still recognised. */
    public static String key(Path file) {
        return file.getFileName().toString();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** One file's replay: the batches, their transactions and the file's counts. */
    private final class FileReplay {
        private final Path file;
        private final ArchiveReader reader;
        private final ReplayBatch batch;
        private final long from;

        FileReplay(Path file, String key, long size, long from) {
            this.file = file;
            this.from = from;
            this.reader = ArchiveReader.forFile(file);
            this.batch = new ReplayBatch(producer, topics, deadLetters, filter, clock, file, key, size,
                    reader.linePositions(), progress);
        }

        Map<RecordKind, Long> counts() {
            return batch.counts();
        }

        void run() {
            progress.accept(file + (from > 0 ? ": resuming at " + from : ": replaying"));
            try {
                reader.read(from, batch::accept);
            } catch (IOException e) {
                // the file cannot be read on (a truncated plain gzip stream, a read error): its unread rest is one
                // dead letter, and the other files go on
                LOG.warn("{}: unreadable after position {}, the rest goes to the dead-letter topic", file,
                        batch.lastPosition(), e);
                batch.accept(new ArchiveEntry.Corrupt(batch.lastPosition() + 1, "file unreadable from here: "
                        + e.getMessage(), new byte[0], e));
            }
            batch.finish();
            progress.accept(file + ": done " + batch.counts());
        }
    }
}
