package io.newsflow.app.it.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.it.ItSettings;
import io.newsflow.app.kafka.KafkaBroker;
import io.newsflow.app.kafka.KafkaBroker.BrokerAddress;
import io.newsflow.app.kafka.TopicReader;
import io.newsflow.app.pipeline.Pipeline;
import io.newsflow.app.pipeline.SettingsSource;
import io.newsflow.ingest.IngestReport;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.Story;
import io.newsflow.schemas.avro.StoryMember;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page taken down after it was published: ingest records it gone and writes a tombstone, enrich passes it on, and
 * publish removes the article from the articles topic, its routed topic and its story; every other article stays.
 */
@ExtendWith(KafkaBroker.class)
class RemovalIT {

    private static final String TAKEN_DOWN = "/news/latin1-meta";
    private static final String ROUTES = """
            publish:
              routes:
                - name: by-language
                  topic: "PREFIX.articles.{language}.v1"
            """;

    @Test
    void pageAnswering410IsRemovedDownstreamAndNothingElseChanges(BrokerAddress broker, @TempDir Path dir)
            throws IOException {
        String prefix = broker.uniquePrefix("removal");
        Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
        try (FakeNewsSite site = new FakeNewsSite("User-agent: *\nDisallow: /private/\n", 0, true);
                Pipeline pipeline = new Pipeline(settings(prefix, dir, site), broker.bootstrapServers(),
                        Pipeline.allStages(), false)) {
            Topics topics = pipeline.topics();
            pipeline.drainSources();
            pipeline.awaitIdle(Duration.ofMinutes(3));
            Map<String, List<Article>> before = byKey(TopicReader.readAll(client, topics.articles()));
            Article removed = before.values().stream().map(RemovalIT::last)
                    .filter(article -> article != null && article.getUrl().equals(site.base() + TAKEN_DOWN))
                    .findFirst().orElseThrow();
            assertThat(before).hasSizeGreaterThan(3);

            site.remove(TAKEN_DOWN);
            IngestReport second = pipeline.drainSources().orElseThrow();
            pipeline.awaitIdle(Duration.ofMinutes(3));

            assertThat(second.count("gone")).isEqualTo(1);
            assertThat(site.hits(TAKEN_DOWN)).isEqualTo(2);
            Map<String, List<Article>> after = byKey(TopicReader.readAll(client, topics.articles()));
            assertThat(after.get(removed.getId())).as("the article, then its tombstone")
                    .hasSize(before.get(removed.getId()).size() + 1).last().isNull();
            after.remove(removed.getId());
            before.remove(removed.getId());
            assertThat(after).as("every other article untouched").isEqualTo(before);
            String routed = prefix + ".articles." + removed.getLanguage() + ".v1";
            assertThat(last(byKey(TopicReader.readAll(client, topics.routed(routed))).get(removed.getId())))
                    .as("tombstone on %s", routed).isNull();
            assertNoStoryHolds(client, topics, removed.getId());
        }
    }

    private static void assertNoStoryHolds(Map<String, Object> client, Topics topics, String id) {
        Map<String, List<Story>> stories = byKey(TopicReader.readAll(client, topics.stories()));
        assertThat(stories.values().stream().map(RemovalIT::last).filter(story -> story != null)
                .flatMap(story -> story.getMembers().stream()).map(StoryMember::getArticleId))
                .isNotEmpty().doesNotContain(id);
    }

    private static Map<String, String> settings(String prefix, Path dir, FakeNewsSite site) throws IOException {
        Path routes = Files.writeString(dir.resolve("routes.yml"), ROUTES.replace("PREFIX", prefix));
        Map<String, String> settings = new HashMap<>(SettingsSource.read(routes));
        settings.putAll(ItSettings.pipeline(prefix, dir));
        settings.put("ingest.allow.addresses", "127.0.0.0/8"); // the fake site is on loopback
        settings.put("ingest.host.delay", "50ms");
        settings.put("ingest.sources.0.type", "feed");
        settings.put("ingest.sources.0.url", site.base() + "/rss.xml");
        settings.put("pipeline.idle.after", "2s");
        return settings;
    }

    /** Every value under each key, in offset order (null for a tombstone). */
    private static <V> Map<String, List<V>> byKey(List<ConsumerRecord<String, V>> records) {
        Map<String, List<V>> values = new HashMap<>();
        records.forEach(record -> values.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(record.value()));
        return values;
    }

    private static <V> V last(List<V> values) {
        return values.get(values.size() - 1);
    }
}
