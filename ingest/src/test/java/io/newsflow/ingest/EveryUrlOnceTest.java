package io.newsflow.ingest;

import io.newsflow.ingest.fixtures.EmptyFetchStates;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.fixtures.TestServer;
import io.newsflow.schemas.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every URL once per pass under any of its names (redirect hops, AMP twins), and a stalling host held in check. */
class EveryUrlOnceTest {

    private static final Topics TOPICS = Topics.of("once", 1, (short) 1);

    @TempDir
    Path dir;

    private TestServer server;

    @BeforeEach
    void start() {
        server = new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aRedirectTargetThatIsListedToo() throws IOException {
        IngestReport report = runOnce(Map.of(), "/redirect/1", "/articles/final");

        assertThat(server.hits("/articles/final")).isEqualTo(1);
        assertThat(report.published()).isEqualTo(1);
        assertThat(report.count("duplicate")).isEqualTo(1);
    }

    @Test
    void anAmpPageGivesWayToItsCanonicalPageAndAnAmpAlternateIsNeverFetched() throws IOException {
        IngestReport report = runOnce(Map.of(), "/amp/story", "/articles/amp-canonical", "/articles/with-amp",
                "/amp/other");

        assertThat(server.hits("/amp/story")).isEqualTo(1);
        assertThat(server.hits("/articles/amp-canonical")).isEqualTo(1);
        assertThat(server.hits("/articles/with-amp")).isEqualTo(1);
        assertThat(server.hits("/amp/other")).isZero();
        assertThat(report.published()).isEqualTo(2);
    }

    @Test
    void aTimeoutIsNotRetriedInThePassAndAHostThatKeepsTimingOutIsSkipped() throws IOException {
        IngestReport report = runOnce(Map.of("ingest.max.retries", "2", "ingest.host.max.failures", "2"),
                "/slow?n=1", "/slow?n=2", "/slow?n=3", "/articles/after");

        assertThat(server.hits("/slow")).isEqualTo(2);
        assertThat(server.hits("/articles/after")).isZero();
        assertThat(report.count("timeout")).isEqualTo(2);
        assertThat(report.count("retried")).isZero();
        assertThat(report.count("host_skipped")).isEqualTo(2);
    }

    private IngestReport runOnce(Map<String, String> extra, String... paths) throws IOException {
        StringBuilder list = new StringBuilder();
        for (String path : paths) {
            list.append(server.url(path)).append('\n');
        }
        Map<String, String> settings = new HashMap<>(extra);
        settings.put("ingest.sources.0.type", "list");
        settings.put("ingest.sources.0.path", Files.writeString(dir.resolve("urls.txt"), list).toString());
        settings.put("ingest.request.timeout", "300ms");
        settings.put("ingest.host.delay", "0s");
        settings.put("ingest.backoff.base", "10ms");
        settings.put("ingest.allow.addresses", "127.0.0.0/8");
        MockProducer<byte[], byte[]> producer = new MockProducer<>(true, null, new ByteArraySerializer(),
                new ByteArraySerializer());
        try (IngestApp app = new IngestApp(IngestConfig.load(settings), TOPICS, producer, stateConsumer(), MemoryFrontier::new,
                Clock.systemUTC(), new SimpleMeterRegistry())) {
            return app.runOnce();
        }
    }

    private static MockConsumer<byte[], byte[]> stateConsumer() {
        return EmptyFetchStates.consumer(TOPICS);
    }
}
