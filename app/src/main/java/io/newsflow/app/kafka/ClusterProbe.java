package io.newsflow.app.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Checks that the Kafka cluster answers before any stage starts, so that a wrong address is one clear line within
 * seconds instead of every client retrying for a minute.
 */
public final class ClusterProbe {

    /** How long the cluster has to answer: with the JVM's start, a wrong address is reported within about 15 s. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private ClusterProbe() {}

    /**
     * Asks the cluster for its nodes.
     *
     * @param client the client settings (bootstrap.servers, security)
     * @throws IllegalStateException naming the address when the cluster does not answer within {@code timeout}
     */
    public static void check(Map<String, Object> client, Duration timeout) {
        Map<String, Object> properties = new HashMap<>(client);
        int millis = (int) timeout.toMillis();
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        String address = String.valueOf(client.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
        try (Admin admin = Admin.create(properties)) {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(millis)).nodes()
                    .get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot reach the Kafka cluster at " + address + " within "
                    + timeout.toSeconds() + " s" + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reaching the Kafka cluster at " + address, e);
        } catch (org.apache.kafka.common.KafkaException e) {
            // a bootstrap address that does not resolve fails in Admin.create
            throw new IllegalStateException("cannot reach the Kafka cluster at " + address + ": " + e.getMessage(), e);
        }
    }
}
