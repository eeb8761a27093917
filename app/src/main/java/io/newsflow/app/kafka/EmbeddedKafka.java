package io.newsflow.app.kafka;

import io.newsflow.schemas.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running in this JVM.
 *
 * <p>It is the embedded default of {@code newsflow}: the same broker code as a cluster, on loopback ports chosen at
 * start, storing its log in a data directory that survives restarts (the storage is formatted only when
 * {@code meta.properties} is missing). Settings are sized for one node: internal topics with replication 1 and few
 * partitions, a small log-cleaner buffer (the default takes 128 MiB of heap), and no topic auto-creation, since
 * newsflow creates its topics with their configs.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final int NODE_ID = 1;

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path dataDir;

    private EmbeddedKafka(KafkaRaftServer server, String bootstrapServers, Path dataDir) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dataDir;
    }

    /**
     * Starts a broker storing its data in {@code dataDir}, formatting it first when it is new.
     *
     * @throws IllegalStateException when the directory cannot be used or the broker fails to start
     */
    public static EmbeddedKafka start(Path dataDir) {
        int[] ports = LoopbackPorts.take(2);
        return start(dataDir, ports[0], ports[1], Map.of());
    }

    /**
     * Starts a broker on the given loopback ports, with {@code overrides} replacing or adding broker settings (a TLS
     * or SASL listener, for instance). Fixed ports let a broker be stopped and started again on the same data at
     * the same address.
     *
     * @throws IllegalStateException when the directory cannot be used or the broker fails to start
     */
    public static EmbeddedKafka start(Path dataDir, int brokerPort, int controllerPort, Map<String, String> overrides) {
        try {
            Files.createDirectories(dataDir);
            Properties props = brokerProperties(dataDir, brokerPort, controllerPort);
            props.putAll(overrides);
            KafkaConfig config = KafkaConfig.fromProps(props, false);
            if (!Files.exists(dataDir.resolve("meta.properties"))) {
                format(dataDir);
            }
            KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            String bootstrap = "127.0.0.1:" + brokerPort;
            LOG.info("embedded Kafka listening on {}, data in {}", bootstrap, dataDir);
            return new EmbeddedKafka(server, bootstrap, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the embedded broker's data directory " + dataDir, e);
        }
    }

    /** The {@code bootstrap.servers} value for clients of this broker. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Where the broker keeps its log. */
    public Path dataDir() {
        return dataDir;
    }

    /** Shuts the broker down and waits until it has stopped. */
    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    static Properties brokerProperties(Path dataDir, int brokerPort, int controllerPort) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", dataDir.toString());
        // One node: every internal topic has one replica, and few partitions so startup stays quick.
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("num.partitions", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "false");
        props.put("message.max.bytes", String.valueOf(Topics.MAX_MESSAGE_BYTES + 64 * 1024));
        // The cleaner's dedupe buffer defaults to 128 MiB of heap; 4 MiB is plenty for one node's compacted topics.
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        props.put("log.cleaner.threads", "1");
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "4");
        return props;
    }

    private static void format(Path dataDir) {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(java.io.OutputStream.nullOutputStream(), true, "UTF-8"))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(dataDir.toString()))
                    .setMetadataLogDirectory(dataDir.toString())
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setControllerListenerName("CONTROLLER")
                    .run();
            LOG.info("formatted new embedded Kafka storage in {}", dataDir);
        } catch (Exception e) {
            // Formatter.run declares Exception; any failure means the directory is unusable.
            throw new IllegalStateException(
                    "cannot format embedded Kafka storage in " + dataDir + ": " + e.getMessage(), e);
        }
    }
}
