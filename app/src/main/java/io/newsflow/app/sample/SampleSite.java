package io.newsflow.app.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/**
 * The bundled sample news site, served on a loopback port: article pages in German, English, French and Spanish,
 * RSS and Atom feeds, a news sitemap, robots.txt and a URL list. Links in feeds, sitemap and list carry the
 * placeholder {@code {{base}}}, replaced by this server's origin; article pages are served byte for byte.
 */
public final class SampleSite implements AutoCloseable {

    private static final String ROOT = "/io/newsflow/app/sample-site/";
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html", "xml", "application/xml", "txt", "text/plain; charset=utf-8",
            "json", "application/json");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final String base;

    private SampleSite(HttpServer server) {
        this.server = server;
        this.base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Starts serving on a free loopback port. */
    public static SampleSite start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            SampleSite site = new SampleSite(server);
            server.createContext("/", site::serve);
            server.setExecutor(site.executor);
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the sample site on loopback", e);
        }
    }

    /** The site's origin, e.g. {@code http://127.0.0.1:43121}. */
    public String base() {
        return base;
    }

    /** The articles the site holds, from its manifest. */
    public static List<SampleArticle> articles() {
        try (InputStream in = SampleSite.class.getResourceAsStream(ROOT + "manifest.json")) {
            if (in == null) {
                throw new IllegalStateException("the sample site's manifest.json is missing from the build");
            }
            List<SampleArticle> articles = new ArrayList<>();
            for (JsonNode entry : new ObjectMapper().readTree(in)) {
                articles.add(new SampleArticle(entry.path("path").asText(), entry.path("title").asText(),
                        entry.path("language").asText()));
            }
            return List.copyOf(articles);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample site's manifest", e);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String name = path.equals("/") ? "index.html" : path.substring(1);
            InputStream in = name.contains("..") ? null : SampleSite.class.getResourceAsStream(ROOT + name);
            if (in == null || name.endsWith("manifest.json")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body;
            try (in) {
                body = in.readAllBytes();
            }
            if (!name.startsWith("articles/")) {
                body = new String(body, StandardCharsets.UTF_8)
                        .replace("{{base}}", base)
                        .getBytes(StandardCharsets.UTF_8);
            }
            String extension = name.substring(name.lastIndexOf('.') + 1);
            exchange.getResponseHeaders()
                    .set("Content-Type", CONTENT_TYPES.getOrDefault(extension, "application/octet-stream"));
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
