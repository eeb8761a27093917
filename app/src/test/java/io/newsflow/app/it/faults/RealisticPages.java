package io.newsflow.app.it.faults;

import io.newsflow.app.sample.SampleArticle;
import io.newsflow.app.sample.SampleSite;
import io.newsflow.schemas.avro.Discovery;
import io.newsflow.schemas.avro.DiscoveryMethod;
import io.newsflow.schemas.avro.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Real-size news pages (20–100 KB) made from the sample site's articles, distinct enough not to be near-duplicates:
 * each keeps a sample article's template and language, but its paragraphs are sentences drawn at random from every
 * sample article in that language, with numbers and words changed, and it carries the furniture of a real news page
 * (menus, teaser rails, an inline JSON state blob) up to a random size. Seeded, so a run can be repeated.
 */
final class RealisticPages {

    private static final String ROOT = "/io/newsflow/app/sample-site/";

    private final List<Template> templates = new ArrayList<>();
    private final Map<String, List<String>> sentences = new HashMap<>();
    private final Random random;

    private record Template(SampleArticle sample, Document page) {}

    RealisticPages(long seed) {
        this.random = new Random(seed);
        for (SampleArticle sample : SampleSite.articles()) {
            Document page = Jsoup.parse(resource(sample.path()));
            templates.add(new Template(sample, page));
            List<String> pool = sentences.computeIfAbsent(sample.language(), language -> new ArrayList<>());
            for (Element paragraph : page.select("p")) {
                for (String sentence : paragraph.text().split("(?<=[.!?])\\s+")) {
                    if (sentence.length() > 40) {
                        pool.add(sentence);
                    }
                }
            }
        }
    }

    /** The {@code index}-th page, as ingest would have published it. */
    RawArticle page(int index) {
        Template template = templates.get(index % templates.size());
        String id = HexFormat.of().formatHex(longBytes(random.nextLong(), random.nextLong()));
        String url = "https://www.example-news-" + (index % 7) + ".test/" + template.sample().path().replace(".html", "")
                + "-" + id.substring(0, 12) + ".html";
        byte[] body = render(template, url).getBytes(StandardCharsets.UTF_8);
        Instant fetched = Instant.parse("2026-11-01T00:00:00Z").plusSeconds(index * 37L);
        return RawArticle.newBuilder().setId(id).setUrl(url).setFinalUrl(url).setCanonicalUrl(url)
                .setDiscovery(Discovery.newBuilder().setMethod(DiscoveryMethod.LIST).build())
                .setFetchedAt(fetched).setHttpStatus(200).setContentType("text/html; charset=utf-8")
                .setCharset("utf-8").setBody(ByteBuffer.wrap(body)).build();
    }

    private String render(Template template, String url) {
        Document doc = template.page().clone();
        List<String> pool = sentences.get(template.sample().language());
        doc.select("link[rel=canonical], meta[property=og:url]").remove();
        doc.head().appendElement("link").attr("rel", "canonical").attr("href", url);
        for (Element paragraph : doc.select("p")) {
            if (paragraph.text().length() > 40) {
                paragraph.text(paragraphText(pool));
            }
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null) {
            h1.text(h1.text() + " – " + vary(pool.get(random.nextInt(pool.size()))).split("\\s+")[0] + " " + random.nextInt(1000));
        }
        int target = 20_000 + random.nextInt(80_000);
        doc.body().prependChild(menu(pool));
        int size = doc.outerHtml().length();
        while (size < target - 6_000) {
            Element rail = teaserRail(pool);
            doc.body().appendChild(rail);
            size += rail.outerHtml().length();
        }
        doc.body().appendElement("script").attr("type", "application/json").attr("id", "__STATE__")
                .appendChild(new org.jsoup.nodes.DataNode(stateBlob(target - size)));
        return doc.outerHtml();
    }

    private String paragraphText(List<String> pool) {
        StringBuilder text = new StringBuilder();
        int count = 2 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(vary(pool.get(random.nextInt(pool.size()))));
        }
        return text.toString();
    }

    /** The sentence with its numbers changed and two of its words swapped, so no two pages share many shingles. */
    private String vary(String sentence) {
        String[] words = sentence.replaceAll("\\d+", String.valueOf(2 + random.nextInt(9_000))).split(" ");
        if (words.length > 6) {
            int a = 1 + random.nextInt(words.length - 2);
            int b = 1 + random.nextInt(words.length - 2);
            String swap = words[a];
            words[a] = words[b];
            words[b] = swap;
        }
        return String.join(" ", words);
    }

    private Element menu(List<String> pool) {
        Element nav = new Element("nav").addClass("mega-menu");
        for (int i = 0; i < 40; i++) {
            nav.appendElement("a").attr("href", "/section/" + i).text(firstWords(pool, 2));
        }
        return nav;
    }

    private Element teaserRail(List<String> pool) {
        Element rail = new Element("aside").addClass("teaser-rail");
        for (int i = 0; i < 8; i++) {
            Element teaser = rail.appendElement("div").addClass("teaser");
            teaser.appendElement("a").attr("href", "/more/" + random.nextInt(100_000)).text(firstWords(pool, 6));
        }
        return rail;
    }

    private String stateBlob(int size) {
        StringBuilder json = new StringBuilder("{\"items\":[");
        while (json.length() < size) {
            json.append("{\"id\":").append(random.nextInt()).append(",\"slot\":\"ad-").append(random.nextInt(50)).append("\"},");
        }
        return json.append("{}]}").toString();
    }

    private String firstWords(List<String> pool, int count) {
        String[] words = pool.get(random.nextInt(pool.size())).split(" ");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(count, words.length)));
    }

    private static byte[] longBytes(long high, long low) {
        return ByteBuffer.allocate(16).putLong(high).putLong(low).array();
    }

    private static String resource(String path) {
        try (InputStream in = RealisticPages.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("missing sample page " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample page " + path, e);
        }
    }
}
