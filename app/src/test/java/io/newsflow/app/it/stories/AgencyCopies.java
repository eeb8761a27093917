package io.newsflow.app.it.stories;

import io.newsflow.app.sample.SampleArticle;
import io.newsflow.app.sample.SampleSite;
import io.newsflow.schemas.avro.Discovery;
import io.newsflow.schemas.avro.DiscoveryMethod;
import io.newsflow.schemas.avro.RawArticle;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A generated news day with known near-duplicate groups: {@code groups} agency texts, each published by
 * {@code copies} sites with another headline and layout and a small edit of the body (one word of one sentence
 * replaced), plus unrelated single articles. Texts are sentences drawn from the sample site's
 * articles, so they read like news in several languages. Seeded, so both runs of a test see the same pages.
 *
 * <p>The pages come in waves: wave {@code w} holds the {@code w}-th copy of every group and some single articles.
 */
final class AgencyCopies {

    private static final Instant DAY = Instant.parse("2026-11-02T06:00:00Z");
    private static final int SENTENCES = 24;

    private final Random random;
    private final List<String> pool = new ArrayList<>();

    AgencyCopies(long seed) {
        this.random = new Random(seed);
        for (SampleArticle sample : SampleSite.articles()) {
            for (Element paragraph : Jsoup.parse(new String(sample.html(), StandardCharsets.UTF_8)).select("p")) {
                for (String sentence : paragraph.text().split("(?<=[.!?])\\s+")) {
                    if (sentence.split(" ").length > 8) {
                        pool.add(sentence);
                    }
                }
            }
        }
    }

    /** The pages, wave by wave: every group's copy {@code w} in wave {@code w}, singles spread over the waves. */
    List<List<RawArticle>> waves(int groups, int copies, int singles) {
        List<List<String>> texts = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            texts.add(text());
        }
        List<List<RawArticle>> waves = new ArrayList<>();
        for (int w = 0; w < copies; w++) {
            List<RawArticle> wave = new ArrayList<>();
            Instant published = DAY.plusSeconds(3600L * w);
            for (int g = 0; g < groups; g++) {
                List<String> body = w == 0 ? texts.get(g) : edited(texts.get(g));
                wave.add(page(String.format("g%02d-c%d", g, w), "site-" + w, body, published));
            }
            for (int s = w; s < singles; s += copies) {
                wave.add(page(String.format("single-%02d", s), "site-" + (s % 9), text(), published));
            }
            waves.add(wave);
        }
        return waves;
    }

    private List<String> text() {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < SENTENCES; i++) {
            sentences.add(vary(pool.get(random.nextInt(pool.size()))));
        }
        return sentences;
    }

    /** The text with one word of one sentence replaced, as an editor's touch to an agency text. */
    private List<String> edited(List<String> text) {
        List<String> copy = new ArrayList<>(text);
        int sentence = random.nextInt(copy.size());
        String[] words = copy.get(sentence).split(" ");
        words[1 + random.nextInt(words.length - 2)] = pool.get(random.nextInt(pool.size())).split(" ")[1];
        copy.set(sentence, String.join(" ", words));
        return copy;
    }

    /** The sentence with its numbers changed and two of its words swapped. */
    private String vary(String sentence) {
        String[] words = sentence.replaceAll("\\d+", String.valueOf(2 + random.nextInt(9_000))).split(" ");
        int a = 1 + random.nextInt(words.length - 2);
        int b = 1 + random.nextInt(words.length - 2);
        String swap = words[a];
        words[a] = words[b];
        words[b] = swap;
        return String.join(" ", words);
    }

    private RawArticle page(String id, String site, List<String> sentences, Instant published) {
        String url = "https://www." + site + ".test/news/" + id + ".html";
        String title = "Nachrichten " + id + " " + random.nextInt(1000);
        StringBuilder paragraphs = new StringBuilder();
        for (int i = 0; i < sentences.size(); i += 3) {
            paragraphs.append("<p>").append(escape(String.join(" ", sentences.subList(i, Math.min(i + 3,
                    sentences.size()))))).append("</p>\n");
        }
        String html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title + " | " + site
                + "</title><link rel=\"canonical\" href=\"" + url + "\"><meta property=\"article:published_time\" content=\""
                + published + "\"></head><body><header><nav><a href=\"/\">" + site + "</a> <a href=\"/politik\">Politik</a>"
                + "</nav></header><main><article><h1>" + title + "</h1>" + paragraphs + "</article></main>"
                + "<footer>Impressum " + site + "</footer></body></html>";
        return RawArticle.newBuilder().setId(id).setUrl(url).setFinalUrl(url).setCanonicalUrl(url)
                .setDiscovery(Discovery.newBuilder().setMethod(DiscoveryMethod.LIST).build())
                .setFetchedAt(published.plusSeconds(60)).setHttpStatus(200).setContentType("text/html; charset=utf-8")
                .setCharset("utf-8").setBody(ByteBuffer.wrap(html.getBytes(StandardCharsets.UTF_8))).build();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}
