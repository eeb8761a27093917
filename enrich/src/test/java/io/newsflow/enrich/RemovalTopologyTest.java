package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A removal (a tombstone on the raw topic) through the whole enrich topology. */
class RemovalTopologyTest {

    private static final Instant MORNING = Instant.parse("2024-01-09T07:00:00Z");

    private final Topics topics = Topics.DEFAULT;
    private final EnrichConfig config = EnrichConfig.load(Map.of());
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
    void tombstoneOnRawBecomesOneTombstoneOnEnrichedBehindTheArticle() {
        pipePage("gone", "Bahnstreik am Donnerstag: GDL ruft erneut zum Ausstand auf", MORNING);
        topology.raw.pipeInput("gone", null);

        List<TestRecord<String, Article>> out = topology.enriched.readRecordsToList();
        assertThat(out).extracting(TestRecord::key).containsExactly("gone", "gone");
        assertThat(out.get(0).value()).isNotNull();
        assertThat(out.get(1).value()).as("the removal, after the article").isNull();
        assertThat(topology.dead.isEmpty()).as("a removal is no rejection").isTrue();
    }

    @Test
    void removalOfAnUnknownArticleStillPassesThroughOnce() {
        topology.raw.pipeInput("never-seen", null);

        List<TestRecord<String, Article>> out = topology.enriched.readRecordsToList();
        assertThat(out).hasSize(1);
        assertThat(out.get(0).key()).isEqualTo("never-seen");
        assertThat(out.get(0).value()).isNull();
        assertThat(topology.dead.isEmpty()).isTrue();
    }

    @Test
    void articlesAfterARemovalAreStillClustered() {
        String body = StoryClusteringTopologyTest.text("agency-strike.txt");
        pipePage("first", "Bahnstreik am Donnerstag", MORNING, body);
        topology.raw.pipeInput("other", null);
        pipePage("second", "GDL streikt wieder", MORNING.plusSeconds(1800), body);

        List<Article> articles = topology.enriched.readValuesToList();
        assertThat(articles).hasSize(3);
        assertThat(articles.get(1)).isNull();
        assertThat(articles.get(2).getClusterId()).isEqualTo("first");
    }

    private void pipePage(String id, String title, Instant published) {
        pipePage(id, title, published, StoryClusteringTopologyTest.text("agency-strike.txt"));
    }

    private void pipePage(String id, String title, Instant published, String body) {
        String url = "https://" + id + ".example/artikel/" + id + ".html";
        topology.raw.pipeInput(id, RawPages.raw(id, url, StoryClusteringTopologyTest.page(title, body, published),
                published.plusSeconds(60)));
    }
}
