package io.newsflow.enrich.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichSteps;
import io.newsflow.enrich.step.StepResult;
import io.newsflow.enrich.story.MemoryBucketStore;
import io.newsflow.enrich.story.StoryIndex;
import io.newsflow.enrich.story.StoryPlacer;
import io.newsflow.schemas.avro.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Real pages through the whole per-article path of the enrich topology (parse, extract, enrich, story placement):
 * no exception may escape, and each page gives an article with a headline and a body, or a rejection with a reason
 * and a detail, which the topology sends to the dead-letter topic. Runs on the committed pages; with
 * {@code NEWSFLOW_EVAL_CACHE} naming an evaluation cache (scripts/eval-cache.sh), also on every page in it.
 */
class RealPagesCrashTest {

    private static final String CACHE_VARIABLE = "NEWSFLOW_EVAL_CACHE";

    private final EnrichConfig config = EnrichConfig.load(Map.of());
    private final EnrichSteps steps = new EnrichSteps(config);
    private final StoryIndex stories =
            new StoryIndex(new MemoryBucketStore(), config.storyMaxDistance(), config.storyWindow());

    @Test
    void everyCommittedPageGivesAnArticleOrAReasonedRejection() {
        List<RealPage> pages = RealPage.all();
        List<String> failures = new ArrayList<>();
        for (RealPage page : pages) {
            check(page.page(), page.html(), page.url(), failures);
        }
        assertThat(failures).as("pages that crashed or gave neither an article nor a reason").isEmpty();
    }

    @Test
    @EnabledIfEnvironmentVariable(named = CACHE_VARIABLE, matches = ".+")
    void everyCachePageGivesAnArticleOrAReasonedRejection() throws IOException {
        Path cache = Path.of(System.getenv(CACHE_VARIABLE));
        List<Path> pages;
        try (Stream<Path> files = Files.walk(cache)) {
            pages = files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches("(?i).*\\.html?(\\.gz)?"))
                    .sorted()
                    .toList();
        }
        assertThat(pages).as("pages under " + cache).isNotEmpty();
        List<String> failures = new ArrayList<>();
        for (Path page : pages) {
            check(cache.relativize(page).toString(), bytes(page), null, failures);
        }
        assertThat(failures).as("of " + pages.size() + " pages, those that crashed or gave no reason").isEmpty();
    }

    private void check(String name, byte[] html, @Nullable String url, List<String> failures) {
        try {
            StepResult<Article> result = steps.clean(PipelineExtraction.rawArticle(html, url, RealPage.FETCHED_AT))
                    .then(steps::extract)
                    .map(steps::enrich)
                    .map(article -> StoryPlacer.place(stories, article));
            if (result instanceof StepResult.Ok<Article> ok) {
                if (ok.value().getTitle().isBlank() || ok.value().getBody().isBlank()) {
                    failures.add(name + ": an article without headline or body");
                }
            } else if (result instanceof StepResult.Rejected<Article> rejected && rejected.detail().isBlank()) {
                failures.add(name + ": rejected as " + rejected.reason() + " without a detail");
            }
        } catch (RuntimeException | StackOverflowError e) {
            // collected, so one run lists every crashing page instead of stopping at the first
            failures.add(name + ": " + e);
        }
    }

    private static byte[] bytes(Path page) throws IOException {
        try (InputStream in = page.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(page)) : Files.newInputStream(page)) {
            return in.readAllBytes();
        }
    }
}
