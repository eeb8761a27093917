package io.newsflow.app.cli.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.cli.NewsflowCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench quality} on a tiny cache in each set's own format: every reader finds its page and gold. */
class BenchQualityCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path cache;

    private int run(String... args) {
        return NewsflowCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void scoresEverySetFromItsNativeFormat() throws IOException {
        MiniCache.write(cache);
        Path report = cache.resolve("report.md");

        int code = run("bench", "quality", "--cache", cache.toString(), "--split", "all", "--report", report.toString(),
                "--set", "trafilatura,fundus,wcxb,htmldate");

        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readString(report)).isEqualTo(out.toString());
        List<String> fundus = row("fundus", "news pages", "TUNE", "newsflow");
        assertThat(fundus.get(4)).as("pages").isEqualTo("1");
        assertThat(Double.parseDouble(fundus.get(8))).as("body F1").isGreaterThan(0.9);
        assertThat(fundus.subList(14, 18)).as("title, authors, date, rejected")
                .containsExactly("1.000 (1)", "1.000 (1)", "1.000 (1)", "0.000 (0/1)");
        List<String> trafilatura = row("trafilatura", "all pages", "MEASURE", "newsflow");
        assertThat(trafilatura.subList(10, 14)).as("snippet P, R, F1, accuracy")
                .containsExactly("1.000", "1.000", "1.000", "1.000");
        assertThat(row("wcxb", "article pages", "MEASURE", "Readability4J").get(4)).isEqualTo("1");
        // the gold day is the page's local day (-05:00): in UTC the instant is already the next day
        assertThat(row("htmldate", "default", "MEASURE", "newsflow").get(16)).as("date").isEqualTo("1.000 (1)");
        assertThat(out.toString()).contains("htmldate (1): dated.html", "trafilatura (1): missing.html");
    }

    @Test
    void writesTheCiPagesWithTheirGold() throws IOException {
        MiniCache.write(cache);
        Path real = cache.resolve("real");

        assertThat(run("bench", "quality", "--cache", cache.toString(), "--write-ci-pages", real.toString()))
                .as(err.toString()).isZero();

        // xx/Daily is a TUNE item: only the MEASURE trafilatura page is written
        assertThat(real.resolve("trafilatura/page-one.html.gz")).exists();
        assertThat(real.resolve("fundus")).doesNotExist();
        assertThat(Files.readString(real.resolve("pages.json"))).contains("\"with\"", "eastern districts",
                "adbar/trafilatura: tests/eval/page-one.html");
    }

    @Test
    void listsTheDatedPagesItRejectedApartFromRejectedArticles() throws IOException {
        MiniCache.write(cache);
        // htmldate's gold dates a page without calling it an article: a page with a date and no text is rejected
        Files.writeString(cache.resolve("htmldate/eval/no-text.html"), """
                <html><head><title>Archive</title><meta property="article:published_time" content="2024-03-05">
                </head><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>""");
        Files.writeString(cache.resolve("htmldate/eval_default.json"), """
                {"https://www.example-times.com/city/tram-line": {"file": "page-one.html", "date": "2024-03-05"},
                 "https://www.example-times.com/archive": {"file": "no-text.html", "date": "2024-03-05"}}""");

        assertThat(run("bench", "quality", "--cache", cache.toString(), "--split", "all", "--set", "htmldate"))
                .as(err.toString()).isZero();

        String report = out.toString();
        assertThat(report).contains("## Articles newsflow rejected\n\nnone");
        assertThat(report.substring(report.indexOf("## Dated pages newsflow rejected")))
                .contains("htmldate default", "(1 of ", "`no-text.html` NOT_AN_ARTICLE")
                .doesNotContain("page-one.html");
    }

    @Test
    void refusesAnUnknownSplitOrSetInOneLine() throws IOException {
        MiniCache.write(cache);
        assertThat(run("bench", "quality", "--cache", cache.toString(), "--split", "dev")).isNotZero();
        assertThat(err.toString()).contains("--split must be tune, measure or all, not 'dev'");
        assertThat(run("bench", "quality", "--cache", cache.toString(), "--set", "fundus,news")).isNotZero();
        assertThat(err.toString()).contains("unknown set 'news'");
    }

    /** The cells of the report's row for a set, group, split and extractor (cell 0 is empty: the row starts "|"). */
    private List<String> row(String set, String group, String split, String extractor) {
        return out.toString().lines()
                .filter(line -> line.startsWith("| " + set + " | " + group + " | " + split + " | "))
                .map(line -> Arrays.stream(line.split("\\|", -1)).map(String::strip).toList())
                .filter(cells -> cells.get(5).equals(extractor))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + set + " " + group + " " + split + " " + extractor
                        + " in\n" + out));
    }
}
