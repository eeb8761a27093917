package io.newsflow.app.cli;

import io.newsflow.enrich.clean.ParsedPage;
import io.newsflow.enrich.extract.DeclaredUrl;
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
     * A saved page read as if fetched, with where its URL came from. At most {@code maxBytes} are read (after
     * gunzip); a longer page is cut there and marked truncated, as ingest does.
     *
     * @param page the parsed page, keyed by the article id of its URL or, without one, of its content
     * @param urlSource where the URL came from
     */
    record SavedPage(ParsedPage page, UrlSource urlSource) {}

    /**
     * Reads and parses the page. Its URL is {@code url}, else the page's own canonical URL, else its og:url; a page
     * that names none is extracted without a URL (its {@code file:} URI stands in) and keyed by its content.
     *
     * @throws IllegalArgumentException when the file cannot be read
     */
    static SavedPage read(Path file, @Nullable String url, Instant fetchedAt, long maxBytes) {
        CappedPage capped = bytes(file, maxBytes);
        byte[] bytes = capped.bytes();
        String base = url != null ? url : file.toAbsolutePath().toUri().toString();
        Document document = PageParser.parse(bytes, null, base);
        String canonical = url != null ? null : DeclaredUrl.canonical(document);
        String ogUrl = url != null || canonical != null ? null
                : DeclaredUrl.ogUrl(document);
        UrlSource source = url != null ? UrlSource.ARGUMENT
                : canonical != null ? UrlSource.CANONICAL : ogUrl != null ? UrlSource.OG_URL : UrlSource.NONE;
        String articleUrl = url != null ? url : canonical != null ? canonical : ogUrl != null ? ogUrl : base;
        RawArticle raw = RawArticle.newBuilder()
                .setId(source == UrlSource.NONE ? ArticleId.ofContent(bytes) : ArticleId.of(articleUrl))
                .setUrl(articleUrl)
                .setFinalUrl(articleUrl)
                .setDiscovery(Discovery.newBuilder()
                        .setMethod(DiscoveryMethod.OTHER)
                        .setSourceUrl(file.toString())
                        .build())
                .setFetchedAt(fetchedAt)
                .setHttpStatus(200)
                .setContentType("text/html")
                .setBody(ByteBuffer.wrap(bytes))
                .setTruncated(capped.truncated())
                .build();
        document.setBaseUri(articleUrl);
        return new SavedPage(new ParsedPage(raw, document), source);
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
