package io.newsflow.app.cli.bench.quality;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.enrich.quality.Gold;
import io.newsflow.enrich.quality.GoldAuthors;
import io.newsflow.enrich.quality.GoldDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * WCXB's dev split: {@code metadata.json} lists each id with its page type (article, forum, listing, product, ...),
 * {@code ground-truth/<id>.json} holds the URL and the gold title, author, publish_date and main_content, and
 * {@code html/<id>.html.gz} the page. Only ids the metadata marks {@code "split": "dev"} are read.
 */
final class WcxbReader {

    static final String ARTICLE = "article";

    private WcxbReader() {}

    static GoldSet read(Path cache) {
        Path dir = cache.resolve(EvalSet.WCXB.folder());
        JsonNode files = CacheFiles.json(dir.resolve("metadata.json")).path("files");
        List<GoldPage> pages = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> item : files.properties()) {
            if (!"dev".equals(CacheFiles.text(item.getValue(), "split"))) {
                continue; // the other split is reserved for an independent evaluation: never read
            }
            String id = item.getKey();
            Path html = dir.resolve("html").resolve(id + ".html.gz");
            Path gold = dir.resolve("ground-truth").resolve(id + ".json");
            if (!Files.isRegularFile(html) || !Files.isRegularFile(gold)) {
                missing.add(id);
                continue;
            }
            String type = CacheFiles.text(item.getValue(), "page_type");
            pages.add(page(id, type == null ? "unknown" : type, html, CacheFiles.json(gold)));
        }
        return new GoldSet(EvalSet.WCXB, pages, missing);
    }

    private static GoldPage page(String id, String type, Path html, JsonNode file) {
        JsonNode gold = file.path("ground_truth");
        String url = CacheFiles.text(file, "url");
        String body = CacheFiles.text(gold, "main_content");
        return new GoldPage(EvalSet.WCXB, id, id, type, url, html, null, new Gold(body == null ? "" : body, List.of(),
                List.of(), CacheFiles.text(gold, "title"), GoldAuthors.split(CacheFiles.text(gold, "author")),
                GoldDate.parse(CacheFiles.text(gold, "publish_date")).orElse(null), type.equals(ARTICLE)));
    }
}
