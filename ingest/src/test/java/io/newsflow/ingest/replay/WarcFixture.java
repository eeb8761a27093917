package io.newsflow.ingest.replay;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import java.util.zip.GZIPOutputStream;
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

/** Writes WARC files record by record with jwarc, remembering where each record starts. */
final class WarcFixture implements AutoCloseable {

    private final WarcWriter writer;
    private final List<Long> offsets = new ArrayList<>();

    WarcFixture(Path file, boolean gzip) throws IOException {
        this.writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
    }

    /** A response; {@code headers} are extra HTTP headers, the body is stored as given. */
    WarcFixture response(String url, Instant date, int status, String contentType, byte[] body,
            Map<String, String> headers) throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(contentType), body);
        headers.forEach(http::addHeader);
        return write(new WarcResponse.Builder(URI.create(url)).date(date).body(http.build()).build());
    }

    /** A 200 HTML response with no extra headers. */
    WarcFixture page(String url, Instant date, String html) throws IOException {
        return response(url, date, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    WarcFixture request(String url, Instant date) throws IOException {
        HttpRequest http = new HttpRequest.Builder("GET", URI.create(url)).addHeader("Host", URI.create(url).getHost())
                .build();
        return write(new WarcRequest.Builder(URI.create(url)).date(date).body(http).build());
    }

    WarcFixture metadata(String url, Instant date) throws IOException {
        return write(new WarcMetadata.Builder().targetURI(URI.create(url)).date(date)
                .fields(Map.of("fetchTimeMs", List.of("120"))).build());
    }

    WarcFixture revisit(String url, Instant date) throws IOException {
        HttpResponse http = new HttpResponse.Builder(304, "Not Modified").build();
        return write(new WarcRevisit.Builder(URI.create(url),
                URI.create("http://netpreserve.org/warc/1.1/revisit/identical-payload-digest")).date(date).body(http)
                .build());
    }

    /** Where each record written so far starts. */
    List<Long> offsets() {
        return List.copyOf(offsets);
    }

    /** Where the next record would start: the size of the file so far. */
    long position() {
        return writer.position();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    /** Cuts the record that starts at {@code offset} and ends at {@code end} to its first half, keeping the rest. */
    static void truncate(Path file, long offset, long end) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        long cut = offset + (end - offset) / 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, (int) cut);
        out.write(bytes, (int) end, bytes.length - (int) end);
        Files.write(file, out.toByteArray());
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private WarcFixture write(WarcRecord record) throws IOException {
        offsets.add(writer.position());
        writer.write(record);
        return this;
    }
}
