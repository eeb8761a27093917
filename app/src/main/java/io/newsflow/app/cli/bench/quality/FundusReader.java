package io.newsflow.app.cli.bench.quality;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.enrich.quality.Gold;
import io.newsflow.enrich.quality.GoldDate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * fundus' parser test data: {@code <country>/<Publisher>.json} holds the parsed fields (title, authors,
 * publishing_date, topics, body as summary and sections) for each parser version, oldest first, and
 * {@code <Publisher>_<yyyy_mm_dd>.html.gz} the page each version was tested on, one per version, so the n-th version
 * belongs to the n-th page in date order; {@code <country>/meta.info} gives each page's URL and crawl date.
 */
final class FundusReader {

    /** "2024-04-22 17:33:43.091856", "2023-06-29 15:43:21+00:00". */
    private static final DateTimeFormatter CRAWL_DATE = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral(' ')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    private FundusReader() {}

    static GoldSet read(Path cache) {
        Path root = cache.resolve(EvalSet.FUNDUS.folder());
        List<GoldPage> pages = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Path country : list(root, Files::isDirectory)) {
            JsonNode meta = CacheFiles.json(country.resolve("meta.info"));
            for (Path gold : list(country, f -> f.getFileName().toString().endsWith(".json"))) {
                String publisher = gold.getFileName().toString().replaceFirst("\\.json$", "");
                String id = country.getFileName() + "/" + publisher;
                List<Path> html = list(country, f -> f.getFileName().toString().matches(
                        java.util.regex.Pattern.quote(publisher) + "_\\d{4}_\\d{2}_\\d{2}\\.html\\.gz"));
                JsonNode versions = CacheFiles.json(gold);
                if (versions.size() != html.size()) {
                    missing.add(id + " (" + versions.size() + " parser versions, " + html.size() + " pages)");
                    continue;
                }
                Iterator<Map.Entry<String, JsonNode>> it = versions.properties().iterator();
                for (Path file : html) {
                    pages.add(page(id, file, meta.path(file.getFileName().toString()), it.next().getValue()));
                }
            }
        }
        return new GoldSet(EvalSet.FUNDUS, pages, missing);
    }

    private static GoldPage page(String id, Path file, JsonNode meta, JsonNode gold) {
        String url = CacheFiles.text(meta, "url");
        if (url == null) {
            throw new IllegalStateException("meta.info gives no URL for " + file);
        }
        String page = id.substring(0, id.indexOf('/') + 1)
                + file.getFileName().toString().replaceFirst("\\.html\\.gz$", "");
        return new GoldPage(EvalSet.FUNDUS, id, page, "news", url, file, crawled(CacheFiles.text(meta, "crawl_date")),
                new Gold(body(gold.path("body")), List.of(), List.of(), CacheFiles.text(gold, "title"),
                        CacheFiles.strings(gold, "authors"),
                        GoldDate.parse(CacheFiles.text(gold, "publishing_date")).orElse(null), true));
    }

    /** Summary, then each section's headlines and paragraphs: the whole article text fundus extracts. */
    static String body(JsonNode body) {
        List<String> parts = new ArrayList<>(CacheFiles.strings(body, "summary"));
        for (JsonNode section : body.path("sections")) {
            parts.addAll(CacheFiles.strings(section, "headline"));
            parts.addAll(CacheFiles.strings(section, "paragraphs"));
        }
        return String.join("\n\n", parts);
    }

    /** meta.info's crawl date: with an offset, or without one from a crawler running in UTC. */
    private static @Nullable Instant crawled(@Nullable String date) {
        if (date == null) {
            return null;
        }
        TemporalAccessor parsed = CRAWL_DATE.parseBest(date.strip(), OffsetDateTime::from, LocalDateTime::from);
        return parsed instanceof OffsetDateTime time
                ? time.toInstant()
                : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    }

    private static List<Path> list(Path dir, java.util.function.Predicate<Path> filter) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
