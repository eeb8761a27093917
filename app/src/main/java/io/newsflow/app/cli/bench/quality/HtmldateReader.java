package io.newsflow.app.cli.bench.quality;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.enrich.quality.Gold;
import io.newsflow.enrich.quality.GoldDate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * htmldate's evaluation sets: {@code eval_default.json} and {@code eval_mediacloud_2020.json} map each page URL to
 * its file and gold publication day; pages are looked up in {@code test_set/}, {@code cache/} and {@code eval/}, in
 * that order, as htmldate's {@code tests/evaluation.py} does. Only the date is scored.
 */
final class HtmldateReader {

    private static final Map<String, String> FILES =
            Map.of("default", "eval_default.json", "mediacloud", "eval_mediacloud_2020.json");

    private HtmldateReader() {}

    static GoldSet read(Path cache) {
        Path dir = cache.resolve(EvalSet.HTMLDATE.folder());
        Map<String, Path> files = CacheFiles.filesByName(
                List.of(dir.resolve("test_set"), dir.resolve("cache"), dir.resolve("eval")));
        List<GoldPage> pages = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String group : List.of("default", "mediacloud")) {
            JsonNode gold = CacheFiles.json(dir.resolve(FILES.get(group)));
            for (Map.Entry<String, JsonNode> item : gold.properties()) {
                String name = CacheFiles.text(item.getValue(), "file");
                Optional<Path> file = name == null ? Optional.empty() : CacheFiles.find(files, name);
                if (file.isEmpty()) {
                    missing.add(name == null ? item.getKey() : name);
                    continue;
                }
                pages.add(new GoldPage(EvalSet.HTMLDATE, name, name, group, item.getKey(), file.get(), null, new Gold(
                        null, List.of(), List.of(), null, List.of(),
                        GoldDate.parse(CacheFiles.text(item.getValue(), "date")).orElse(null), false)));
            }
        }
        return new GoldSet(EvalSet.HTMLDATE, pages, missing);
    }
}
