package io.newsflow.ingest.discover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.ingest.discover.SourceReader.SourceContent;
import io.newsflow.schemas.avro.Discovery;
import io.newsflow.schemas.avro.DiscoveryMethod;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads a JSON Feed (https://jsonfeed.org, versions 1 and 1.1): each item's {@code url} is an article. */
final class JsonFeedParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonFeedParser() {}

    /** Whether the content is JSON: by its type, else by its first non-blank byte. */
    static boolean isJson(SourceContent content) {
        if (content.contentType() != null
                && content.contentType().toLowerCase(java.util.Locale.ROOT).contains("json")) {
            return true;
        }
        for (byte b : content.bytes()) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '{';
            }
        }
        return false;
    }

    static List<DiscoveredUrl> parse(SourceContent content) throws SourceException {
        JsonNode feed;
        try {
            feed = JSON.readTree(content.bytes());
        } catch (IOException e) {
            throw new SourceException(content.location(), "not readable JSON", e);
        }
        if (feed == null || !feed.path("version").asText("").startsWith("https://jsonfeed.org/version/")) {
            throw new SourceException(content.location(), "JSON but not a JSON Feed (no jsonfeed.org version)", null);
        }
        String feedTitle = FeedDiscoverer.blankToNull(feed.path("title").asText(null));
        List<DiscoveredUrl> urls = new ArrayList<>();
        for (JsonNode item : feed.path("items")) {
            String link = item.path("url").asText(item.path("external_url").asText(""));
            Discovery discovery = Discovery.newBuilder()
                    .setMethod(DiscoveryMethod.FEED)
                    .setSourceUrl(content.location())
                    .setFeedTitle(feedTitle)
                    .setEntryTitle(FeedDiscoverer.blankToNull(item.path("title").asText(null)))
                    .setEntryPublishedAt(date(item.path("date_published")
                            .asText(item.path("date_modified").asText(null))))
                    .build();
            urls.add(new DiscoveredUrl(FeedDiscoverer.resolve(content.location(), link.trim()), discovery));
        }
        return urls;
    }

    private static @Nullable Instant date(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            return null; // a malformed date is only a hint; the article is still listed
        }
    }
}
