package io.newsflow.app.it.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.cli.NewsflowCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance command, {@code newsflow run --embedded --until-idle --config sources.yml}, run in-process against
 * the fake news site: every allowed article is fetched exactly once and the counts per outcome are printed.
 */
class RunCommandIT {

    @Test
    void runUntilIdleFetchesEveryAllowedArticleOnceAndPrintsOutcomeCounts(@TempDir Path dir) throws IOException {
        try (FakeNewsSite site = new FakeNewsSite("User-agent: *\nDisallow: /private/\nSitemap: %BASE%/sitemap_index.xml\n", 0)) {
            Path config = siteConfig(dir, site, "100ms");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int exit = NewsflowCommand.execute(new String[] {"run", "--embedded", "--data-dir",
                    dir.resolve("data").toString(), "--until-idle", "--http-port", "0", "--config", config.toString()},
                    new PrintWriter(out), new PrintWriter(err));

            assertThat(exit).as(err.toString()).isZero();
            FakeNewsSite.ARTICLES.keySet().forEach(path -> assertThat(site.hits(path)).as(path).isEqualTo(1));
            assertThat(site.hits("/private/members-only")).isZero();
            int articles = FakeNewsSite.ARTICLES.size();
            assertThat(out.toString())
                    .containsPattern("INGEST\\s+outcome\\s+URLs")
                    .containsPattern("\\n\\s+fetched\\s+" + articles + "\\n")
                    .containsPattern("\\n\\s+disallowed\\s+1\\n")
                    .containsPattern("\\n\\s+too_large\\s+2\\n")
                    .containsPattern("\\n\\s+refused_address\\s+1\\n")
                    .containsPattern("\\n\\s+\\(published\\)\\s+" + articles + "\\n")
                    .contains("TOPICS");
            // records, not offsets: enrich and publish write in transactions, whose commit markers take offsets too
            long raw = topicCount(out.toString(), "raw.v1");
            long enriched = topicCount(out.toString(), "enriched.v1");
            long published = topicCount(out.toString(), "articles.v1");
            long dead = topicCount(out.toString(), "dlq.v1");
            int ingestDeadLetters = Integer.parseInt(out.toString().replaceAll("(?s).*\\(dead-lettered\\)\\s+(\\d+).*", "$1"));
            assertThat(raw).isEqualTo(articles); // the bomb and the huge page are dead-lettered as too_large
            assertThat(published).isEqualTo(enriched);
            assertThat(raw + ingestDeadLetters).as(out.toString()).isEqualTo(enriched + dead);
        }
    }

    @Test
    void runUntilIdleExitsNonZeroWhenEverySourceFailed(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("sources.yml"), """
                pipeline:
                  idle.after: 1s
                ingest:
                  allow.addresses: 127.0.0.0/8
                  request.timeout: 2s
                  max.retries: 0
                  sources:
                    - type: feed
                      url: http://127.0.0.1:1/feed.xml
                    - type: sitemap
                      url: http://127.0.0.1:1/sitemap.xml
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = NewsflowCommand.execute(new String[] {"run", "--embedded", "--data-dir", dir.resolve("data").toString(),
                "--until-idle", "--http-port", "0", "--stage", "ingest", "--config", config.toString()},
                new PrintWriter(out), new PrintWriter(err));

        assertThat(exit).as(out.toString()).isEqualTo(1);
        assertThat(err.toString()).contains("every source failed (2 of 2)");
        assertThat(out.toString()).containsPattern("\\n\\s+source_failed\\s+2\\n");
    }

    @Test
    void sinceBackfillsTheArchiveSitemapTheWindowLeavesOut(@TempDir Path dir) throws IOException {
        try (FakeNewsSite site = new FakeNewsSite("User-agent: *\nSitemap: %BASE%/sitemap_index.xml\n", 0, true)) {
            Path config = siteConfig(dir, site, "50ms");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int exit = NewsflowCommand.execute(new String[] {"run", "--embedded", "--data-dir",
                    dir.resolve("data").toString(), "--until-idle", "--http-port", "0", "--stage", "ingest",
                    "--since", "2019-01-01", "--config", config.toString()}, new PrintWriter(out), new PrintWriter(err));

            assertThat(exit).as(err.toString()).isZero();
            FakeNewsSite.ARCHIVE.forEach(path -> assertThat(site.hits(path)).as(path).isEqualTo(1));
            assertThat(site.hits("/sitemap-archive-2019.xml")).isEqualTo(1);
            // the one URL dated 2001 is older than the backfill date too: counted, not fetched
            assertThat(out.toString()).containsPattern("\\n\\s+skipped_window\\s+1\\n");
            assertThat(site.hits("/news/too-old")).isZero();
        }
    }

    /** A config reading the site's home page (robots.txt, sitemaps) with the given per-host delay. */
    private static Path siteConfig(Path dir, FakeNewsSite site, String hostDelay) throws IOException {
        return Files.writeString(dir.resolve("sources.yml"), """
                pipeline:
                  idle.after: 1s
                ingest:
                  allow.addresses: 127.0.0.0/8
                  host.delay: %s
                  request.timeout: 2s
                  max.body.bytes: 1MiB
                  max.retries: 0
                  sources:
                    - type: site
                      url: %s/
                """.formatted(hostDelay, site.base()));
    }

    private static long topicCount(String table, String suffix) {
        return Long.parseLong(table.lines().filter(line -> line.strip().matches("\\S+\\." + suffix.replace(".", "\\.") + "\\s+\\d+"))
                .findFirst().orElseThrow(() -> new AssertionError("no " + suffix + " row in " + table))
                .strip().split("\\s+")[1]);
    }
}
