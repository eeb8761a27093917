package io.newsflow.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.runtime.deadletter.DeadLetterWriter;
import io.newsflow.schemas.ArticleId;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.DiscoveryMethod;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.avro.ReplayProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveReplayTest {

    private static final Topics TOPICS = Topics.of("test", 1, (short) 1);
    private static final Instant CAPTURED = Instant.parse("2017-05-01T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final String HTML = "<html><head><title>T</title></head><body><p>Body.</p></body></html>";

    @TempDir
    Path dir;

    private final MockProducer<byte[], byte[]> producer =
            new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    private final List<String> lines = new ArrayList<>();

    @Test
    void publishesPagesAsIngestWouldWithTheCaptureTimeInTheValueAndTheReplayTimeAsTimestamp() throws IOException {
        Path file = warc("a.warc.gz", 3);

        ReplayReport report = replay(ReplayFilter.ALL, Map.of(), file);

        assertThat(report.count(RecordKind.REPLAYED)).isEqualTo(3);
        List<ProducerRecord<byte[], byte[]>> raw = sent(TOPICS.rawArticles());
        assertThat(raw).hasSize(3).allSatisfy(record -> assertThat(record.timestamp()).isEqualTo(NOW.toEpochMilli()));
        RawArticle first = value(TOPICS.rawArticles(), raw.get(0));
        assertThat(first.getId()).isEqualTo(ArticleId.of("https://news.example/story/0"));
        assertThat(key(raw.get(0))).isEqualTo(first.getId());
        assertThat(first.getFetchedAt()).isEqualTo(CAPTURED);
        assertThat(first.getDiscovery().getMethod()).isEqualTo(DiscoveryMethod.REPLAY);
        assertThat(first.getDiscovery().getSourceUrl()).isEqualTo(file.toString());
    }

    @Test
    void commitsEachBatchWithTheFilesProgressAndMarksTheFileComplete() throws IOException {
        Path file = warc("big.warc.gz", ArchiveReplay.BATCH * 2 + 7);

        replay(ReplayFilter.ALL, Map.of(), file);

        assertThat(producer.commitCount()).isEqualTo(3);
        List<ReplayProgress> progress = sent(TOPICS.replayProgress()).stream()
                .map(record -> value(TOPICS.replayProgress(), record)).toList();
        assertThat(progress).extracting(ReplayProgress::getComplete).containsExactly(false, false, true);
        assertThat(progress.get(2).getPosition()).isEqualTo(Files.size(file));
        assertThat(progress.get(0).getPosition()).isLessThan(progress.get(1).getPosition());
        assertThat(sent(TOPICS.rawArticles())).hasSize(ArchiveReplay.BATCH * 2 + 7);
    }

    @Test
    void skipsAFileAnEarlierReplayFinishedAndResumesOneItInterrupted() throws IOException {
        Path done = warc("done.warc.gz", 3);
        Path half = dir.resolve("half.warc.gz");
        List<Long> offsets;
        try (WarcFixture warc = new WarcFixture(half, true)) {
            for (int i = 0; i < 4; i++) {
                warc.page("https://news.example/half/" + i, CAPTURED, HTML);
            }
            offsets = warc.offsets();
        }
        Map<String, ReplayProgress> committed = Map.of(
                "done.warc.gz", progress("done.warc.gz", Files.size(done), Files.size(done), true),
                "half.warc.gz", progress("half.warc.gz", Files.size(half), offsets.get(2), false));

        ReplayReport report = replay(ReplayFilter.ALL, committed, done, half);

        assertThat(report.filesAlreadyDone()).isEqualTo(1);
        assertThat(sent(TOPICS.rawArticles())).extracting(record -> value(TOPICS.rawArticles(), record).getUrl())
                .containsExactly("https://news.example/half/2", "https://news.example/half/3");
    }

    @Test
    void aCorruptRecordIsADeadLetterWithFileAndOffsetAndFilteredPagesAreCounted() throws IOException {
        Path file = dir.resolve("mixed.warc.gz");
        List<Long> offsets;
        try (WarcFixture warc = new WarcFixture(file, true)) {
            for (int i = 0; i < 5; i++) {
                warc.page((i % 2 == 0 ? "https://keep.example/" : "https://other.example/") + i, CAPTURED, HTML);
            }
            offsets = warc.offsets();
        }
        WarcFixture.truncate(file, offsets.get(2), offsets.get(3));
        ReplayFilter onlyKeep = new ReplayFilter(Optional.empty(), Optional.empty(), Set.of("keep.example"),
                Optional.empty());

        ReplayReport report = replay(onlyKeep, Map.of(), file);

        assertThat(report.count(RecordKind.REPLAYED)).isEqualTo(2);
        assertThat(report.count(RecordKind.FILTERED)).isEqualTo(2);
        assertThat(report.count(RecordKind.CORRUPT)).isEqualTo(1);
        DeadLetter letter = value(TOPICS.deadLetters(), sent(TOPICS.deadLetters()).get(0));
        assertThat(letter.getReason()).isEqualTo("CORRUPT_RECORD");
        assertThat(letter.getSourceFile()).isEqualTo(file.toString());
        assertThat(letter.getSourceFilePosition()).isEqualTo(offsets.get(2));
        assertThat(letter.getOriginalValue()).isNotNull();
        assertThat(lines).anyMatch(line -> line.contains("mixed.warc.gz"));
    }

    @Test
    void aPageTooLargeForTheRawTopicIsADeadLetterAsIngestMakesItNeverATruncatedPage() throws IOException {
        Path file = dir.resolve("huge.warc.gz");
        List<Long> offsets;
        try (WarcFixture warc = new WarcFixture(file, true)) {
            warc.page("https://news.example/small", CAPTURED, HTML);
            String filler = "<p>" + "x".repeat(ReplayedArticles.MAX_BODY_BYTES) + "</p>";
            warc.page("https://news.example/huge", CAPTURED, HTML.replace("</body>", filler + "</body>"));
            offsets = warc.offsets();
        }

        ReplayReport report = replay(ReplayFilter.ALL, Map.of(), file);

        assertThat(report.count(RecordKind.REPLAYED)).isEqualTo(1);
        assertThat(report.count(RecordKind.TOO_LARGE)).isEqualTo(1);
        assertThat(sent(TOPICS.rawArticles())).hasSize(1);
        DeadLetter letter = value(TOPICS.deadLetters(), sent(TOPICS.deadLetters()).get(0));
        assertThat(letter.getReason()).isEqualTo("TOO_LARGE");
        assertThat(letter.getUrl()).isEqualTo("https://news.example/huge");
        assertThat(letter.getSourceFilePosition()).isEqualTo(offsets.get(1));
    }

    @Test
    void printsAProgressLineAtACommitWhenTenSecondsPassed() throws IOException {
        Path file = warc("slow.warc.gz", ArchiveReplay.BATCH + 1);
        Clock slow = new Clock() {
            private long millis = NOW.toEpochMilli();

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                // every reading is a second later: the first commit comes more than ten seconds after the start
                millis += 1000;
                return Instant.ofEpochMilli(millis);
            }
        };
        new ArchiveReplay(producer, TOPICS, DeadLetterWriter.unmetered(TOPICS.deadLetters().name(), "ingest"),
                ReplayFilter.ALL, slow, lines::add).replay(List.of(file), Map::of);

        assertThat(lines).anyMatch(line -> line.matches(".*slow\\.warc\\.gz: \\d+\\.\\d% of 0 MB, 500 records, \\d+ records/s"));
    }

    private ReplayReport replay(ReplayFilter filter, Map<String, ReplayProgress> committed, Path... files) {
        ArchiveReplay replay = new ArchiveReplay(producer, TOPICS,
                DeadLetterWriter.unmetered(TOPICS.deadLetters().name(), "ingest"), filter,
                Clock.fixed(NOW, ZoneOffset.UTC), lines::add);
        return replay.replay(List.of(files), () -> committed);
    }

    private Path warc(String name, int pages) throws IOException {
        Path file = dir.resolve(name);
        try (WarcFixture warc = new WarcFixture(file, true)) {
            for (int i = 0; i < pages; i++) {
                warc.page("https://news.example/story/" + i, CAPTURED, HTML);
            }
        }
        return file;
    }

    private static ReplayProgress progress(String file, long size, long position, boolean complete) {
        return ReplayProgress.newBuilder().setFile(file).setSize(size).setPosition(position).setComplete(complete)
                .setUpdatedAt(NOW).build();
    }

    private List<ProducerRecord<byte[], byte[]>> sent(Topic<String, ?> topic) {
        return producer.history().stream().filter(record -> record.topic().equals(topic.name())).toList();
    }

    private static <V> V value(Topic<String, V> topic, ProducerRecord<byte[], byte[]> record) {
        return topic.valueSerde().deserializer().deserialize(topic.name(), record.value());
    }

    private static String key(ProducerRecord<byte[], byte[]> record) {
        return TOPICS.rawArticles().keySerde().deserializer().deserialize("", record.key());
    }
}
