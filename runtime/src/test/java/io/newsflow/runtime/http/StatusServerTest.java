package io.newsflow.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.runtime.StageHealth;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusServerTest {

    private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, StageHealth> health = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void isReadyOnlyWhenEveryStageIsAndSaysWhyNot() throws Exception {
        health.put("ingest", StageHealth.ready("RUNNING"));
        health.put("enrich", StageHealth.notReady("REBALANCING", "enrich is REBALANCING, not RUNNING"));
        try (StatusServer server = StatusServer.start(0, meters, () -> Map.copyOf(health))) {
            HttpResponse<String> notReady = get(server, "/health/ready");
            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(notReady.body()).contains("\"status\":\"DOWN\"")
                    .contains("\"reason\":\"enrich is REBALANCING, not RUNNING\"")
                    .contains("\"enrich\":{\"ready\":false,\"state\":\"REBALANCING\"}");

            health.put("enrich", StageHealth.ready("RUNNING"));
            assertThat(get(server, "/health/ready").statusCode()).isEqualTo(200);
            assertThat(get(server, "/health/live").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void servesTheMetersInPrometheusTextFormat() throws Exception {
        meters.counter("newsflow.records.in", "stage", "enrich").increment(3);
        try (StatusServer server = StatusServer.start(0, meters, Map::of)) {
            HttpResponse<String> metrics = get(server, "/metrics");

            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/plain"));
            assertThat(metrics.body()).contains("newsflow_records_in_total{stage=\"enrich\"} 3.0");
            assertThat(get(server, "/health/ready").statusCode()).as("no stage: not ready").isEqualTo(503);
        }
    }

    private HttpResponse<String> get(StatusServer server, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
