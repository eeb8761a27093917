package io.newsflow.app.it.faults;

import io.newsflow.app.kafka.LoopbackPorts;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.jspecify.annotations.Nullable;

/** A single-node broker in its own JVM ({@link BrokerMain}) on fixed ports and a fixed data directory. */
final class KillableBroker implements AutoCloseable {

    private final Path dataDir;
    private final int brokerPort;
    private final int controllerPort;
    private final Map<String, String> overrides;
    private final Map<String, Object> adminSettings;
    private @Nullable ChildJvm jvm;

    /**
     * @param overrides broker settings beyond the embedded defaults (listeners for TLS or SASL)
     * @param adminSettings client settings with which readiness is checked (security settings; bootstrap is added)
     */
    KillableBroker(Path dataDir, Map<String, String> overrides, Map<String, Object> adminSettings) {
        this.dataDir = dataDir;
        int[] ports = LoopbackPorts.take(2);
        this.brokerPort = ports[0];
        this.controllerPort = ports[1];
        this.overrides = Map.copyOf(overrides);
        this.adminSettings = Map.copyOf(adminSettings);
    }

    String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    int port() {
        return brokerPort;
    }

    /** Starts the broker JVM and waits until it answers; returns how long that took. */
    Duration start() {
        Instant started = Instant.now();
        List<String> args = new ArrayList<>(List.of(dataDir.resolve("kafka").toString(), String.valueOf(brokerPort),
                String.valueOf(controllerPort)));
        overrides.forEach((key, value) -> args.add(key + "=" + value));
        jvm = ChildJvm.start("broker", "768m", Map.of(), dataDir.resolve("broker.log"), BrokerMain.class.getName(), args);
        awaitReady(Duration.ofSeconds(90));
        return Duration.between(started, Instant.now());
    }

    /** SIGKILL: the broker gets no chance to flush or close its log cleanly. */
    void kill() {
        if (jvm != null) {
            jvm.kill();
        }
    }

    @Override
    public void close() {
        if (jvm != null) {
            jvm.close();
        }
    }

    private void awaitReady(Duration timeout) {
        Map<String, Object> settings = new java.util.HashMap<>(adminSettings);
        settings.put("bootstrap.servers", bootstrapServers());
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = Admin.create(settings)) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | TimeoutException e) {
                    // not listening yet: a broker takes seconds to recover its log and open the port
                    if (Instant.now().isAfter(deadline) || jvm == null || !jvm.alive()) {
                        throw new IllegalStateException("broker not ready after " + timeout + ", see " + jvm, e);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the broker", e);
                }
            }
        }
    }
}
