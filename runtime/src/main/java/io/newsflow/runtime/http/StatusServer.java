package io.newsflow.runtime.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.runtime.StageHealth;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an operator's tooling asks a running newsflow process, on the JDK's built-in HTTP server: {@code /metrics}
 * (Prometheus text format), {@code /health/live} (the process answers) and {@code /health/ready} (200 only when
 * every stage is ready, else 503 with the reasons as JSON).
 */
public final class StatusServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StatusServer.class);
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private static final String JSON = "application/json";

    private final HttpServer server;
    private final ExecutorService threads;

    private StatusServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /**
     * Serves on {@code port} of every interface (0: a free port, for tests).
     *
     * @param health each stage's health by stage name, asked on every request
     * @throws UncheckedIOException naming the port when it cannot be bound
     */
    public static StatusServer start(
            int port, PrometheusMeterRegistry meters, Supplier<Map<String, StageHealth>> health) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(port), 16);
            // two threads: a slow scrape must not hold up a health probe
            ExecutorService threads = Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "newsflow-http");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(threads);
            server.createContext("/metrics", exchange -> respond(exchange, 200, PROMETHEUS_TEXT, meters.scrape()));
            server.createContext("/health/live", exchange -> respond(exchange, 200, JSON, "{\"status\":\"UP\"}"));
            server.createContext("/health/ready", exchange -> ready(exchange, health.get()));
            server.start();
            LOG.info("serving /metrics, /health/live and /health/ready on port {}", server.getAddress().getPort());
            return new StatusServer(server, threads);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot serve metrics and health on port " + port + " (http.port, --http-port): " + e.getMessage(),
                    e);
        }
    }

    /** The port served on. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private static void ready(HttpExchange exchange, Map<String, StageHealth> stages) throws IOException {
        boolean ready = !stages.isEmpty() && stages.values().stream().allMatch(StageHealth::ready);
        respond(exchange, ready ? 200 : 503, JSON, HealthJson.of(ready, stages));
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }
}
