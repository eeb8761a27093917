package io.newsflow.app.it.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A fake news site on loopback: robots.txt (Disallow, Crawl-delay, Sitemap), a home page with feed autodiscovery,
 * RSS, Atom and JSON feeds, a sitemap index (one child gzipped) with a Google News sitemap, redirects, ETags and 304s,
 * pages in several charsets, a 429 with Retry-After, pages taken down (410), and the hazards: a drip server, a gzip bomb, a redirect loop, a
 * PDF, a huge page and a redirect to a private address. Every request is logged with its arrival time.
 */
final class FakeNewsSite implements AutoCloseable {

    /** Article pages and the text each must decode to (the non-ASCII part proves the charset). */
    static final Map<String, String> ARTICLES = Map.of(
            "/news/utf8-declared", "Grüße aus Köln – „Zitat“",
            "/news/utf8-undeclared", "Ça coûte très cher, señor",
            "/news/utf8-bom", "Smörgåsbord für alle",
            "/news/cp1252", "Das kostet 5 € – \u201Egünstig\u201C",
            "/news/latin1-meta", "Café, crème brûlée et garçon",
            "/news/redirected", "Umzug geglückt",
            "/news/from-sitemap", "Nachrichten aus der Karte",
            "/news/from-json", "JSON-Meldung über Öl");
    static final String HUGE = "/hazard/huge";
    private static final String REQUEST = "newsflow.request";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> log = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> versions = new ConcurrentHashMap<>();
    private final java.util.Set<String> removed = ConcurrentHashMap.newKeySet();
    private final String robots;
    private final AtomicInteger tooManyLeft;
    private final Instant started = Instant.now();
    private final boolean traps;

    /** The archive sitemap's articles, dated 2019: outside the default window. */
    static final List<String> ARCHIVE = List.of("/archive/2019/flut", "/archive/2019/wahl");
    /** Trap pages that are articles: AMP canonicals and a page with an AMP alternate. */
    static final List<String> TRAP_PAGES = List.of("/news/amp-canonical", "/news/with-amp");

    /**
     * @param robots the robots.txt body ({@code %BASE%} is replaced by the site's URL)
     * @param tooMany how many requests to {@code /busy/*} answer 429 with Retry-After: 1 first
     */
    FakeNewsSite(String robots, int tooMany) {
        this(robots, tooMany, false);
    }

    /**
     * @param robots the robots.txt body ({@code %BASE%} is replaced by the site's URL)
     * @param tooMany how many requests to {@code /busy/*} answer 429 with Retry-After: 1 first
     * @param traps whether the site also lays the crawler traps of {@link #TRAP_PAGES}: an archive sitemap of 2019,
     *     a sitemap listing a redirect target, AMP pages and an {@code amphtml} alternate, all with long bodies
     */
    FakeNewsSite(String robots, int tooMany, boolean traps) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.tooManyLeft = new AtomicInteger(tooMany);
        this.traps = traps;
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        this.robots = robots.replace("%BASE%", base());
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every request so far, in arrival order. */
    List<Request> log() {
        return List.copyOf(log);
    }

    /** How often {@code path} (query included) was requested. */
    long hits(String path) {
        return log.stream().filter(request -> request.path().equals(path)).count();
    }

    /** Makes {@code path} a new version: new body, new ETag, and a newer date in the feeds. */
    void update(String path) {
        versions.computeIfAbsent(path, key -> new AtomicInteger(1)).incrementAndGet();
    }

    /** Takes {@code path} down: it answers 410 Gone from now on, and the feeds list it with a newer date. */
    void remove(String path) {
        removed.add(path);
        update(path);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private int version(String path) {
        return versions.computeIfAbsent(path, key -> new AtomicInteger(1)).get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        Request request = new Request(path, Instant.now(), exchange.getRequestHeaders().getFirst("User-Agent"),
                exchange.getRequestHeaders().containsKey("If-None-Match")
                        || exchange.getRequestHeaders().containsKey("If-Modified-Since"),
                new AtomicInteger());
        log.add(request);
        exchange.setAttribute(REQUEST, request);
        try (exchange) {
            route(exchange, exchange.getRequestURI().getPath());
        }
    }

    private void route(HttpExchange exchange, String path) throws IOException {
        switch (path) {
            case "/robots.txt" -> revalidated(exchange, "text/plain", robots.getBytes(StandardCharsets.UTF_8));
            case "/" -> revalidated(exchange, "text/html; charset=utf-8", home());
            case "/rss.xml" -> revalidated(exchange, "application/rss+xml", rss());
            case "/feed.json" -> revalidated(exchange, "application/feed+json", jsonFeed());
            case "/sitemap_index.xml" -> revalidated(exchange, "application/xml", sitemapIndex());
            case "/sitemap-news.xml" -> revalidated(exchange, "application/xml", newsSitemap());
            case "/sitemap-hazards.xml.gz" -> revalidated(exchange, "application/gzip", gzip(hazardSitemap()));
            case "/sitemap-archive-2019.xml" -> revalidated(exchange, "application/xml", archiveSitemap());
            case "/amp/story" -> send(exchange, 200, "text/html; charset=utf-8", amp("/news/amp-canonical"));
            case "/amp/with-amp" -> send(exchange, 200, "text/html; charset=utf-8", amp("/news/with-amp"));
            case "/old/redirected" -> redirect(exchange, "/news/redirected");
            case "/hazard/loop" -> redirect(exchange, "/hazard/loop");
            case "/hazard/private" -> redirect(exchange, "http://10.11.12.13/secret");
            case "/hazard/drip" -> drip(exchange);
            case "/hazard/bomb" -> bomb(exchange);
            case "/hazard/pdf" -> send(exchange, 200, "application/pdf", "%PDF-1.4 not a page".getBytes(StandardCharsets.US_ASCII));
            case HUGE -> send(exchange, 200, "text/html; charset=utf-8", huge());
            default -> article(exchange, path);
        }
    }

    private void article(HttpExchange exchange, String path) throws IOException {
        if (path.startsWith("/busy/") && tooManyLeft.getAndDecrement() > 0) {
            exchange.getResponseHeaders().set("Retry-After", "1");
            send(exchange, 429, "text/plain", "slow down".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        if (removed.contains(path)) {
            send(exchange, 410, "text/plain", "gone".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        String text = ARTICLES.get(path);
        if (traps && (TRAP_PAGES.contains(path) || ARCHIVE.contains(path))) {
            text = "Bericht " + path;
        }
        if (text == null && !path.startsWith("/busy/") && !path.startsWith("/private/")) {
            send(exchange, 404, "text/plain", "not here".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        String etag = "\"" + path.hashCode() + "-v" + version(path) + "\"";
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.getResponseHeaders().set("ETag", etag);
            respond(exchange, 304, -1);
            return;
        }
        exchange.getResponseHeaders().set("ETag", etag);
        articleBody(exchange, path, text == null ? "Busy page " + path : text);
    }

    private void articleBody(HttpExchange exchange, String path, String text) throws IOException {
        String body = "<p>" + text + " (version " + version(path) + ")</p>" + (traps ? longText(path) : "");
        if (traps && path.equals("/news/with-amp")) {
            send(exchange, 200, "text/html; charset=utf-8", page("<meta charset=\"utf-8\"><link rel=\"amphtml\" href=\""
                    + base() + "/amp/with-amp\">", body).getBytes(StandardCharsets.UTF_8));
            return;
        }
        switch (path) {
            case "/news/cp1252" -> send(exchange, 200, "text/html; charset=windows-1252",
                    page("", body).getBytes(Charset.forName("windows-1252")));
            case "/news/latin1-meta" -> send(exchange, 200, "text/html",
                    page("<meta charset=\"iso-8859-1\">", body).getBytes(StandardCharsets.ISO_8859_1));
            case "/news/utf8-undeclared" -> send(exchange, 200, "text/html", page("", body).getBytes(StandardCharsets.UTF_8));
            case "/news/utf8-bom" -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                out.write(page("", body).getBytes(StandardCharsets.UTF_8));
                send(exchange, 200, "text/html", out.toByteArray());
            }
            default -> send(exchange, 200, "text/html; charset=utf-8",
                    page("<meta charset=\"utf-8\">", body).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html><head>" + head + "<title>Fake news</title></head><body><article>" + body
                + "</article></body></html>";
    }

    private byte[] home() {
        return ("<html><head><title>Fake News</title>"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"RSS\" href=\"/rss.xml\">"
                + "<link rel=\"alternate\" type=\"application/feed+json\" title=\"JSON\" href=\"/feed.json\">"
                + "</head><body>Home</body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private byte[] rss() {
        StringBuilder items = new StringBuilder();
        for (String path : List.of("/news/utf8-declared", "/news/utf8-undeclared", "/news/utf8-bom", "/news/cp1252",
                "/news/latin1-meta", "/old/redirected", "/private/members-only")) {
            items.append(item(path));
        }
        if (traps) {
            items.append(item("/amp/story"));
        }
        items.append("<item><title>Tracked</title><link>").append(base())
                .append("/news/utf8-declared?utm_source=rss&amp;utm_medium=feed#top</link></item>");
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Fake News</title>"
                + "<link>" + base() + "/</link><ttl>15</ttl>" + items + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
    }

    private String item(String path) {
        Instant date = Instant.parse("2026-01-01T00:00:00Z").plus(version(path), ChronoUnit.HOURS);
        return "<item><title>" + path + "</title><link>" + base() + path + "</link><pubDate>"
                + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atZone(java.time.ZoneOffset.UTC))
                + "</pubDate></item>";
    }

    private byte[] jsonFeed() {
        return ("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Fake News JSON\",\"items\":["
                + "{\"id\":\"1\",\"url\":\"" + base() + "/news/from-json\",\"title\":\"JSON\","
                + "\"date_published\":\"2026-01-02T10:00:00Z\"},"
                + "{\"id\":\"2\",\"url\":\"" + base() + "/news/utf8-bom\",\"title\":\"Dup\"}"
                + (traps ? ",{\"id\":\"3\",\"url\":\"" + base() + "/news/with-amp\",\"title\":\"AMP twin\"},"
                        + "{\"id\":\"4\",\"url\":\"" + base() + "/amp/with-amp\",\"title\":\"AMP\"}" : "")
                + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private byte[] sitemapIndex() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>" + base() + "/sitemap-news.xml</loc></sitemap>"
                + "<sitemap><loc>" + base() + "/sitemap-hazards.xml.gz</loc></sitemap>"
                + (traps ? "<sitemap><loc>" + base() + "/sitemap-archive-2019.xml</loc></sitemap>" : "")
                + "</sitemapindex>").getBytes(StandardCharsets.UTF_8);
    }

    private byte[] newsSitemap() {
        String now = started.truncatedTo(ChronoUnit.SECONDS).toString(); // stable, as a real sitemap's dates are
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
                + "<url><loc>" + base() + "/news/from-sitemap</loc><news:news><news:publication><news:name>Fake News"
                + "</news:name><news:language>de</news:language></news:publication><news:publication_date>" + now
                + "</news:publication_date><news:title>Aus der Karte</news:title><news:keywords>Karte, Test"
                + "</news:keywords></news:news></url>"
                + "<url><loc>" + base() + "/news/too-old</loc><lastmod>2001-01-01</lastmod></url>"
                + (traps ? "<url><loc>" + base() + "/news/redirected</loc></url>"
                        + "<url><loc>" + base() + "/news/amp-canonical</loc></url>" : "")
                + "</urlset>").getBytes(StandardCharsets.UTF_8);
    }

    private byte[] hazardSitemap() {
        StringBuilder urls = new StringBuilder();
        for (String path : List.of("/hazard/drip", "/hazard/bomb", "/hazard/loop", "/hazard/pdf", HUGE,
                "/hazard/private", "/news/gone")) {
            urls.append("<url><loc>").append(base()).append(path).append("</loc></url>");
        }
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + urls + "</urlset>").getBytes(StandardCharsets.UTF_8);
    }

    private byte[] archiveSitemap() {
        StringBuilder urls = new StringBuilder();
        for (String path : ARCHIVE) {
            urls.append("<url><loc>").append(base()).append(path).append("</loc><lastmod>2019-05-0")
                    .append(urls.length() % 9 + 1).append("</lastmod></url>");
        }
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + urls + "</urlset>").getBytes(StandardCharsets.UTF_8);
    }

    private byte[] amp(String canonical) {
        return ("<!DOCTYPE html><html amp><head><meta charset=\"utf-8\"><title>AMP</title><link rel=\"canonical\" href=\""
                + base() + canonical + "\"></head><body><article><p>AMP-Fassung</p>" + longText(canonical)
                + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    /** Several hundred characters of prose that differ per page, so that enrich takes the page for an article. */
    private static String longText(String path) {
        String topic = path.substring(path.lastIndexOf('/') + 1);
        return "<h1>Meldung zu " + topic + "</h1><p>Der Stadtrat hat am Dienstagabend über " + topic + " beraten und"
                + " nach langer Debatte einen Beschluss gefasst. Die Opposition kritisierte das Verfahren scharf und"
                + " kündigte an, den Beschluss zu prüfen.</p><p>Nach Angaben der Verwaltung soll das Vorhaben " + topic
                + " im kommenden Frühjahr beginnen. Anwohner hatten zuvor mehrfach Bedenken geäußert, vor allem wegen"
                + " des Verkehrs und der Kosten, die auf " + (path.length() * 37 % 900 + 100) + " Millionen Euro"
                + " geschätzt werden.</p>";
    }

    /** Answers with an ETag and a Last-Modified, or 304 when the request revalidates with either. */
    private void revalidated(HttpExchange exchange, String type, byte[] body) throws IOException {
        String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
        String lastModified = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                started.atZone(java.time.ZoneOffset.UTC));
        exchange.getResponseHeaders().set("ETag", etag);
        exchange.getResponseHeaders().set("Last-Modified", lastModified);
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            respond(exchange, 304, -1);
            return;
        }
        send(exchange, 200, type, body);
    }

    private static void respond(HttpExchange exchange, int status, long length) throws IOException {
        ((Request) exchange.getAttribute(REQUEST)).status().set(status);
        exchange.sendResponseHeaders(status, length);
    }

    private void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        respond(exchange, 301, -1);
    }

    /** One byte every 200 ms, for at most 60 bytes: far slower than the fetch deadline allows. */
    private void drip(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        respond(exchange, 200, 0);
        OutputStream out = exchange.getResponseBody();
        try {
            for (int i = 0; i < 60; i++) {
                out.write('x');
                out.flush();
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the site is closing
        } catch (IOException e) {
            // the client gave up, as it should
        }
    }

    /** 64 MiB of zeros gzipped to about 64 KiB. */
    private void bomb(HttpExchange exchange) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                gzip.write(zeros);
            }
        }
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        send(exchange, 200, "text/html", compressed.toByteArray());
    }

    private static byte[] huge() {
        StringBuilder page = new StringBuilder("<html><body><article>");
        while (page.length() < 3 * 1024 * 1024) {
            page.append("<p>Eine sehr lange Seite, Absatz für Absatz.</p>");
        }
        return page.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        respond(exchange, status, body.length);
        try {
            exchange.getResponseBody().write(body);
        } catch (IOException e) {
            // the client stopped reading at its size cap, as it should
        }
    }

    /**
     * One request as the server saw it.
     *
     * @param path path and query
     * @param at arrival time
     * @param userAgent its User-Agent
     * @param conditional whether it carried If-None-Match or If-Modified-Since
     * @param status the status answered (0 until answered)
     */
    record Request(String path, Instant at, String userAgent, boolean conditional, AtomicInteger status) {}

    static List<String> paths(List<Request> requests) {
        List<String> paths = new ArrayList<>();
        requests.forEach(request -> paths.add(request.path()));
        return paths;
    }
}
