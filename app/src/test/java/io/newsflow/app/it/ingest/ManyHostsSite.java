package io.newsflow.app.it.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A news site spread over several hosts on loopback, one HTTP server (port) per host: each has a robots.txt, an RSS
 * feed listing its articles, and the article pages. robots.txt and the feed carry an ETag and answer a matching
 * If-None-Match with 304. Every request is logged with its host, start and end time, status and User-Agent.
 */
final class ManyHostsSite implements AutoCloseable {

    private static final String ETAG = "\"v1\"";

    private final List<HttpServer> servers = new ArrayList<>();
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> log = new CopyOnWriteArrayList<>();
    private final int articlesPerHost;

    /** Starts no host yet; see {@link #addHost()}. */
    ManyHostsSite(int articlesPerHost) {
        this.articlesPerHost = articlesPerHost;
    }

    /** Starts one more host and returns its base URL ({@code http://127.0.0.1:PORT}). */
    String addHost() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            server.createContext("/", exchange -> handle(base, exchange));
            server.setExecutor(executor);
            server.start();
            servers.add(server);
            return base;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a host on loopback", e);
        }
    }

    /** Every article URL of {@code base}. */
    List<String> articles(String base) {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < articlesPerHost; i++) {
            urls.add(base + "/news/story-" + i);
        }
        return urls;
    }

    /** Every request so far, in the order they ended. */
    List<Request> log() {
        return List.copyOf(log);
    }

    @Override
    public void close() {
        servers.forEach(server -> server.stop(0));
        executor.shutdownNow();
    }

    private void handle(String base, HttpExchange exchange) throws IOException {
        Instant start = Instant.now();
        String path = exchange.getRequestURI().getRawPath();
        int status;
        try (exchange) {
            status = respond(base, path, exchange);
        }
        log.add(new Request(base, path, start, Instant.now(), status,
                String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent"))));
    }

    private int respond(String base, String path, HttpExchange exchange) throws IOException {
        boolean revalidated = ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
        if (path.equals("/robots.txt")) {
            return send(exchange, revalidated ? 304 : 200, "text/plain", "User-agent: *\nAllow: /\n");
        }
        if (path.equals("/feed.xml")) {
            return send(exchange, revalidated ? 304 : 200, "application/rss+xml", feed(base));
        }
        if (path.startsWith("/news/story-")) {
            String title = "Story " + path.substring("/news/story-".length()) + " from " + base;
            return send(exchange, 200, "text/html; charset=utf-8", "<!doctype html><html><head><title>" + title
                    + "</title></head><body><article><h1>" + title + "</h1><p>"
                    + "A paragraph long enough to be an article body. ".repeat(20) + "</p></article></body></html>");
        }
        return send(exchange, 404, "text/plain", "not found");
    }

    private String feed(String base) {
        StringBuilder items = new StringBuilder();
        for (String url : articles(base)) {
            items.append("<item><title>").append(url).append("</title><link>").append(url)
                    .append("</link><pubDate>").append("Mon, 01 Dec 2025 10:00:00 GMT").append("</pubDate></item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + base + "</title><link>" + base
                + "/</link>" + items + "</channel></rss>";
    }

    private static int send(HttpExchange exchange, int status, String type, String body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (status == 304 || status == 200 && !type.startsWith("text/html")) {
            exchange.getResponseHeaders().set("ETag", ETAG);
        }
        if (status == 304) {
            exchange.sendResponseHeaders(304, -1);
            return status;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        return status;
    }

    /**
     * One request as the server saw it.
     *
     * @param host the base URL of the host that answered
     * @param path the path
     * @param start when the request arrived
     * @param end when the answer was sent
     * @param status the status answered
     * @param userAgent its User-Agent
     */
    record Request(String host, String path, Instant start, Instant end, int status, String userAgent) {}
}
