package io.newsflow.app.cli;

import io.newsflow.enrich.clean.ParsedPage;
import io.newsflow.enrich.extract.PageParser;
import io.newsflow.schemas.ArticleId;
import io.newsflow.schemas.avro.Discovery;
import io.newsflow.schemas.avro.DiscoveryMethod;
import io.newsflow.schemas.avro.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/** A page saved to a file, read as if ingest had fetched it: the input of {@code newsflow extract}. */
final class PageFile {

    private PageFile() {}

    /** Whether {@code file} looks like a saved page ({@code .html}, {@code .htm}, or either gzipped). */
    static boolean isPage(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz") || name.endsWith(".htm.gz");
    }

    /** The file name without its page extensions: {@code a.html.gz} → {@code a}. */
    static String baseName(Path file) {
        return file.getFileName().toString().replaceFirst("(?i)\\.html?(\\.gz)?$", "");
    }

    /**
     * Reads and parses the page, keyed by the article id of {@code url}, or of the page's own canonical URL. At most
     * {@code maxBytes} are read (after gunzip); a longer page is cut there and marked truncated, as ingest does.
     *
     * @throws IllegalArgumentException when the file cannot be read or no URL is known for the page
     */
    static ParsedPage read(Path file, @Nullable String url, Instant fetchedAt, long maxBytes) {
        CappedPage capped = bytes(file, maxBytes);
        byte[] bytes = capped.bytes();
        String base = url != null ? url : "http://localhost/";
        Document document = PageParser.parse(bytes, null, base);
        String articleUrl = url != null ? url : canonicalOf(document, file);
        RawArticle raw = RawArticle.newBuilder()
                .setId(ArticleId.of(articleUrl))
                .setUrl(articleUrl)
                .setFinalUrl(articleUrl)
                .setDiscovery(Discovery.newBuilder().setMethod(DiscoveryMethod.OTHER).setSourceUrl(file.toString()).build())
                .setFetchedAt(fetchedAt)
                .setHttpStatus(200)
                .setContentType("text/html")
                .setBody(ByteBuffer.wrap(bytes))
                .setTruncated(capped.truncated())
                .build();
        if (url == null) {
            document.setBaseUri(articleUrl);
        }
        return new ParsedPage(raw, document);
    }

    private static String canonicalOf(Document document, Path file) {
        String canonical = document.select("link[rel=canonical][href]").attr("href");
        if (canonical.isBlank()) {
            canonical = document.select("meta[property=og:url][content]").attr("content");
        }
        if (canonical.isBlank() || !canonical.startsWith("http")) {
            throw new IllegalArgumentException(file + " names no absolute canonical URL; give one with --url");
        }
        return canonical;
    }

    /** A page's bytes, cut at the size cap as ingest cuts them. */
    private record CappedPage(byte[] bytes, boolean truncated) {}

    private static CappedPage bytes(Path file, long maxBytes) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException(file + " does not exist or is not a readable file");
        }
        try (InputStream in = file.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes));
            return new CappedPage(bytes, in.read() != -1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
