package io.newsflow.app.kafka;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Gives integration tests a real Kafka broker, one per test JVM: {@code KAFKA_BOOTSTRAP_SERVERS} when set, else a
 * Testcontainers {@code apache/kafka} container of the clients' version when a Docker engine is available, else the
 * in-process {@link EmbeddedKafka}. Tests receive a {@link BrokerAddress} parameter and isolate themselves with
 * unique topic prefixes, group ids and application ids ({@link BrokerAddress#uniquePrefix}).
 */
public final class KafkaBroker implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaBroker.class);

    /** A broker's address and how it was provided. */
    public record BrokerAddress(String bootstrapServers, String kind) {

        /** A prefix no other test uses, for topic names and application ids. */
        public String uniquePrefix(String test) {
            return "it-" + test + "-" + UUID.randomUUID().toString().substring(0, 8);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == BrokerAddress.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // the root store lives as long as the test JVM and closes the broker when the JVM's tests are done
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("broker", key -> start(), RunningBroker.class).address();
    }

    private static RunningBroker start() {
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (external != null && !external.isBlank()) {
            return new RunningBroker(new BrokerAddress(external, "external"), () -> {});
        }
        if (dockerAvailable()) {
            KafkaContainer container = new KafkaContainer(System.getProperty("newsflow.kafka.image", "apache/kafka:4.4.0"));
            container.start();
            return new RunningBroker(new BrokerAddress(container.getBootstrapServers(), "testcontainers"), container::stop);
        }
        try {
            Path dir = Files.createTempDirectory("newsflow-it-kafka");
            EmbeddedKafka kafka = EmbeddedKafka.start(dir);
            return new RunningBroker(new BrokerAddress(kafka.bootstrapServers(), "embedded"), kafka::close);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create a directory for the embedded broker", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            // Testcontainers throws rather than answering "no" on some hosts without Docker: that is a "no"
            return false;
        }
    }

    /** A started broker that the JUnit store closes at the end of the test JVM. */
    private record RunningBroker(BrokerAddress address, Runnable stopper) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            stopper.run();
        }
    }
}
