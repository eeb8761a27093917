package io.newsflow.app.it.faults;

import io.newsflow.app.kafka.TopicCreator;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * One fault scenario's world on a shared broker: its own topic prefix, application ids and settings file, the raw
 * pages it fed in, and the stage processes it started.
 */
final class Scenario {

    private final String prefix;
    private final Topics topics;
    private final Path dir;
    private final Path settings;
    private final String bootstrapServers;
    private final Map<String, Object> client;
    private final Map<String, String> env;
    private final List<ChildJvm> running = new java.util.ArrayList<>();

    /**
     * @param client client settings besides bootstrap (security), for the test's own clients
     * @param env environment of the stage processes (secrets as NEWSFLOW_KAFKA_* variables)
     * @param extraSettings settings file lines beyond topics and application ids
     */
    Scenario(String name, String bootstrapServers, Path root, Map<String, Object> client, Map<String, String> env,
            Map<String, String> extraSettings) {
        this.prefix = "faults-" + name + "-" + UUID.randomUUID().toString().substring(0, 6);
        this.topics = Topics.of(prefix, 3, (short) 1);
        this.dir = root.resolve(prefix);
        this.bootstrapServers = bootstrapServers;
        this.client = new HashMap<>(client);
        this.client.put("bootstrap.servers", bootstrapServers);
        this.env = Map.copyOf(env);
        Map<String, String> lines = new HashMap<>(extraSettings);
        lines.put("topics.prefix", prefix);
        lines.put("topics.partitions", "3");
        lines.put("enrich.application.id", prefix + "-enrich");
        lines.put("publish.application.id", prefix + "-publish");
        // the sample pages' languages: detection among four is faster than among 28, which the CI time budget needs
        lines.put("enrich.languages", "en,de,fr,es");
        // one stream thread per stage process (the default is one per core): these tests kill and restart processes
        // and count what comes out; two threads each would double the tasks and transactions on a 2-core machine
        // running several stage processes and a broker, for nothing the tests look at
        lines.putIfAbsent("enrich.stream.threads", "1");
        lines.putIfAbsent("publish.stream.threads", "1");
        StringBuilder text = new StringBuilder();
        lines.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        try {
            Files.createDirectories(dir);
            this.settings = Files.writeString(dir.resolve("newsflow.properties"), text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the settings of " + prefix, e);
        }
        try (Admin admin = Admin.create(this.client)) {
            TopicCreator.createMissing(admin, topics);
        }
    }

    Topics topics() {
        return topics;
    }

    Map<String, Object> client() {
        return client;
    }

    /** Sends the pages to the raw topic; returns their ids. */
    Set<String> produce(List<RawArticle> pages) {
        Map<String, Object> settings = new HashMap<>(client);
        settings.put("acks", "all");
        settings.put("linger.ms", 20);
        settings.put("max.in.flight.requests.per.connection", 1);
        settings.put("compression.type", "zstd");
        settings.put("max.request.size", Topics.MAX_MESSAGE_BYTES);
        Set<String> ids = new LinkedHashSet<>();
        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(settings,
                topics.rawArticles().keySerde().serializer(), topics.rawArticles().valueSerde().serializer())) {
            List<java.util.concurrent.Future<?>> sends = new java.util.ArrayList<>();
            for (RawArticle page : pages) {
                sends.add(producer.send(new ProducerRecord<>(topics.rawArticles().name(), page.getId(), page)));
                ids.add(page.getId());
            }
            producer.flush();
            for (java.util.concurrent.Future<?> send : sends) {
                send.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot feed the raw topic of " + prefix + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while feeding " + prefix, e);
        }
        return ids;
    }

    /** Starts {@code stage} (enrich or publish) as instance {@code instance} in a JVM of its own. */
    ChildJvm start(String stage, String instance) {
        ChildJvm jvm = StageJvm.start(stage, instance, bootstrapServers, settings, dir, env);
        running.add(jvm);
        return jvm;
    }

    /** Kills a stage with SIGKILL; it no longer counts as one that must stay alive. */
    void kill(ChildJvm jvm) {
        running.remove(jvm);
        jvm.kill();
    }

    /** Stops every stage still running. */
    void stopAll() {
        running.forEach(ChildJvm::close);
        running.clear();
    }

    /** The watcher of this scenario's output topics; it fails as soon as a stage that should run has died. */
    OutputWatcher watch() {
        return new OutputWatcher(client, topics, this::failIfAnyDied);
    }

    private void failIfAnyDied() {
        for (ChildJvm jvm : running) {
            if (!jvm.alive()) {
                throw new AssertionError(jvm + " died: " + jvm.logTail());
            }
        }
    }

    String applicationId(String stage) {
        return prefix + "-" + stage;
    }

    @Override
    public String toString() {
        return prefix + " in " + dir;
    }
}
