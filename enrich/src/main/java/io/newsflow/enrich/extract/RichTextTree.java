package io.newsflow.enrich.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An article body a page embeds as a rich-text tree rather than as an HTML string: headless CMSs and their front ends
 * hand the browser the document as typed nodes, each a paragraph, heading, quote or list holding text leaves. The
 * common shapes differ only in their key names: Portable Text ({@code _type: block}, {@code children}, spans' {@code
 * text}), Contentful ({@code nodeType: paragraph}, {@code content}, {@code value}), ProseMirror/Tiptap and Lexical
 * ({@code type: paragraph}, {@code content}/{@code children}, {@code text}), Slate (leaves are bare {@code text}
 * objects), hast ({@code type: element}, {@code tagName: p}, {@code value}) and serialised DOM trees ({@code type: p}
 * or {@code name: p}, {@code data}). The tree is rendered back to plain markup (paragraphs, headings, quotes, list
 * items; embeds, images and unknown node types are left out) so the body is found by the same passes as any page's.
 */
final class RichTextTree {

    private static final Logger LOG = LoggerFactory.getLogger(RichTextTree.class);

    /** The data may be a literal in a script rather than strict JSON: JSON-LD's leniency, and unquoted names. */
    private static final JsonMapper MAPPER =
            JsonLdReader.MAPPER.rebuild().enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES).build();

    /** Never written to. */
    private static final JsonNode NO_CHILDREN = MAPPER.createArrayNode();

    /** Cheap checks before a script is parsed: the node type names a paragraph in one of the shapes above. */
    private static final String[] PARAGRAPH_MARKS = {
        "\"paragraph\"", "\"block\"", "\"type\":\"p\"", "\"tagName\":\"p\"", "\"name\":\"p\""};

    /** Node types that are paragraphs of running text. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "paragraph");

    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6", "heading", "heading-2",
            "heading-3", "heading-4", "heading-5", "heading-6");

    private static final Set<String> QUOTES = Set.of("blockquote", "quote");

    private static final Set<String> LISTS = Set.of("ul", "ol", "list", "bullet_list", "bulletlist", "ordered_list",
            "orderedlist", "unordered-list", "ordered-list");

    private static final Set<String> LIST_ITEMS = Set.of("li", "list_item", "listitem", "list-item");

    /** An array with fewer paragraph nodes is a teaser, a caption or a summary, not an article's body. */
    private static final int MIN_PARAGRAPHS = 3;

    /** Deeper than this is no document a CMS writes (and keeps a hostile page from exhausting the stack). */
    private static final int MAX_DEPTH = 64;

    private RichTextTree() {}

    /** Whether {@code code} may hold a rich-text tree: worth parsing. */
    static boolean mayHold(String code) {
        for (String mark : PARAGRAPH_MARKS) {
            if (code.contains(mark)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The markup of each run of at least three paragraph nodes in the first JSON value of {@code code} (a JSON
     * document, or a script assigning an object literal), in document order; a page's data often holds related
     * articles' bodies beside its own.
     */
    static List<String> bodies(String code, String pageUrl) {
        JsonNode root = parseFirstValue(code, pageUrl);
        List<String> bodies = new ArrayList<>();
        if (root != null) {
            collect(root, bodies, 0);
        }
        return bodies;
    }

    private static void collect(JsonNode node, List<String> bodies, int depth) {
        if (node.isArray()) {
            String html = render(node);
            if (html != null) {
                bodies.add(html);
            }
        }
        if (depth < MAX_DEPTH) {
            for (JsonNode child : node) {
                if (child.isContainerNode()) {
                    collect(child, bodies, depth + 1);
                }
            }
        }
    }

    private static @Nullable JsonNode parseFirstValue(String code, String pageUrl) {
        int object = code.indexOf('{');
        int array = code.indexOf('[');
        int start = object < 0 ? array : array < 0 ? object : Math.min(object, array);
        if (start < 0) {
            return null;
        }
        try (JsonParser parser = MAPPER.createParser(code.substring(start))) {
            return parser.readValueAsTree(); // only the first value: a script goes on after its literal
        } catch (IOException e) {
            // Safe to continue: the data is a last resort for a page whose markup gave no article; it stays rejected.
            LOG.debug("script data on {} is no JSON: {}", pageUrl, e.getMessage());
            return null;
        }
    }

    /** The array's blocks as markup, when at least three of its elements are paragraphs with text. */
    private static @Nullable String render(JsonNode blocks) {
        int paragraphs = 0;
        for (JsonNode block : blocks) {
            if (PARAGRAPHS.contains(blockType(block)) && !text(block, 0).isBlank()) {
                paragraphs++;
            }
        }
        if (paragraphs < MIN_PARAGRAPHS) {
            return null;
        }
        StringBuilder html = new StringBuilder();
        for (JsonNode block : blocks) {
            appendBlock(block, html, 0);
        }
        return html.toString();
    }

    private static void appendBlock(JsonNode block, StringBuilder html, int depth) {
        String type = blockType(block);
        String tag = PARAGRAPHS.contains(type) ? "p"
                : HEADINGS.contains(type) ? "h2"
                : QUOTES.contains(type) ? "blockquote"
                : LIST_ITEMS.contains(type) ? "li"
                : null;
        if (tag != null) {
            String text = text(block, 0).strip();
            if (!text.isEmpty()) {
                html.append('<').append(tag).append('>').append(Entities.escape(text)).append("</").append(tag)
                        .append('>');
            }
        } else if (LISTS.contains(type) && depth < MAX_DEPTH) {
            html.append("<ul>");
            for (JsonNode item : children(block)) {
                appendBlock(item, html, depth + 1);
            }
            html.append("</ul>");
        }
    }

    /**
     * A node's type, lower case: the tag of a hast or DOM element, else its {@code type}, {@code _type} or {@code
     * nodeType}; a Portable Text block is its style ({@code normal} a paragraph, {@code h2}, {@code blockquote}).
     */
    private static String blockType(JsonNode node) {
        if (!node.isObject()) {
            return "";
        }
        String type = firstText(node, "type", "_type", "nodeType");
        if ("element".equals(type) || "tag".equals(type)) {
            type = firstText(node, "tagName", "name");
        } else if ("block".equals(type)) {
            String style = firstText(node, "style");
            type = style.isEmpty() || "normal".equals(style) ? "p" : style;
        }
        return type.toLowerCase(Locale.ROOT);
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && value.isTextual()) {
                return value.asText();
            }
        }
        return "";
    }

    /** The text of a node's leaves in order: a leaf's {@code text}, {@code value} or {@code data}. */
    private static String text(JsonNode node, int depth) {
        JsonNode kids = children(node);
        if (kids.isEmpty()) {
            return firstText(node, "text", "value", "data");
        }
        StringBuilder text = new StringBuilder();
        if (depth < MAX_DEPTH) {
            for (JsonNode kid : kids) {
                if (isBlock(kid) && !text.isEmpty()) {
                    text.append(' '); // paragraphs inside a quote or a list item are not one word run
                }
                text.append(text(kid, depth + 1));
            }
        }
        return text.toString();
    }

    private static boolean isBlock(JsonNode node) {
        String type = blockType(node);
        return PARAGRAPHS.contains(type) || HEADINGS.contains(type) || LIST_ITEMS.contains(type);
    }

    private static JsonNode children(JsonNode node) {
        JsonNode kids = node.get("children");
        if (kids == null || !kids.isArray()) {
            kids = node.get("content");
        }
        return kids != null && kids.isArray() ? kids : NO_CHILDREN;
    }
}
