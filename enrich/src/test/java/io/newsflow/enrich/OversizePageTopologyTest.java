package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages over {@code enrich.max.page.bytes} go to the dead-letter topic as TOO_LARGE, unparsed. */
class OversizePageTopologyTest {

    private static final Instant FETCHED = Instant.parse("2026-12-01T10:00:00Z");

    private final Topics topics = Topics.DEFAULT;
    private final EnrichConfig config = EnrichConfig.load(Map.of("enrich.max.page.bytes", "4KiB", "enrich.languages", "en,de"));
    private EnrichTopologyDriver topology;

    @TempDir
    Path stateDir;

    @BeforeEach
    void start() {
        topology = new EnrichTopologyDriver(config, topics, stateDir);
    }

    @AfterEach
    void stop() {
        topology.close();
    }

    @Test
    void pageOverTheLimitIsDeadLetteredWithItsBytes() {
        topology.raw.pipeInput("big", page("big", 5 * 1024));
        DeadLetter letter = topology.dead.readValue();
        assertThat(letter.getReason()).isEqualTo("TOO_LARGE");
        assertThat(letter.getDetail()).contains("enrich.max.page.bytes (4096)");
        assertThat(letter.getOriginalValue()).isNotNull();
        assertThat(letter.getSourceTopic()).isEqualTo(topics.rawArticles().name());
    }

    @Test
    void originalTooLargeForTheDeadLetterTopicIsLeftAtItsSourceOffset() {
        topology.raw.pipeInput("huge", page("huge", Topics.MAX_MESSAGE_BYTES));
        DeadLetter letter = topology.dead.readValue();
        assertThat(letter.getReason()).isEqualTo("TOO_LARGE");
        assertThat(letter.getOriginalValue()).isNull();
        assertThat(letter.getDetail()).contains("not kept");
        assertThat(letter.getSourceOffset()).isZero();
    }

    private static RawArticle page(String id, int size) {
        StringBuilder html = new StringBuilder("<html><body><article><h1>Title</h1>");
        while (html.length() < size) {
            html.append("<p>The council met again to discuss the budget for the coming year.</p>");
        }
        return RawPages.raw(id, "https://news.example.test/" + id, html.append("</article></body></html>").toString()
                .getBytes(StandardCharsets.UTF_8), FETCHED);
    }
}
