package io.newsflow.app.cli.bench.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The DFKI SmartData corpus (CC-BY-4.0; German news, RSS items and tweets about traffic and industry), used only as
 * training data: a gzipped stream of JSON documents, each with its text and typed concept mentions as character
 * spans. Persons, organisations (companies too) and locations (cities, streets and stations too: places in
 * GermEval's sense) become PER, ORG and LOC; routes ("IC 2083", "S2", "ICE-Züge"), dates, numbers, positions and the
 * other non-name types are not names here. Corpus mentions that are no names in GermEval's sense are dropped: a
 * place word written lower case or a one-word nationality adjective ("deutschen", "beiden Richtungen", "Deutsche"),
 * and a Twitter handle ("@faznet"). Overlapping mentions keep the longest.
 */
final class SmartDataReader {

    /** Corpus type (lower case, {@code _} read as {@code -}, so versions 1 and 3 both fit) → PER, ORG or LOC. */
    static final Map<String, String> TYPES = Map.of("person", "PER", "organization", "ORG",
            "organization-company", "ORG", "location", "LOC", "location-city", "LOC", "location-street", "LOC",
            "location-stop", "LOC");

    private static final Pattern ADJECTIVE = Pattern.compile("\\p{L}*(isch|sch)(e|en|er|es|em)?");

    private static final ObjectMapper JSON = new ObjectMapper();

    private SmartDataReader() {
    }

    /** The documents of a {@code .json.gz} (or plain {@code .json}) file, each whole, id the corpus's id. */
    static List<EntityDocument> read(Path file) throws IOException {
        List<EntityDocument> documents = new ArrayList<>();
        try (InputStream in = open(file);
                MappingIterator<JsonNode> nodes = JSON.readerFor(JsonNode.class).readValues(in)) {
            while (nodes.hasNext()) {
                JsonNode node = nodes.next();
                String text = node.path("text").path("string").asText("");
                if (text.isBlank()) {
                    throw new IOException(file + ": document " + node.path("id").asText("?") + " has no text");
                }
                documents.add(new EntityDocument(node.path("id").asText(), "de", text, spans(text, node)));
            }
        }
        return documents;
    }

    /**
     * The document cut at its line breaks into paragraphs (ids {@code id#1}, {@code id#2}, ...), each with the
     * mentions inside it; blank lines are left out.
     */
    static List<EntityDocument> paragraphs(EntityDocument document) {
        List<EntityDocument> paragraphs = new ArrayList<>();
        String text = document.text();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (!text.substring(start, end).isBlank()) {
                int from = start;
                int to = end;
                List<GoldSpan> gold = document.gold().stream()
                        .filter(s -> from <= s.start() && s.end() <= to)
                        .map(s -> new GoldSpan(s.start() - from, s.end() - from, s.type()))
                        .toList();
                paragraphs.add(new EntityDocument(document.id() + "#" + (paragraphs.size() + 1), "de",
                        text.substring(from, to), gold));
            }
            start = end + 1;
        }
        return paragraphs;
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }

    private static List<GoldSpan> spans(String text, JsonNode document) {
        List<GoldSpan> candidates = new ArrayList<>();
        for (JsonNode mention : document.path("conceptMentions").path("array")) {
            String type = TYPES.get(mention.path("type").asText().toLowerCase(Locale.ROOT).replace('_', '-'));
            int start = mention.path("span").path("start").asInt(-1);
            int end = mention.path("span").path("end").asInt(-1);
            while (0 <= start && start < end && end <= text.length() && Character.isWhitespace(text.charAt(start))) {
                start++; // a few spans of version 1 take in the space before or after the name
            }
            while (0 <= start && start < end && end <= text.length() && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (type != null && 0 <= start && start < end && end <= text.length() && isName(text, start, end, type)) {
                candidates.add(new GoldSpan(start, end, type));
            }
        }
        candidates.sort(Comparator.comparingInt((GoldSpan s) -> s.start() - s.end()).thenComparing(GoldSpan::start));
        List<GoldSpan> kept = new ArrayList<>();
        for (GoldSpan candidate : candidates) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(GoldSpan::start));
        return kept;
    }

    private static boolean isName(String text, int start, int end, String type) {
        String name = text.substring(start, end);
        if (start > 0 && text.charAt(start - 1) == '@') {
            return false;
        }
        boolean oneWord = name.chars().noneMatch(Character::isWhitespace);
        return !type.equals("LOC")
                || Character.isUpperCase(name.codePointAt(0)) && !(oneWord && ADJECTIVE.matcher(name).matches());
    }
}
