package io.newsflow.app.cli.bench.quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.enrich.quality.Gold;
import io.newsflow.enrich.quality.Split;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the real pages the CI quality gate ({@code RealPagesQualityTest} in enrich) scores: the first MEASURE items
 * by SHA-1 of their id from the licence-compatible sets (fundus, MIT: one page per publisher; trafilatura,
 * Apache-2.0), gzipped, with their gold in one {@code pages.json}.
 */
final class GatePages {

    static final int FUNDUS_PAGES = 25;
    static final int TRAFILATURA_PAGES = 15;

    private static final Map<EvalSet, String> SOURCES = Map.of(
            EvalSet.FUNDUS, "flairNLP/fundus",
            EvalSet.TRAFILATURA, "adbar/trafilatura");
    private static final Map<EvalSet, String> LICENCES =
            Map.of(EvalSet.FUNDUS, "MIT", EvalSet.TRAFILATURA, "Apache-2.0");

    private GatePages() {}

    /** The pages chosen from the sets, in gate order. */
    static List<GoldPage> choose(GoldSet fundus, GoldSet trafilatura) {
        List<GoldPage> chosen = new ArrayList<>(firstMeasured(fundus, FUNDUS_PAGES));
        chosen.addAll(firstMeasured(trafilatura, TRAFILATURA_PAGES));
        return chosen;
    }

    /** The first page of each MEASURE item, items in SHA-1 order, up to {@code count}. */
    private static List<GoldPage> firstMeasured(GoldSet set, int count) {
        Map<String, GoldPage> firstPerItem = new LinkedHashMap<>();
        set.pages().stream()
                .filter(page -> page.split() == Split.MEASURE)
                .sorted(Comparator.comparing((GoldPage page) -> Split.sha1Hex(page.id())).thenComparing(GoldPage::page))
                .forEach(page -> firstPerItem.putIfAbsent(page.id(), page));
        return firstPerItem.values().stream().limit(count).toList();
    }

    /** Writes the pages under {@code dir} and their gold to {@code dir/pages.json}. */
    static void write(List<GoldPage> pages, Path dir) {
        ArrayNode gold = JsonNodeFactory.instance.arrayNode();
        for (GoldPage page : pages) {
            String name = page.page().replaceFirst("(?i)\\.html?$", "").replaceAll("[^A-Za-z0-9._/-]", "_");
            String file = page.set().folder() + "/" + name + ".html.gz";
            gzip(page.html(), dir.resolve(file));
            gold.add(entry(page, file));
        }
        try {
            new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(dir.resolve("pages.json").toFile(), gold);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve("pages.json") + ": " + e.getMessage(), e);
        }
    }

    private static ObjectNode entry(GoldPage page, String file) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("set", page.set().folder()).put("id", page.id()).put("page", page.page()).put("file", file);
        json.put("url", page.url()).put("fetchedAt", page.fetchedAt() == null ? null : page.fetchedAt().toString());
        json.put("source", SOURCES.get(page.set()) + ": " + sourcePath(page)).put("licence", LICENCES.get(page.set()));
        Gold gold = page.gold();
        json.put("goldArticle", gold.article()).put("title", gold.title()).put("body", gold.body());
        gold.authors().forEach(json.putArray("authors")::add);
        gold.with().forEach(json.putArray("with")::add);
        gold.without().forEach(json.putArray("without")::add);
        if (gold.date() != null) {
            json.putObject("date").put("day", gold.date().day().toString())
                    .put("offset", gold.date().offset() == null ? null : gold.date().offset().getId());
        }
        return json;
    }

    private static String sourcePath(GoldPage page) {
        String name = page.file().getFileName().toString();
        return switch (page.set()) {
            case FUNDUS ->
                "tests/resources/parser/test_data/"
                        + page.id().substring(0, page.id().indexOf('/')) + "/" + name;
            case TRAFILATURA ->
                (page.file().getParent().getFileName().toString().equals("cache") ? "tests/cache/" : "tests/eval/")
                        + name;
            default -> throw new IllegalArgumentException(page.set() + " pages are not committed");
        };
    }

    private static void gzip(byte[] bytes, Path file) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                out.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
