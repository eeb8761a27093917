package io.newsflow.app.cli.bench.quality;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * A tiny evaluation cache written for the tests, one article in each set's native layout; ids are chosen so that
 * the trafilatura, WCXB and htmldate items are MEASURE ("page-one.html", "0005") and the fundus one TUNE ("xx/Daily").
 */
final class MiniCache {

    static final String TITLE = "City council approves the new riverside tram line";
    static final String AUTHOR = "Jane Fielding";
    static final String PARAGRAPH = "The city council voted on Tuesday evening to approve the long debated tram line along"
            + " the river, ending a dispute that had divided neighbourhoods for more than six years. Supporters said"
            + " the line would cut commuting times for thousands of residents in the eastern districts.";
    static final String PARAGRAPH_2 = "Construction is expected to begin next spring and to last about three years,"
            + " according to the transport department, which will publish a detailed timetable for the works and the"
            + " temporary diversions of bus routes in the coming weeks.";
    static final String PARAGRAPH_3 = "Opponents, mostly shop owners along the embankment, argued that the works would"
            + " keep customers away for years. The council promised a compensation fund and said it would review the"
            + " plans with the traders' association before the first excavations start.";

    private MiniCache() {}

    static String page() {
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <title>%1$s | Example Times</title>
                <link rel="canonical" href="https://www.example-times.com/city/tram-line">
                <meta property="og:title" content="%1$s">
                <meta property="article:published_time" content="2024-03-05T21:30:00-05:00">
                <meta name="author" content="%2$s"></head>
                <body><nav><a href="/">Home</a> <a href="/city">City</a> <a href="/sport">Sport</a></nav>
                <article><h1>%1$s</h1><p class="byline">By %2$s</p>
                <p>%3$s</p><p>%4$s</p><p>%5$s</p></article>
                <footer>Impressum · Newsletter · Contact</footer></body></html>
                """.formatted(TITLE, AUTHOR, PARAGRAPH, PARAGRAPH_2, PARAGRAPH_3);
    }

    static void write(Path cache) throws IOException {
        String url = "https://www.example-times.com/city/tram-line";
        String body = String.join("\n\n", PARAGRAPH, PARAGRAPH_2, PARAGRAPH_3);
        write(cache.resolve("trafilatura/page-one.html"), page().getBytes(StandardCharsets.UTF_8));
        write(cache.resolve("trafilatura/evaldata.json"), """
                {"%s": {"file": "page-one.html", "with": ["eastern districts", "compensation fund"],
                  "without": ["Impressum", "Sport"], "title": "%s", "author": "%s", "date": "2024-03-05"},
                 "hard::missing.html": {"file": "missing.html", "with": ["x"], "without": ["y"]}}
                """.formatted(url, TITLE, AUTHOR));
        gzip(cache.resolve("fundus/xx/Daily_2024_03_06.html.gz"), page());
        write(cache.resolve("fundus/xx/meta.info"), """
                {"Daily_2024_03_06.html.gz": {"url": "%s", "crawl_date": "2024-03-06 08:00:00.000000"}}
                """.formatted(url));
        write(cache.resolve("fundus/xx/Daily.json"), """
                {"V1": {"authors": ["%s"], "title": "%s", "publishing_date": "2024-03-05 21:30:00-05:00",
                  "topics": [], "images": [], "body": {"summary": [], "sections": [
                    {"headline": [], "paragraphs": ["%s", "%s", "%s"]}]}}}
                """.formatted(AUTHOR, TITLE, PARAGRAPH, PARAGRAPH_2, PARAGRAPH_3));
        gzip(cache.resolve("wcxb/html/0005.html.gz"), page());
        write(cache.resolve("wcxb/metadata.json"), """
                {"name": "WCXB", "files": {"0005": {"split": "dev", "page_type": "article"}}}
                """);
        write(cache.resolve("wcxb/ground-truth/0005.json"), """
                {"url": "%s", "file_id": "0005", "ground_truth": {"title": "%s", "author": "%s",
                  "publish_date": "2024-03-05", "main_content": "%s", "with": [], "without": []}}
                """.formatted(url, TITLE, AUTHOR, body.replace("\n", "\\n")));
        write(cache.resolve("htmldate/eval/page-one.html"), page().getBytes(StandardCharsets.UTF_8));
        write(cache.resolve("htmldate/eval_default.json"), """
                {"%s": {"file": "page-one.html", "date": "2024-03-05"}}
                """.formatted(url));
        write(cache.resolve("htmldate/eval_mediacloud_2020.json"), """
                {"https://www.example.org/x": {"file": "dated.html", "date": NaN}}
                """);
    }

    private static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static void gzip(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
