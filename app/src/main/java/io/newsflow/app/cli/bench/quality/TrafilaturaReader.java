package io.newsflow.app.cli.bench.quality;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.enrich.quality.Gold;
import io.newsflow.enrich.quality.GoldAuthors;
import io.newsflow.enrich.quality.GoldDate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * trafilatura's evaluation set: {@code evaldata.json} maps each page URL to its file, {@code with}/{@code without}
 * snippets and, for most pages, title, author and date. Pages come from trafilatura's {@code tests/cache} and
 * {@code tests/eval}, both copied into the set's folder.
 */
final class TrafilaturaReader {

    private TrafilaturaReader() {}

    static GoldSet read(Path cache) {
        Path dir = cache.resolve(EvalSet.TRAFILATURA.folder());
        Map<String, Path> files = CacheFiles.filesByName(List.of(dir.resolve("cache"), dir, dir.resolve("eval")));
        JsonNode evaldata = CacheFiles.json(dir.resolve("evaldata.json"));
        List<GoldPage> pages = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> item : evaldata.properties()) {
            String name = CacheFiles.text(item.getValue(), "file");
            Optional<Path> file = name == null ? Optional.empty() : CacheFiles.find(files, name);
            if (file.isEmpty()) {
                missing.add(name == null ? item.getKey() : name);
                continue;
            }
            pages.add(page(item.getKey(), name, file.get(), item.getValue()));
        }
        return new GoldSet(EvalSet.TRAFILATURA, pages, missing);
    }

    private static GoldPage page(String url, String name, Path file, JsonNode gold) {
        String authors = gold.path("author").isArray()
                ? String.join("; ", CacheFiles.strings(gold, "author")) : CacheFiles.text(gold, "author");
        return new GoldPage(EvalSet.TRAFILATURA, name, name, "all", url, file, null, new Gold(null,
                CacheFiles.strings(gold, "with"), CacheFiles.strings(gold, "without"), CacheFiles.text(gold, "title"),
                GoldAuthors.split(authors), GoldDate.parse(CacheFiles.text(gold, "date")).orElse(null), true));
    }
}
