package io.newsflow.app.it.faults;

import io.newsflow.app.kafka.EmbeddedKafka;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A Kafka broker in a JVM of its own, for tests that kill it: {@code BrokerMain DATA_DIR BROKER_PORT CONTROLLER_PORT
 * [key=value ...]} runs {@link EmbeddedKafka} on those fixed loopback ports, with the broker settings given, until
 * the process is killed; started again on the same directory it recovers the same log.
 */
public final class BrokerMain {

    private BrokerMain() {}

    /** Starts the broker and keeps it running; SIGTERM shuts it down cleanly, SIGKILL does not. */
    public static void main(String[] args) throws InterruptedException {
        Map<String, String> overrides = new HashMap<>();
        for (int i = 3; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            overrides.put(pair[0], pair[1]);
        }
        EmbeddedKafka kafka = EmbeddedKafka.start(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                overrides);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            stopped.countDown();
        }, "broker-shutdown"));
        stopped.await();
    }
}
