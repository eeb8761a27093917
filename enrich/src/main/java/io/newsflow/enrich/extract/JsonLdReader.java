package io.newsflow.enrich.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the article node (NewsArticle, BlogPosting, ...) out of a page's JSON-LD scripts. */
final class JsonLdReader {

    private static final Logger LOG = LoggerFactory.getLogger(JsonLdReader.class);

    /** schema.org types that describe one article. */
    static final TokenSet ARTICLE_TYPES = TokenSet.of(
            "JSON-LD article types",
            "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
            "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "blogposting", "liveblogposting",
            "report", "techarticle", "scholarlyarticle", "socialmediaposting");

    /**
     * schema.org types of a work that is no article but has the page's author: a forum thread's first post, a recipe.
     * Only their author is read; their dates and text are those of a thread or a recipe card, not an article's.
     */
    static final TokenSet AUTHORED_TYPES =
            TokenSet.of("JSON-LD authored work types", "discussionforumposting", "recipe");

    /**
     * schema.org's type of a question-and-answer page, whose main entity is the question: its author, the asker, is
     * the page's, as the poster of a forum thread's first message is the thread's.
     */
    private static final String QA_PAGE = "qapage";

    /** schema.org types of the page itself, whose publication date stands in for an article's that lacks one. */
    static final TokenSet PAGE_TYPES = TokenSet.of("JSON-LD page types", "webpage", "itempage");

    /** Publishers write JSON-LD by hand; these features accept the common slips instead of losing the data. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private JsonLdReader() {}

    static JsonLdArticle read(List<String> scripts, String pageUrl) {
        List<JsonNode> nodes = new ArrayList<>();
        for (String script : scripts) {
            parse(script, pageUrl).ifPresent(root -> flatten(root, nodes));
        }
        Set<String> types = new LinkedHashSet<>();
        JsonNode article = null;
        JsonNode webPage = null;
        JsonNode work = null;
        JsonNode question = null;
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode node : nodes) {
            List<String> nodeTypes = JsonLdValues.types(node);
            types.addAll(nodeTypes);
            if (article == null && nodeTypes.stream().anyMatch(ARTICLE_TYPES::contains)) {
                article = node;
            }
            if (webPage == null && nodeTypes.stream().anyMatch(PAGE_TYPES::contains)) {
                webPage = node;
            }
            if (work == null && nodeTypes.stream().anyMatch(AUTHORED_TYPES::contains)) {
                work = node;
            }
            if (question == null && nodeTypes.contains(QA_PAGE)) {
                question = JsonLdValues.first(node.get("mainEntity"));
            }
            if (node.hasNonNull("@id") && node.size() > 1) {
                byId.putIfAbsent(node.get("@id").asText(), node);
            }
        }
        return article == null
                ? noArticle(types, webPage, Stream.of(question, work).filter(Objects::nonNull).toList(), byId)
                : JsonLdValues.toArticle(resolved(article, webPage, byId), types);
    }

    /**
     * The article node with its author references ({@code {"@id": "#/schema/person/1"}}, as Yoast writes a graph)
     * replaced by the nodes they name, and the web page's {@code datePublished} when the article gives none.
     */
    private static JsonNode resolved(JsonNode article, @Nullable JsonNode webPage, Map<String, JsonNode> byId) {
        if (!(article instanceof ObjectNode object)) {
            return article;
        }
        ObjectNode copy = object.deepCopy();
        JsonNode author = copy.get("author");
        if (author != null && author.isArray()) {
            ArrayNode authors = copy.putArray("author");
            author.forEach(entry -> authors.add(dereferenced(entry, byId)));
        } else if (author != null) {
            copy.set("author", dereferenced(author, byId));
        }
        if (!copy.hasNonNull("datePublished") && webPage != null && webPage.hasNonNull("datePublished")) {
            copy.set("datePublished", webPage.get("datePublished"));
        }
        return copy;
    }

    private static JsonNode dereferenced(JsonNode entry, Map<String, JsonNode> byId) {
        boolean reference = entry.isObject() && entry.size() == 1 && entry.hasNonNull("@id");
        return reference ? byId.getOrDefault(entry.get("@id").asText(), entry) : entry;
    }

    private static Optional<JsonNode> parse(String script, String pageUrl) {
        try {
            return Optional.of(MAPPER.readTree(script));
        } catch (JsonProcessingException e) {
            // Safe to continue: JSON-LD is one metadata source among several (meta tags, DOM) that still apply.
            LOG.warn("ignoring malformed JSON-LD on {}: {}", pageUrl, e.getOriginalMessage());
            return Optional.empty();
        }
    }

    private static void flatten(@Nullable JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> flatten(child, into));
        } else if (node.isObject()) {
            into.add(node);
            flatten(node.get("@graph"), into);
        }
    }

    /**
     * No article node: only the types, and the dates and author persons of the page node when there is one (Yoast's
     * graph gives a plain blog post or guide as a {@code WebPage} with its {@code datePublished}, newsletter platforms
     * name the post's author there); its other fields describe the site, not an article. Without a page author, the
     * author of a question-and-answer page's question, else of a forum post or recipe node ({@code authored}, in that
     * order), is the page's.
     */
    private static JsonLdArticle noArticle(
            Set<String> types, @Nullable JsonNode webPage, List<JsonNode> authored, Map<String, JsonNode> byId) {
        String published = webPage == null ? null : JsonLdValues.text(webPage.get("datePublished"));
        String modified = webPage == null ? null : JsonLdValues.text(webPage.get("dateModified"));
        // a newsletter or blog platform that types its posts WebPage names their author there, by reference in
        // Yoast's graph as in an article node
        List<String> authors = webPage == null ? List.of()
                : JsonLdValues.authorNames(resolved(webPage, null, byId).get("author"));
        for (int i = 0; authors.isEmpty() && i < authored.size(); i++) {
            authors = JsonLdValues.authorNames(resolved(authored.get(i), null, byId).get("author"));
        }
        return new JsonLdArticle(
                types, false, null, null, authors, published, modified, null, null, List.of(), null, null, null,
                null, null, null, null, List.of());
    }
}
