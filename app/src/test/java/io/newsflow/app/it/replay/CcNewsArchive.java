package io.newsflow.app.it.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A CC-NEWS-style {@code .warc.gz} built with jwarc's writer: one gzip member per record, a request before each
 * response, the sample site's pages under several domains and capture dates, both header styles (a
 * {@code Content-Encoding: gzip} header over a body stored decompressed, and Common Crawl's newer
 * {@code X-Crawler-Content-Encoding}), plus metadata, revisit, non-HTML and 404 records.
 */
public final class CcNewsArchive {

    /** The domains pages are spread over, in turn. */
    static final List<String> DOMAINS = List.of("news-a.example", "www.news-b.example", "blog.news-c.example");
    /** Capture time of page 0; page i is captured i * 20 hours later. */
    static final Instant FIRST = Instant.parse("2019-03-01T06:00:00Z");

    /** A 200 HTML page the archive holds: its URL, WARC-Date, stored bytes and the offset of its record. */
    public record Capture(String url, Instant date, byte[] html, long offset) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Capture> pages = new ArrayList<>();
    private final List<Long> ends = new ArrayList<>();

    /** Writes {@code count} pages with their request records and the other record kinds among them. */
    public static CcNewsArchive write(Path file, int count) throws IOException {
        CcNewsArchive archive = new CcNewsArchive();
        List<byte[]> site = samplePages();
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            for (int i = 0; i < count; i++) {
                archive.page(writer, i, site.get(i % site.size()));
                if (i % 10 == 3) {
                    archive.others(writer, i);
                }
            }
        }
        return archive;
    }

    public List<Capture> pages() {
        return List.copyOf(pages);
    }

    /** Cuts page {@code index}'s gzip member to its first half: a truncated member in the middle of the file. */
    Capture truncate(Path file, int index) throws IOException {
        Capture page = pages.get(index);
        long end = ends.get(index);
        byte[] bytes = Files.readAllBytes(file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, (int) (page.offset() + (end - page.offset()) / 2));
        out.write(bytes, (int) end, bytes.length - (int) end);
        Files.write(file, out.toByteArray());
        return page;
    }

    private void page(WarcWriter writer, int i, byte[] template) throws IOException {
        String domain = DOMAINS.get(i % DOMAINS.size());
        Instant date = FIRST.plusSeconds(i * 20L * 3600);
        String url = "https://" + domain + "/" + (i % 2 == 0 ? "politics" : "sport") + "/story-" + i + ".html";
        // each copy names its own URL as canonical, as a real archive's distinct pages do
        byte[] html = new String(template, StandardCharsets.UTF_8)
                .replaceAll("<link[^>]*rel=\"canonical\"[^>]*>", "")
                .replaceFirst("<head>", "<head>\n<link rel=\"canonical\" href=\"" + url + "\">")
                .getBytes(StandardCharsets.UTF_8);
        write(writer, new WarcRequest.Builder(URI.create(url)).date(date)
                .body(new HttpRequest.Builder("GET", URI.create(url)).addHeader("Host", domain).build()).build());
        String encodingHeader = i % 2 == 0 ? "Content-Encoding" : "X-Crawler-Content-Encoding";
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, html)
                .addHeader(encodingHeader, "gzip").addHeader("ETag", "\"e" + i + "\"").build();
        long offset = writer.position();
        write(writer, new WarcResponse.Builder(URI.create(url)).date(date).body(http).build());
        pages.add(new Capture(url, date, html, offset));
        ends.add(writer.position());
    }

    private void others(WarcWriter writer, int i) throws IOException {
        Instant date = FIRST.plusSeconds(i * 20L * 3600 + 60);
        String base = "https://" + DOMAINS.get(0) + "/";
        write(writer, new WarcMetadata.Builder().targetURI(URI.create(base + "story-" + i + ".html")).date(date)
                .fields(Map.of("fetchTimeMs", List.of("87"))).build());
        write(writer, new WarcRevisit.Builder(URI.create(base + "story-" + i + ".html"),
                URI.create("http://netpreserve.org/warc/1.1/revisit/identical-payload-digest")).date(date)
                .body(new HttpResponse.Builder(304, "Not Modified").build()).build());
        write(writer, new WarcResponse.Builder(URI.create(base + "logo-" + i + ".png")).date(date)
                .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {(byte) 0x89,
                        'P', 'N', 'G'}).build()).build());
        write(writer, new WarcResponse.Builder(URI.create(base + "gone-" + i + ".html")).date(date)
                .body(new HttpResponse.Builder(404, "Not Found").body(MediaType.HTML_UTF8,
                        "<html><body>not found</body></html>".getBytes(StandardCharsets.UTF_8)).build()).build());
    }

    private void write(WarcWriter writer, WarcRecord record) throws IOException {
        writer.write(record);
    }

    /** The sample site's article pages, from the manifest. */
    private static List<byte[]> samplePages() {
        try (InputStream manifest = resource("manifest.json")) {
            List<byte[]> pages = new ArrayList<>();
            for (JsonNode entry : JSON.readTree(manifest)) {
                try (InputStream page = resource(entry.get("path").asText())) {
                    pages.add(page.readAllBytes());
                }
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = CcNewsArchive.class.getResourceAsStream("/io/newsflow/app/sample-site/" + path);
        if (in == null) {
            throw new IllegalStateException("sample-site resource missing: " + path);
        }
        return in;
    }
}
