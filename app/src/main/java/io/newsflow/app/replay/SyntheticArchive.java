package io.newsflow.app.replay;

import io.newsflow.app.sample.SampleArticle;
import io.newsflow.app.sample.SampleSite;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A CC-NEWS-style {@code .warc.gz} for benchmarks, written with jwarc: one gzip member per record, a request record
 * before each response, the sample site's articles under distinct URLs on several hosts, capture times an hour apart,
 * both encoding-header styles. Each copy names its own URL as canonical, so every page is a distinct article.
 */
public final class SyntheticArchive {

    private static final List<String> HOSTS = List.of("news-a.example", "www.news-b.example", "blog.news-c.example");
    private static final Instant FIRST = Instant.parse("2019-03-01T06:00:00Z");

    private SyntheticArchive() {}

    /**
     * Writes pages to {@code file} until it holds at least {@code minBytes}.
     *
     * @return how many pages it holds
     */
    public static long write(Path file, long minBytes) throws IOException {
        List<byte[]> pages = SampleSite.articles().stream().map(SampleArticle::html).toList();
        long written = 0;
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            while (writer.position() < minBytes) {
                page(writer, written, pages.get((int) (written % pages.size())));
                written++;
            }
        }
        return written;
    }

    private static void page(WarcWriter writer, long i, byte[] template) throws IOException {
        String host = HOSTS.get((int) (i % HOSTS.size()));
        URI url = URI.create(
                "https://" + host + "/news/" + (FIRST.getEpochSecond() / 3600 + i) + "/story-" + i + ".html");
        Instant date = FIRST.plusSeconds(i * 3600);
        byte[] html = new String(template, StandardCharsets.UTF_8)
                .replaceAll("<link[^>]*rel=\"canonical\"[^>]*>", "")
                .replaceFirst("<head>", "<head>\n<link rel=\"canonical\" href=\"" + url + "\">")
                .getBytes(StandardCharsets.UTF_8);
        writer.write(new WarcRequest.Builder(url).date(date)
                .body(new HttpRequest.Builder("GET", url).addHeader("Host", host).build()).build());
        String encodingHeader = i % 2 == 0 ? "Content-Encoding" : "X-Crawler-Content-Encoding";
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, html)
                .addHeader(encodingHeader, "gzip").build();
        writer.write(new WarcResponse.Builder(url).date(date).body(http).build());
    }
}
