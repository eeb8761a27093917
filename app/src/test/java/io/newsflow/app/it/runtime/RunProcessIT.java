package io.newsflow.app.it.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.cli.NewsflowCommand;
import io.newsflow.app.kafka.LoopbackPorts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow run --embedded --http-port P} as an operator starts it: its own JVM, every stage, the HTTP
 * endpoints. {@code /health/ready} turns 200 once the stages run, {@code /metrics} shows newsflow's meters and the
 * Kafka Streams metrics, and SIGTERM stops it cleanly within the shutdown bound.
 */
class RunProcessIT {

    /** The command's bound (25 s) plus the JVM's own start of shutdown, on a loaded machine. */
    private static final Duration SIGTERM_BOUND = Duration.ofSeconds(40);
    /** The JVM's exit status after SIGTERM when the shutdown hooks finished (128 + 15). */
    private static final int EXIT_AFTER_SIGTERM = 143;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesMetricsAndReadinessAndStopsCleanlyOnSigterm(@TempDir Path dir) throws Exception {
        int port = LoopbackPorts.take();
        Path log = dir.resolve("run.log");
        Process run = start(dir, port, log);
        try {
            Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                    .until(() -> !run.isAlive() || readyStatus(port) == 200);
            assertThat(run.isAlive()).as(Files.readString(log)).isTrue();
            HttpResponse<String> ready = get(port, "/health/ready");
            assertThat(ready.body()).contains("\"status\":\"UP\"").contains("\"enrich\"").contains("\"publish\"");
            assertThat(get(port, "/health/live").statusCode()).isEqualTo(200);

            HttpResponse<String> metrics = get(port, "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
            assertThat(metrics.body()).contains("newsflow_records_in_total{stage=\"enrich\"}")
                    .contains("newsflow_consumer_lag").contains("newsflow_enrich_step_duration_seconds_bucket")
                    .contains("kafka_stream_").contains("kafka_producer_");

            long stopping = System.nanoTime();
            run.destroy(); // SIGTERM
            assertThat(run.waitFor(SIGTERM_BOUND.toSeconds(), TimeUnit.SECONDS)).as("exited within %s", SIGTERM_BOUND)
                    .isTrue();
            System.out.printf("SIGTERM to exit: %.1f s%n", (System.nanoTime() - stopping) / 1e9);
            assertThat(run.exitValue()).as(Files.readString(log)).isEqualTo(EXIT_AFTER_SIGTERM);
            assertThat(Files.readString(log)).contains("stopped cleanly");
        } finally {
            run.destroyForcibly();
        }
    }

    private static Process start(Path dir, int port, Path log) throws IOException {
        Path config = Files.writeString(dir.resolve("newsflow.yml"), """
                ingest:
                  poll.interval: 1m
                """);
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), NewsflowCommand.class.getName(),
                "run", "--embedded", "--data-dir", dir.resolve("data").toString(), "--http-port", String.valueOf(port),
                "--config", config.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int readyStatus(int port) throws InterruptedException {
        try {
            HttpResponse<String> response = get(port, "/health/ready");
            if (response.statusCode() != 200) {
                assertThat(response.statusCode()).isEqualTo(503);
                assertThat(response.body()).contains("\"status\":\"DOWN\"").contains("\"reason\":");
            }
            return response.statusCode();
        } catch (IOException e) {
            return -1; // not listening yet: the embedded broker is still starting
        }
    }
}
