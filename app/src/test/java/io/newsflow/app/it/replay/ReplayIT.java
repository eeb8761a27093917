package io.newsflow.app.it.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.cli.NewsflowCommand;
import io.newsflow.app.kafka.KafkaBroker;
import io.newsflow.app.kafka.KafkaBroker.BrokerAddress;
import io.newsflow.app.kafka.TopicReader;
import io.newsflow.schemas.ArticleId;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.RawArticle;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow replay} on a real broker: a generated CC-NEWS-style WARC with a truncated record in the middle and a
 * JSON Lines dump replay into the raw topic with their capture times; the truncated record is a dead letter with its
 * file and offset and every later page is replayed; a second replay adds nothing; filters select by date, domain and
 * URL.
 */
@ExtendWith(KafkaBroker.class)
class ReplayIT {

    private static final int PAGES = 48;
    private static final int TRUNCATED = 21;

    @Test
    void replaysArchivesOnceWithCaptureTimesAndDeadLettersTheTruncatedRecord(BrokerAddress broker, @TempDir Path dir)
            throws Exception {
        Path warc = dir.resolve("CC-NEWS-20190301000000-00001.warc.gz");
        CcNewsArchive archive = CcNewsArchive.write(warc, PAGES);
        CcNewsArchive.Capture truncated = archive.truncate(warc, TRUNCATED);
        Path dump = jsonLines(dir.resolve("dump.jsonl.gz"));
        String prefix = broker.uniquePrefix("replay");
        Topics topics = Topics.of(prefix, 2, (short) -1);
        Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
        Instant started = Instant.now();

        String first = cli(broker, config(dir, prefix), 0, "replay", warc.toString(), dump.toString());

        System.out.print("[replay] first run\n" + first);
        List<CcNewsArchive.Capture> expected = new ArrayList<>(archive.pages());
        expected.remove(TRUNCATED);
        committedKeys(client, topics, expected.size() + 2);
        Map<String, ConsumerRecord<String, RawArticle>> raw = byKey(TopicReader.readAll(client, topics.rawArticles()));
        assertThat(raw).hasSize(expected.size() + 2);
        for (CcNewsArchive.Capture page : expected) {
            ConsumerRecord<String, RawArticle> record = raw.get(ArticleId.of(page.url()));
            assertThat(record).as(page.url()).isNotNull();
            assertThat(record.value().getFetchedAt()).isEqualTo(page.date());
            assertThat(record.timestamp()).isGreaterThanOrEqualTo(started.toEpochMilli());
            assertThat(bytes(record.value().getBody())).isEqualTo(page.html());
        }
        assertThat(raw).doesNotContainKey(ArticleId.of(truncated.url()));
        assertThat(first).containsPattern("replayed\\s+" + (expected.size() + 2))
                .containsPattern("corrupt\\s+1").containsPattern("revisit\\s+5").containsPattern("not_ok\\s+5")
                .containsPattern("not_html\\s+5").containsPattern("request\\s+" + PAGES)
                .containsPattern("metadata\\s+5");

        List<DeadLetter> dead = values(TopicReader.readAll(client, topics.deadLetters()));
        assertThat(dead).singleElement().satisfies(letter -> {
            assertThat(letter.getReason()).isEqualTo("CORRUPT_RECORD");
            assertThat(letter.getSourceFile()).isEqualTo(warc.toString());
            assertThat(letter.getSourceFilePosition()).isEqualTo(truncated.offset());
            assertThat(letter.getOriginalValue()).isNotNull();
            assertThat(bytes(letter.getOriginalValue())[0] & 0xff).isEqualTo(0x1f);
        });

        RawArticle fromDump = raw.get(ArticleId.of("https://dump.example/2018/one.html")).value();
        assertThat(fromDump.getFetchedAt()).isEqualTo(Instant.parse("2018-06-01T10:00:00Z"));
        assertThat(fromDump.getDiscovery().getEntryPublishedAt()).isEqualTo(Instant.parse("2018-05-31T22:15:00Z"));

        long rawCount = TopicReader.count(client, topics.rawArticles().name());
        String second = cli(broker, config(dir, prefix), 0, "replay", dir.toString());
        System.out.print("[replay] second run\n" + second);
        assertThat(second).contains("already replayed").containsPattern("total\\s+0");
        assertThat(TopicReader.count(client, topics.rawArticles().name())).isEqualTo(rawCount);
        assertThat(TopicReader.count(client, topics.deadLetters().name())).isEqualTo(1);
    }

    @Test
    void filtersByCaptureDateDomainAndUrlPattern(BrokerAddress broker, @TempDir Path dir) throws Exception {
        Path warc = dir.resolve("CC-NEWS-filtered.warc.gz");
        CcNewsArchive archive = CcNewsArchive.write(warc, PAGES);
        String prefix = broker.uniquePrefix("replay-filter");
        Instant from = Instant.parse("2019-03-05T00:00:00Z");
        Instant to = Instant.parse("2019-03-31T00:00:00Z");

        cli(broker, config(dir, prefix), 0, "replay", warc.toString(), "--from", "2019-03-05", "--to",
                "2019-03-30", "--domain", "news-a.example,news-c.example", "--url-pattern", "/politics/");

        List<String> expected = archive.pages().stream()
                .filter(page -> !page.date().isBefore(from) && page.date().isBefore(to))
                .filter(page -> !page.url().contains("news-b.example") && page.url().contains("/politics/"))
                .map(page -> ArticleId.of(page.url())).toList();
        assertThat(expected).hasSizeGreaterThan(3);
        Topics topics = Topics.of(prefix, 2, (short) -1);
        Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
        assertThat(committedKeys(client, topics, expected.size())).containsExactlyInAnyOrderElementsOf(expected);
    }

    /**
     * The raw topic's keys once {@code count} are readable: a transaction's commit markers reach the partitions a
     * moment after the producer's commit returns, so a read_committed read right after it can still see nothing.
     */
    private static java.util.Set<String> committedKeys(Map<String, Object> client, Topics topics, int count)
            throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        java.util.Set<String> keys = byKey(TopicReader.readAll(client, topics.rawArticles())).keySet();
        while (keys.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(200);
            keys = byKey(TopicReader.readAll(client, topics.rawArticles())).keySet();
        }
        return keys;
    }

    @Test
    void badArgumentsFailInOneLine(BrokerAddress broker, @TempDir Path dir) throws Exception {
        String missing = cli(broker, config(dir, "unused"), 2, "replay", dir.resolve("nope.warc.gz").toString());
        assertThat(missing).contains("no such file or directory").contains("nope.warc.gz").hasLineCount(1);
        Path warc = Files.createFile(dir.resolve("empty.warc.gz"));
        assertThat(cli(broker, config(dir, "unused"), 2, "replay", warc.toString(), "--from", "yesterday"))
                .contains("--from must be a date").hasLineCount(1);
    }

    private static Path jsonLines(Path file) throws Exception {
        String lines = """
                {"url":"https://dump.example/2018/one.html","html":"<html><body><p>One.</p></body></html>","date_download":"2018-06-01 10:00:00","date_publish":"2018-05-31 22:15:00"}
                {"url":"https://dump.example/2018/two.html","html":"<html><body><p>Two.</p></body></html>","fetched_at":"2018-06-02T10:00:00Z"}
                """;
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(lines.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static Path config(Path dir, String prefix) throws Exception {
        Path config = dir.resolve(prefix + ".properties");
        Files.writeString(config, "topics.prefix=" + prefix + "\ntopics.partitions=2\n");
        return config;
    }

    private static String cli(BrokerAddress broker, Path config, int exit, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--bootstrap-servers", broker.bootstrapServers(), "--config", config.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NewsflowCommand.execute(all.toArray(String[]::new), new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(code).as("exit code; stderr: " + err).isEqualTo(exit);
        return exit == 0 ? out.toString() : err.toString();
    }

    private static <V> Map<String, ConsumerRecord<String, V>> byKey(List<ConsumerRecord<String, V>> records) {
        return records.stream().collect(Collectors.toMap(ConsumerRecord::key, Function.identity(), (a, b) -> {
            throw new AssertionError("key " + a.key() + " twice, at offsets " + a.offset() + " and " + b.offset());
        }));
    }

    private static <V> List<V> values(List<ConsumerRecord<String, V>> records) {
        return records.stream().map(ConsumerRecord::value).toList();
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
