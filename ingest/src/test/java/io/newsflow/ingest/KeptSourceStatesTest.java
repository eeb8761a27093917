package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.fetch.Page;
import io.newsflow.ingest.publish.IngestPublisher;
import io.newsflow.ingest.publish.RecordFactory;
import io.newsflow.runtime.deadletter.DeadLetterWriter;
import io.newsflow.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Source bodies are kept in the seen-set with their validators, within what a fetch-state record may hold. */
class KeptSourceStatesTest {

    private static final Topics TOPICS = Topics.of("kept", 1, (short) 1);
    private static final String FEED = "https://news.example/rss.xml";

    private final MockProducer<byte[], byte[]> producer = new MockProducer<>(true, null, new ByteArraySerializer(),
            new ByteArraySerializer());
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final FetchStates states = new FetchStates(new MockConsumer<>("earliest"), TOPICS.fetchStates(), meters);
    private final PassTally tally = new PassTally(new IngestMetrics(meters));
    private final KeptSourceStates kept = new KeptSourceStates(states, new IngestPublisher(producer, TOPICS,
            new DeadLetterWriter(TOPICS.deadLetters().name(), RecordFactory.STAGE, meters)), tally);

    @Test
    void keepsABodyWithItsValidatorsOnTheFetchStateTopicAndCountsA304() {
        kept.keep(page("\"v1\"", "<rss/>".getBytes(StandardCharsets.UTF_8)));

        Page back = kept.get(FEED).orElseThrow();
        assertThat(back.etag()).isEqualTo("\"v1\"");
        assertThat(new String(back.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
        assertThat(back.contentType()).isEqualTo("application/rss+xml");
        assertThat(producer.history()).singleElement()
                .satisfies(record -> assertThat(record.topic()).isEqualTo(TOPICS.fetchStates().name()));
        kept.notModified(FEED);
        assertThat(tally.report(0).count("not_modified")).isEqualTo(1);
    }

    @Test
    void keepsNothingWithoutValidatorsOrOverTheRecordLimit() {
        kept.keep(page(null, "<rss/>".getBytes(StandardCharsets.UTF_8)));
        kept.keep(page("\"big\"", new byte[KeptSourceStates.MAX_KEPT_BYTES + 1]));

        assertThat(kept.get(FEED)).isEmpty();
        assertThat(producer.history()).isEmpty();
    }

    private static Page page(@Nullable String etag, byte[] body) {
        return new Page(FEED, FEED, 200, "application/rss+xml", "utf-8", etag, null, body, false,
                Instant.parse("2026-01-01T00:00:00Z"), List.of());
    }
}
