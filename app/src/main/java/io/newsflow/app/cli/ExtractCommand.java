package io.newsflow.app.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.runtime.json.RecordJson;
import io.newsflow.app.pipeline.SettingsSource;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichSteps;
import io.newsflow.enrich.clean.ExtractedPage;
import io.newsflow.enrich.step.StepResult;
import io.newsflow.enrich.story.MemoryBucketStore;
import io.newsflow.enrich.story.StoryIndex;
import io.newsflow.enrich.story.StoryPlacer;
import io.newsflow.ingest.IngestConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow extract}: the enrich steps of the topology, run on saved pages. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract the article from saved pages (.html, .html.gz) and print it as JSON: what the page"
                        + " says (title, authors, dates, body, image, ...) with its language and counts.",
                "With --enrich, the full record the enrich topology writes: also dates mentioned, quotes, keywords,"
                        + " entities, dateline, news agencies, fingerprint and story cluster (pages of one run are"
                        + " clustered together, in file order, as the topology would cluster them).",
                "With --out, write DIR/<page name>.json for each page (directories are searched) and go on past"
                        + " pages that fail, which get a JSON object with an \"error\" field."})
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Pages, or directories of pages with --out.")
    List<Path> inputs;

    @Option(
            names = "--url",
            paramLabel = "URL",
            description = "The page's URL (default: its canonical URL, else its og:url, else none: the page is"
                    + " extracted without a URL and keyed by its content; the output's urlSource says which).")
    String url;

    @Option(names = "--out", paramLabel = "DIR", description = "Write one JSON file per page into DIR.")
    Path out;

    @Option(names = "--enrich", description = "Print the full enriched record, as on newsflow.enriched.v1.")
    boolean enrich;

    /**
     * Fields only the enrichment adds; left out without --enrich so the output is the page's own content. Language
     * and counts stay: they describe the text itself and were part of this command's output from its first version.
     */
    static final List<String> ENRICHMENT_FIELDS = List.of("entities", "datesMentioned", "quotes", "keywords",
            "dateline", "newsAgencies", "fingerprint", "clusterId", "duplicateOf");

    @Spec
    CommandSpec spec;

    /** Bytes of a page read at most (after gunzip): ingest's {@code ingest.max.body.bytes}. */
    private long maxBytes;

    @Override
    public Integer call() {
        checkInputs(); // before loading any model: a mistyped path is reported at once
        Map<String, String> env = SettingsSource.fromEnvironment(System.getenv());
        EnrichConfig config = EnrichConfig.load(env);
        // the same cap as ingest: a page (or a gzip bomb) is cut where ingest would cut it, never read whole
        maxBytes = IngestConfig.load(env).maxBodyBytes();
        EnrichSteps steps = new EnrichSteps(config);
        // one index for the whole run: later pages are clustered with earlier ones, as in the topology's store
        StoryIndex stories = new StoryIndex(new MemoryBucketStore(), config.storyMaxDistance(), config.storyWindow());
        if (out == null) {
            ObjectNode json = extract(steps, stories, inputs.get(0), url);
            spec.commandLine().getOut().println(RecordJson.pretty(json));
            return json.has("error") ? NewsflowCommand.FAILED : 0;
        }
        writeAll(steps, stories, pages(inputs));
        return 0;
    }

    private void checkInputs() {
        List<Path> missing = inputs.stream().filter(input -> !Files.exists(input)).toList();
        if (out == null && inputs.size() != 1) {
            throw new IllegalArgumentException("give one page, or use --out DIR for several");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException((missing.size() == 1 ? missing.get(0) + " does not exist"
                    : "no such files or directories: " + missing));
        }
        if (out == null && Files.isDirectory(inputs.get(0))) {
            throw new IllegalArgumentException(inputs.get(0) + " is a directory: use --out DIR to extract every"
                    + " page under it");
        }
    }

    private void writeAll(EnrichSteps steps, StoryIndex stories, List<Path> pages) {
        int failed = 0;
        for (Path page : pages) {
            ObjectNode json;
            try {
                json = extract(steps, stories, page, url);
            } catch (RuntimeException e) {
                // a batch goes on past a page it cannot read; the page's JSON says why
                json = error(e.getMessage());
            }
            failed += json.has("error") ? 1 : 0;
            write(out.resolve(PageFile.baseName(page) + ".json"), RecordJson.pretty(json));
        }
        spec.commandLine().getErr().println("extracted " + (pages.size() - failed) + " of " + pages.size()
                + " pages into " + out + (failed > 0 ? " (" + failed + " with an \"error\" field)" : ""));
    }

    ObjectNode extract(EnrichSteps steps, StoryIndex stories, Path file, String url) {
        PageFile.SavedPage saved = PageFile.read(file, url, Instant.now(), maxBytes);
        StepResult<ExtractedPage> result = steps.extract(saved.page());
        if (result instanceof StepResult.Rejected<ExtractedPage> rejected) {
            ObjectNode json = error(rejected.detail());
            json.put("reason", rejected.reason().name());
            json.put("urlSource", saved.urlSource().label());
            return json;
        }
        ExtractedPage page = result.value();
        ObjectNode json;
        if (enrich) {
            json = RecordJson.of(StoryPlacer.place(stories, steps.enrich(page)));
        } else {
            json = RecordJson.of(steps.describe(page));
            json.remove(ENRICHMENT_FIELDS);
        }
        json = withField(json, "url", "urlSource", saved.urlSource().label());
        // the Article record may not carry the page's local time yet; the extraction does
        return json.has("publishedLocal")
                ? json
                : withField(
                        json, "publishedAt", "publishedLocal", page.article().publishedLocal());
    }

    /** {@code json} with {@code name} set right after the field {@code after} (at the end when that is absent). */
    private static ObjectNode withField(ObjectNode json, String after, String name, @Nullable String value) {
        ObjectNode ordered = JsonNodeFactory.instance.objectNode();
        json.fields().forEachRemaining(field -> {
            ordered.set(field.getKey(), field.getValue());
            if (field.getKey().equals(after)) {
                ordered.put(name, value);
            }
        });
        if (!ordered.has(name)) {
            ordered.put(name, value);
        }
        return ordered;
    }

    private static ObjectNode error(String message) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("error", message);
        return json;
    }

    private static List<Path> pages(List<Path> inputs) {
        List<Path> pages = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.walk(input)) {
                    files.filter(Files::isRegularFile).filter(PageFile::isPage).sorted().forEach(pages::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + input + ": " + e.getMessage(), e);
                }
            } else {
                pages.add(input);
            }
        }
        return pages;
    }

    private static void write(Path file, String json) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
