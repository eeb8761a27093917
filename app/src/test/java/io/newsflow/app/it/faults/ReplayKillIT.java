package io.newsflow.app.it.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.app.cli.NewsflowCommand;
import io.newsflow.app.it.replay.CcNewsArchive;
import io.newsflow.app.kafka.KafkaBroker;
import io.newsflow.app.kafka.KafkaBroker.BrokerAddress;
import io.newsflow.app.kafka.TopicReader;
import io.newsflow.schemas.ArticleId;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.avro.ReplayProgress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replay killed with SIGKILL mid-file, after some batches were committed, restarts from its last committed position
 * and leaves every page on the raw topic exactly once (read_committed, as every stage reads it).
 */
@ExtendWith(KafkaBroker.class)
class ReplayKillIT {

    private static final int PAGES = 6000;

    @Test
    void aReplayKilledMidFileResumesWithoutDuplicates(BrokerAddress broker, @TempDir Path dir) throws Exception {
        Path warc = dir.resolve("CC-NEWS-kill.warc.gz");
        CcNewsArchive archive = CcNewsArchive.write(warc, PAGES);
        String prefix = broker.uniquePrefix("replay-kill");
        Path config = dir.resolve("newsflow.properties");
        Files.writeString(config, "topics.prefix=" + prefix + "\ntopics.partitions=2\n");
        List<String> args = List.of("replay", warc.toString(), "--bootstrap-servers", broker.bootstrapServers(),
                "--config", config.toString());
        Topics topics = Topics.of(prefix, 2, (short) -1);
        Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());

        ChildJvm child = ChildJvm.start("replay", "512m", Map.of(), dir.resolve("replay.log"),
                NewsflowCommand.class.getName(), args);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> TopicReader.readAll(client, topics.replayProgress()).size() >= 2 || !child.alive());
        assertThat(child.alive()).as("the replay was still running when killed; log:\n" + child.logTail()).isTrue();
        child.kill();
        List<ConsumerRecord<String, ReplayProgress>> before = TopicReader.readAll(client, topics.replayProgress());
        assertThat(before).isNotEmpty().allSatisfy(record -> assertThat(record.value().getComplete()).isFalse());
        long committed = TopicReader.readAll(client, topics.rawArticles()).size();
        assertThat(committed).isGreaterThan(0).isLessThan(PAGES);

        StringWriter out = new StringWriter();
        int code = NewsflowCommand.execute(args.toArray(String[]::new), new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true));

        System.out.print("[replay-kill] " + committed + " pages committed before SIGKILL; restart:\n" + out);
        assertThat(code).isZero();
        assertThat(out.toString()).contains("resuming at");
        List<ConsumerRecord<String, RawArticle>> raw = TopicReader.readAll(client, topics.rawArticles());
        Map<String, Long> perKey = raw.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                Collectors.counting()));
        assertThat(perKey.values()).as("records per article").containsOnly(1L);
        assertThat(perKey.keySet()).containsExactlyInAnyOrderElementsOf(
                archive.pages().stream().map(page -> ArticleId.of(page.url())).toList());
    }
}
