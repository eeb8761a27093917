package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.fetch.RobotsCache;
import io.newsflow.ingest.fixtures.EmptyFetchStates;
import io.newsflow.ingest.fixtures.TestServer;
import io.newsflow.schemas.Topics;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/** With several instances, a source is read only by the instance that owns its host, like the host's articles. */
class SourceOwnershipTest {

    private static final Topics TOPICS = Topics.of("test", 1, (short) 1);

    @Test
    void aSourceBelongsToItsHostAndAFileToItsPath() {
        SourceSpec feed = new SourceSpec(SourceType.FEED, "https://News.Example.org/rss.xml");
        SourceSpec file = new SourceSpec(SourceType.LIST, "/etc/newsflow/urls.txt");

        assertThat(IngestPass.sourceKey(feed)).isEqualTo("https://news.example.org:443")
                .isEqualTo(RobotsCache.hostKey("https://news.example.org/2025/06/story"));
        assertThat(IngestPass.sourceKey(file)).isEqualTo("/etc/newsflow/urls.txt");
        assertThat(IngestPass.sourceKey(new SourceSpec(SourceType.FEED, "http:///no-host"))).isEqualTo("http:///no-host");
    }

    @Test
    void anInstanceReadsOnlyTheSourcesOfTheHostsItOwns() {
        try (TestServer owned = new TestServer(); TestServer other = new TestServer()) {
            Map<String, String> settings = new HashMap<>();
            settings.put("ingest.sources.0.type", "feed");
            settings.put("ingest.sources.0.url", owned.url("/feed.rss"));
            settings.put("ingest.sources.1.type", "feed");
            settings.put("ingest.sources.1.url", other.url("/feed.rss"));
            settings.put("ingest.allow.addresses", "127.0.0.0/8");
            settings.put("ingest.host.delay", "0s");
            settings.put("ingest.request.timeout", "10s"); // generous: a loaded machine must not turn this into a timeout test
            settings.put("ingest.max.retries", "0");
            String ownedHost = RobotsCache.hostKey(owned.url("/"));
            MockProducer<byte[], byte[]> producer = new MockProducer<>(true, null, new ByteArraySerializer(),
                    new ByteArraySerializer());
            MockConsumer<byte[], byte[]> states = EmptyFetchStates.consumer(TOPICS);

            IngestReport report;
            try (IngestApp app = new IngestApp(IngestConfig.load(settings), TOPICS, producer, states,
                    MemoryFrontier.owning(ownedHost::equals), Clock.systemUTC(), new SimpleMeterRegistry())) {
                report = app.runOnce();
            }

            assertThat(owned.hits("/feed.rss")).isEqualTo(1);
            assertThat(report.published()).isPositive();
            assertThat(other.allHits()).isEmpty(); // not even its robots.txt: another instance owns that host
        }
    }
}
