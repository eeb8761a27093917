package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.story.StoryClusterer;
import io.newsflow.enrich.story.StoryClustering;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Story clustering through the whole enrich topology: raw pages in, clustered articles out; in the default single
 * task, and ({@link StoryClusteringByBandTopologyTest}) spread over partitions by band.
 */
class StoryClusteringTopologyTest {

    private static final Instant MORNING = Instant.parse("2024-01-09T07:00:00Z");

    private final Topics topics = Topics.DEFAULT;
    final EnrichConfig config = config();
    private EnrichTopologyDriver topology;

    @TempDir
    Path stateDir;

    EnrichConfig config() {
        return EnrichConfig.load(Map.of());
    }

    @BeforeEach
    void start() {
        topology = new EnrichTopologyDriver(config, topics, stateDir);
    }

    @AfterEach
    void stop() {
        topology.close();
    }

    @Test
    void sameAgencyTextOnTwoSitesIsOneStory() {
        String agency = text("agency-strike.txt");
        Article first = enrich("site-a", "Bahnstreik am Donnerstag: GDL ruft erneut zum Ausstand auf", agency, MORNING);
        Article second = enrich("site-b", "GDL streikt wieder – was Bahnkunden jetzt wissen müssen", agency,
                MORNING.plusSeconds(1800));

        assertThat(first.getClusterId()).isEqualTo("site-a");
        assertThat(first.getDuplicateOf()).isNull();
        assertThat(second.getClusterId()).isEqualTo("site-a");
        assertThat(second.getDuplicateOf()).isEqualTo("site-a");
    }

    @Test
    void updatedVersionOfAnArticleJoinsItsStory() {
        String seed = new EnrichedSeed().body();
        String updated = seed.replace("Peking bestätigte dies.", "Peking bestätigte dies am Dienstag offiziell.")
                + "\n\nUpdate, 12.30 Uhr: Schoigu ist inzwischen mit Kim zusammengetroffen, meldete die Staatsagentur KCNA.";
        Article original = enrich("original", "Schoigu besucht Kim", seed, MORNING);
        Article update = enrich("original-update", "Schoigu trifft Kim", updated, MORNING.plusSeconds(3 * 3600));
        Article sameUrlAgain = enrich("original", "Schoigu besucht Kim", updated, MORNING.plusSeconds(4 * 3600));

        assertThat(update.getClusterId()).isEqualTo(original.getId());
        assertThat(update.getDuplicateOf()).isEqualTo(original.getId());
        assertThat(sameUrlAgain.getClusterId()).as("a re-fetch of the first article").isEqualTo(original.getId());
    }

    @Test
    void differentArticlesOnTheSameDayAreDifferentStories() {
        Article news = enrich("news", "Bahnstreik am Donnerstag", text("agency-strike.txt"), MORNING);
        Article commentary = enrich("comment", "Kommentar: Wieder steht das Land still", text("strike-commentary.txt"),
                MORNING.plusSeconds(600));

        assertThat(commentary.getClusterId()).isEqualTo("comment").isNotEqualTo(news.getClusterId());
        assertThat(commentary.getDuplicateOf()).isNull();
    }

    @Test
    void clustersInTheStoresAndTopicsOfTheConfiguredDesign() {
        TopologyDescription description = EnrichTopology.build(config, topics).describe();
        assertThat(description.subtopologies()).hasSize(2);
        enrich("site-a", "Bahnstreik", text("agency-strike.txt"), MORNING);
        if (config.storyByBand()) {
            String loop = StoryClustering.loopTopic(config.applicationId());
            assertThat(description.toString()).as("articles with their answers; band buckets")
                    .contains("story-band-answers-repartition", loop, "story-band-buckets", "story-waiting")
                    .doesNotContain("story-clustering");
            assertThat(topology.driver.producedTopicNames()).contains(loop)
                    .anyMatch(name -> name.endsWith("story-band-buckets-changelog"))
                    .anyMatch(name -> name.endsWith("story-waiting-changelog"));
        } else {
            assertThat(description.toString()).contains("story-clustering-repartition", StoryClusterer.STORE)
                    .doesNotContain("story-band-buckets", "story-waiting");
            assertThat(topology.driver.producedTopicNames())
                    .anyMatch(name -> name.endsWith(StoryClusterer.STORE + "-changelog"));
        }
    }

    private Article enrich(String id, String title, String body, Instant published) {
        String url = "https://" + id + ".example/artikel/" + id + ".html";
        topology.raw.pipeInput(id, RawPages.raw(id, url, page(title, body, published), published.plusSeconds(60)));
        return topology.enriched.readValue();
    }

    static String text(String name) {
        return new String(RawPages.resource("/story/" + name), StandardCharsets.UTF_8).strip();
    }

    static byte[] page(String title, String body, Instant published) {
        String paragraphs = Arrays.stream(body.split("\n\n"))
                .map(p -> "<p>" + p.replace("&", "&amp;").replace("<", "&lt;") + "</p>")
                .collect(Collectors.joining("\n"));
        String html = "<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<meta property=\"article:published_time\" content=\"" + published + "\"></head>"
                + "<body><header><nav><a href=\"/\">Start</a></nav></header><main><article><h1>" + title + "</h1>"
                + paragraphs + "</article></main><footer>Impressum</footer></body></html>";
        return html.getBytes(StandardCharsets.UTF_8);
    }
}
