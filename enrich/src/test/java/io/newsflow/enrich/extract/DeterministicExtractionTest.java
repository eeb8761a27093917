package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The same page gives the same article every time: no identity or hash order decides the output. Each parse makes new
 * element objects with new identity hash codes, so an extractor that broke ties by identity order would give
 * different bodies across these repetitions.
 */
class DeterministicExtractionTest {

    private static final Instant FETCHED_AT = Instant.parse("2030-01-01T00:00:00Z");

    private static final String SENTENCE = "The council approved the budget after a long debate about roads. ";

    @Test
    void tiedContainersGoToTheFirstInDocumentOrderOnEveryParse() {
        // two equal columns of text, far apart: the scores tie exactly
        String column = "<p>" + SENTENCE.repeat(4) + "</p><p>" + SENTENCE.repeat(4) + "</p>";
        String html = "<html><head><meta property='og:type' content='article'></head><body><h1>Budget</h1>"
                + "<section><div class='left'>" + column.replace("council", "north council") + "</div></section>"
                + "<aside class='x'></aside><section><div class='right'>" + column.replace("council", "south council")
                + "</div></section></body></html>";
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            bodies.add(new ArticleExtractor().extract(Jsoup.parse(html, "https://x.example/a.html"), FETCHED_AT).body());
        }
        assertThat(bodies).allSatisfy(body -> assertThat(body).isEqualTo(bodies.get(0)));
        assertThat(bodies.get(0)).contains("north council");
    }

    @Test
    void everyGoldenPageGivesTheSameArticleRepeatedlyAndInAnyOrder() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/golden"))) {
            pages = files.filter(p -> p.getFileName().toString().equals("page.html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(20);
        List<ExtractedArticle> first = pages.stream().map(DeterministicExtractionTest::extract).toList();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            order.add(i);
        }
        for (long seed = 1; seed <= 3; seed++) {
            Collections.shuffle(order, new Random(seed));
            for (int i : order) {
                assertThat(extract(pages.get(i))).as(pages.get(i).toString()).isEqualTo(first.get(i));
            }
        }
    }

    private static ExtractedArticle extract(Path page) {
        try (InputStream in = Files.newInputStream(page)) {
            return new ArticleExtractor().extract(PageParser.parse(in.readAllBytes(), null, "https://x.example/a.html"),
                    FETCHED_AT);
        } catch (IOException e) {
            throw new UncheckedIOException(page.toString(), e);
        }
    }
}
