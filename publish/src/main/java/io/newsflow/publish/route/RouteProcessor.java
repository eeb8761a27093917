package io.newsflow.publish.route;

import io.newsflow.runtime.json.RecordJson;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.Mention;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * Writes each article to the articles topic and its routes, its mentions to the mentions topic, and remembers per
 * article which topics it went to (the {@value #STORE} store), so that a new version of the article replaces the old
 * one on each of them and leaves a tombstone on each route it no longer matches. A null article (a removal) leaves a
 * tombstone everywhere the article was. Processor API because the tombstones need that state.
 */
public final class RouteProcessor implements Processor<String, Article, String, RoutedRecord> {

    /** Per article id: the topics it was last written to, one {@code topic<TAB>route} per line. */
    public static final String STORE = "published-routes";

    private final ArticleRouter router;
    private final Lineage lineage;
    private final RouteTopicCreator creator;
    private final String mentionsTopic;
    private final Serializer<Article> avro;
    private final Serializer<Mention> mentionAvro;
    private final Set<String> created = new HashSet<>();
    private @Nullable ProcessorContext<String, RoutedRecord> context;
    private @Nullable KeyValueStore<String, String> store;

    /** A processor writing {@code topics}' articles and mentions and the routes of {@code router}. */
    public RouteProcessor(ArticleRouter router, Lineage lineage, RouteTopicCreator creator, Topics topics) {
        this.router = router;
        this.lineage = lineage;
        this.creator = creator;
        this.mentionsTopic = topics.mentions().name();
        this.avro = topics.articles().valueSerde().serializer();
        this.mentionAvro = topics.mentions().valueSerde().serializer();
        created.add(topics.articles().name());
        created.addAll(router.fixedTopics()); // created when the stage was built
    }

    @Override
    public void init(ProcessorContext<String, RoutedRecord> context) {
        this.context = context;
        this.store = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        Map<String, String> before = decode(store().get(record.key()));
        List<RouteTarget> targets = article == null ? List.of() : router.targets(article);
        ensureTopics(targets);
        for (RouteTarget target : targets) {
            byte[] value = encode(target, article);
            forward(record, record.key(), new RoutedRecord(target.topic(), value), lineage.of(article, target.route(),
                    Article.getClassSchema()));
        }
        for (Map.Entry<String, String> left : before.entrySet()) {
            if (targets.stream().noneMatch(target -> target.topic().equals(left.getKey()))) {
                forward(record, record.key(), new RoutedRecord(left.getKey(), null), lineage.of(left.getValue(),
                        Article.getClassSchema(), article == null ? null : article.getFetchedAt()));
            }
        }
        if (article != null) {
            writeMentions(record, article);
        }
        Map<String, String> after = new LinkedHashMap<>();
        targets.forEach(target -> after.put(target.topic(), target.route()));
        if (after.isEmpty()) {
            store().delete(record.key());
        } else {
            store().put(record.key(), encode(after));
        }
    }

    private void writeMentions(Record<String, Article> record, Article article) {
        for (Mention mention : MentionExtractor.mentions(article)) {
            byte[] value = mentionAvro.serialize(mentionsTopic, mention);
            forward(record, MentionExtractor.key(mention), new RoutedRecord(mentionsTopic, value),
                    lineage.of(article, "mentions", Mention.getClassSchema()));
        }
    }

    private byte[] encode(RouteTarget target, Article article) {
        return target.format() == RouteFormat.JSON
                ? RecordJson.line(RecordJson.of(article)).getBytes(StandardCharsets.UTF_8)
                : avro.serialize(target.topic(), article);
    }

    private void ensureTopics(List<RouteTarget> targets) {
        List<String> missing = targets.stream()
                .map(RouteTarget::topic)
                .filter(topic -> !created.contains(topic))
                .toList();
        if (!missing.isEmpty()) {
            // a template meets a new value (a new language, section or site): create its topic before writing to it
            creator.createMissing(missing);
            created.addAll(missing);
        }
    }

    private void forward(Record<String, Article> input, String key, RoutedRecord value, Headers headers) {
        if (context == null) {
            throw new IllegalStateException("processor used before init");
        }
        context.forward(new Record<>(key, value, input.timestamp(), headers));
    }

    private KeyValueStore<String, String> store() {
        if (store == null) {
            throw new IllegalStateException("processor used before init");
        }
        return store;
    }

    private static Map<String, String> decode(@Nullable String stored) {
        Map<String, String> routes = new LinkedHashMap<>();
        if (stored != null) {
            stored.lines().map(line -> line.split("\t", 2)).forEach(parts -> routes.put(parts[0], parts[1]));
        }
        return routes;
    }

    private static String encode(Map<String, String> routes) {
        StringBuilder stored = new StringBuilder();
        routes.forEach((topic, route) -> stored.append(topic).append('\t').append(route).append('\n'));
        return stored.toString();
    }
}
