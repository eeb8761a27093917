package io.newsflow.app.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.cli.NewsflowCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the benchmark on two pages, one gzipped, and checks the shape of its report (never the speed). */
class BenchExtractCommandTest {

    private static final String ARTICLES = "/io/newsflow/app/sample-site/articles/";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return NewsflowCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void reportsParseAndExtractionThroughputSideBySide(@TempDir Path dir) throws IOException {
        copy("blog/five-years-community-weather-station.html", dir.resolve("a.html"), false);
        copy("politik/russland-nordkorea-schoigu-besuch-kim-militaer-92420417.html", dir.resolve("b.html.gz"), true);
        Files.writeString(dir.resolve("notes.txt"), "not a page");

        int code = run("bench", "extract", dir.toString(), "--iterations", "1", "--warmup", "1");

        assertThat(code).as(err.toString()).isZero();
        String report = out.toString();
        assertThat(report).contains("pages: 2 under " + dir).contains("1 warm-up, 1 timed");
        assertThat(report).containsPattern("(?m)^parse: +[0-9.]+ pages/s +[0-9.]+ ms/page$");
        assertThat(report).containsPattern("(?m)^parse \\+ extract: +[0-9.]+ pages/s +[0-9.]+ ms/page +\\([0-9]+% of bare parse speed\\)$");
        assertThat(report).containsPattern("(?m)^per CPU-second of the thread: parse [0-9.]+ pages/s, "
                + "parse \\+ extract [0-9.]+ pages/s \\([0-9]+% of bare parse speed\\)$");
        assertThat(report).containsPattern("(?m)^heap used after GC: [0-9.]+ MiB");
    }

    @Test
    void rejectsADirectoryWithoutPages(@TempDir Path dir) {
        assertThat(run("bench", "extract", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("holds no .html");
    }

    @Test
    void asksForABenchmarkWhenNoneIsGiven() {
        assertThat(run("bench")).isEqualTo(2);
        assertThat(err.toString()).contains("choose a benchmark");
    }

    private static void copy(String resource, Path target, boolean gzip) throws IOException {
        try (InputStream in = BenchExtractCommandTest.class.getResourceAsStream(ARTICLES + resource);
                OutputStream file = Files.newOutputStream(target);
                OutputStream sink = gzip ? new GZIPOutputStream(file) : file) {
            assertThat(in).as(resource).isNotNull();
            in.transferTo(sink);
        }
    }
}
