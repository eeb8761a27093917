package io.newsflow.app.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.kafka.TopicCreator;
import io.newsflow.app.kafka.TopicReader;
import io.newsflow.app.pipeline.Pipeline;
import io.newsflow.app.pipeline.SettingsSource;
import io.newsflow.app.pipeline.StageName;
import io.newsflow.app.sample.SampleArticle;
import io.newsflow.app.sample.SampleSite;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Discovery;
import io.newsflow.schemas.avro.DiscoveryMethod;
import io.newsflow.schemas.avro.RawArticle;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * enrich and publish against a broker that requires TLS, SASL/PLAIN, or SASL/SCRAM with the authorizer on, configured
 * only through {@code NEWSFLOW_KAFKA_*} environment variables as docs/operators.md describes; for SCRAM each stage
 * runs as its own principal holding exactly the ACLs the operators' guide lists. The sample site's articles must all
 * reach the articles topic.
 */
class SecurePipelineIT {

    private Path dir;
    private SecureBroker broker;
    private TestKeystores keys;

    /**
     * A broker of its own for each protocol: one test's stages, transactions and ACLs cannot slow or block the next
     * (a shared broker once left the third test's feed unsent for two minutes on a loaded machine).
     */
    @BeforeEach
    void startBroker(TestInfo test) throws Exception {
        dir = Path.of("target", "security-it", test.getTestMethod().orElseThrow().getName() + "-" + System.currentTimeMillis())
                .toAbsolutePath();
        Files.createDirectories(dir);
        keys = TestKeystores.create(dir);
        broker = SecureBroker.start(dir.resolve("kafka"), keys);
    }

    @AfterEach
    void stopBroker() {
        broker.close();
    }

    @Test
    void runsOverTls() throws Exception {
        Map<String, String> env = Map.of("NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "SSL",
                "NEWSFLOW_KAFKA_SSL_TRUSTSTORE_LOCATION", keys.truststore().toString(),
                "NEWSFLOW_KAFKA_SSL_TRUSTSTORE_TYPE", "PKCS12",
                "NEWSFLOW_KAFKA_SSL_TRUSTSTORE_PASSWORD", keys.password());
        runPipeline("tls", broker.ssl(), env, env);
    }

    @Test
    void runsOverSaslPlain() throws Exception {
        Map<String, String> env = sasl("PLAIN", "org.apache.kafka.common.security.plain.PlainLoginModule",
                SecureBroker.PLAIN_USER, broker.plainPassword());
        runPipeline("plain", broker.sasl(), env, env);
    }

    @Test
    void runsOverSaslScramWithTheDocumentedAcls() throws Exception {
        String enrichPassword = UUID.randomUUID().toString();
        String publishPassword = UUID.randomUUID().toString();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.plaintext()))) {
            admin.alterUserScramCredentials(List.of(
                    new UserScramCredentialUpsertion("enrich", new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, 4096), enrichPassword),
                    new UserScramCredentialUpsertion("publish", new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, 4096), publishPassword)))
                    .all().get(30, TimeUnit.SECONDS);
        }
        String module = "org.apache.kafka.common.security.scram.ScramLoginModule";
        runPipeline("scram", broker.sasl(), sasl("SCRAM-SHA-256", module, "enrich", enrichPassword),
                sasl("SCRAM-SHA-256", module, "publish", publishPassword));
    }

    private static Map<String, String> sasl(String mechanism, String module, String user, String password) {
        return Map.of("NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                "NEWSFLOW_KAFKA_SASL_MECHANISM", mechanism,
                "NEWSFLOW_KAFKA_SASL_JAAS_CONFIG", module + " required username=\"" + user + "\" password=\"" + password + "\";");
    }

    /** Feeds the sample articles (as the admin), runs enrich and publish with the given environments, checks the output. */
    private void runPipeline(String name, String bootstrap, Map<String, String> enrichEnv, Map<String, String> publishEnv)
            throws Exception {
        String prefix = "sec-" + name + "-" + UUID.randomUUID().toString().substring(0, 6);
        Topics topics = Topics.of(prefix, 2, (short) 1);
        Map<String, Object> admin = Map.of("bootstrap.servers", broker.plaintext());
        try (Admin client = Admin.create(admin)) {
            TopicCreator.createMissing(client, topics);
            client.createAcls(DocumentedAcls.forStages(topics, prefix + "-enrich", prefix + "-publish")).all().get(30, TimeUnit.SECONDS);
        }
        Set<String> ids = feed(admin, topics);
        try (Pipeline enrich = new Pipeline(settings(prefix, "enrich", enrichEnv), bootstrap, EnumSet.of(StageName.ENRICH), false);
                Pipeline publish = new Pipeline(settings(prefix, "publish", publishEnv), bootstrap, EnumSet.of(StageName.PUBLISH), false)) {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            Set<String> published = new HashSet<>();
            while (!published.containsAll(ids) && Instant.now().isBefore(deadline)) {
                enrich.failIfDead();
                publish.failIfDead();
                Thread.sleep(1000);
                TopicReader.readAll(admin, topics.articles()).forEach(record -> published.add(record.key()));
            }
            System.out.printf("[security] %s: %d of %d sample articles published%n", name, published.size(), ids.size());
            assertThat(published).containsAll(ids);
        }
    }

    private Map<String, String> settings(String prefix, String stage, Map<String, String> env) {
        Map<String, String> settings = new HashMap<>(SettingsSource.fromEnvironment(env));
        settings.put("topics.prefix", prefix);
        settings.put("topics.partitions", "2");
        settings.put("enrich.application.id", prefix + "-enrich");
        settings.put("publish.application.id", prefix + "-publish");
        settings.put("enrich.languages", "en,de,fr,es");
        settings.put(stage + ".state.dir", dir.resolve(prefix).resolve(stage).toString());
        return settings;
    }

    private static Set<String> feed(Map<String, Object> admin, Topics topics) throws Exception {
        Set<String> ids = new HashSet<>();
        List<java.util.concurrent.Future<?>> sends = new ArrayList<>();
        // the feed needs no producer id: a duplicate from a retried send leaves the set of ids to check unchanged
        Map<String, Object> client = new HashMap<>(admin);
        client.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
        client.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(client,
                topics.rawArticles().keySerde().serializer(), topics.rawArticles().valueSerde().serializer())) {
            for (SampleArticle sample : SampleSite.articles()) {
                RawArticle page = page(sample);
                ids.add(page.getId());
                sends.add(producer.send(new ProducerRecord<>(topics.rawArticles().name(), page.getId(), page)));
            }
            for (java.util.concurrent.Future<?> send : sends) {
                send.get();
            }
        }
        return ids;
    }

    private static RawArticle page(SampleArticle sample) throws Exception {
        byte[] html;
        try (InputStream in = SecurePipelineIT.class.getResourceAsStream("/io/newsflow/app/sample-site/" + sample.path())) {
            html = in.readAllBytes();
        }
        String url = "https://sample.example.test/" + sample.path();
        return RawArticle.newBuilder().setId(Integer.toHexString(sample.path().hashCode())).setUrl(url).setFinalUrl(url)
                .setDiscovery(Discovery.newBuilder().setMethod(DiscoveryMethod.LIST).build())
                .setFetchedAt(Instant.parse("2026-12-01T10:00:00Z")).setHttpStatus(200).setContentType("text/html")
                .setBody(ByteBuffer.wrap(html)).build();
    }
}
