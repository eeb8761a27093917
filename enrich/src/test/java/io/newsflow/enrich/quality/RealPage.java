package io.newsflow.enrich.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * A third-party page committed under {@code src/test/resources/real/} with its gold, as listed in
 * {@code real/pages.json} (written by {@code newsflow bench quality --write-ci-pages}; see eval/README.md).
 *
 * @param set "fundus" or "trafilatura"
 * @param page the page's name in reports
 * @param file the gzipped page, relative to {@code real/}
 */
record RealPage(String set, String page, String file, @Nullable String url, @Nullable Instant fetchedAt, Gold gold) {

    /** The fetch time of pages whose set gives no crawl date: late enough never to clamp a publication date. */
    static final Instant FETCHED_AT = Instant.parse("2030-01-01T00:00:00Z");

    /** Every committed page, in the order of {@code pages.json}. */
    static List<RealPage> all() {
        try (InputStream in = RealPage.class.getResourceAsStream("/real/pages.json")) {
            if (in == null) {
                throw new IllegalStateException("real/pages.json is missing from the test resources");
            }
            List<RealPage> pages = new ArrayList<>();
            new ObjectMapper().readTree(in).forEach(json -> pages.add(of(json)));
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read real/pages.json: " + e.getMessage(), e);
        }
    }

    /** The page's bytes. */
    byte[] html() {
        try (InputStream in = RealPage.class.getResourceAsStream("/real/" + file)) {
            if (in == null) {
                throw new IllegalStateException("real/" + file + " is listed in pages.json but missing");
            }
            return new GZIPInputStream(in).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read real/" + file + ": " + e.getMessage(), e);
        }
    }

    /** When the page was fetched, or {@link #FETCHED_AT}. */
    Instant fetchTime() {
        return fetchedAt != null ? fetchedAt : FETCHED_AT;
    }

    private static RealPage of(JsonNode json) {
        JsonNode date = json.path("date");
        GoldDate goldDate = date.isObject() ? new GoldDate(LocalDate.parse(date.path("day").asText()),
                date.path("offset").isTextual() ? ZoneOffset.of(date.path("offset").asText()) : null) : null;
        Gold gold = new Gold(text(json, "body"), strings(json, "with"), strings(json, "without"), text(json, "title"),
                strings(json, "authors"), goldDate, json.path("goldArticle").asBoolean());
        String fetched = text(json, "fetchedAt");
        return new RealPage(json.path("set").asText(), json.path("page").asText(), json.path("file").asText(),
                text(json, "url"), fetched == null ? null : Instant.parse(fetched), gold);
    }

    private static @Nullable String text(JsonNode json, String field) {
        return json.path(field).isTextual() ? json.path(field).asText() : null;
    }

    private static List<String> strings(JsonNode json, String field) {
        List<String> strings = new ArrayList<>();
        json.path(field).forEach(item -> strings.add(item.asText()));
        return strings;
    }
}
