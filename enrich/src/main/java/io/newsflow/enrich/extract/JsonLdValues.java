package io.newsflow.enrich.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/** Reads typed values from schema.org JSON-LD nodes, where most properties may be a string, object or array. */
final class JsonLdValues {

    private static final List<String> CREDIT_FIELDS = List.of("creditText", "copyrightHolder", "author", "creator");

    private JsonLdValues() {}

    static JsonLdArticle toArticle(JsonNode node, Set<String> types) {
        JsonNode image = first(node.get("image"));
        return new JsonLdArticle(
                types,
                true,
                text(node.get("headline")),
                text(node.get("description")),
                authorNames(node.get("author")),
                text(node.get("datePublished")),
                text(node.get("dateModified")),
                text(first(node.get("articleSection"))),
                text(node.get("inLanguage")),
                keywords(node.get("keywords")),
                url(image),
                image != null && image.isObject() ? text(image.get("caption")) : null,
                credit(image),
                bool(node.get("isAccessibleForFree")),
                name(node.get("publisher")),
                pageUrl(node),
                multiline(node.get("articleBody")),
                organizations(node.get("author")));
    }

    private static @Nullable String pageUrl(JsonNode node) {
        String mainEntity = url(first(node.get("mainEntityOfPage")));
        return mainEntity != null ? mainEntity : text(node.get("url"));
    }

    static List<String> types(JsonNode node) {
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText().toLowerCase(Locale.ROOT)));
        } else if (type != null && type.isTextual()) {
            types.add(type.asText().toLowerCase(Locale.ROOT));
        }
        return types;
    }

    /** The node, or the first of an array of nodes: one main entity, one author. */
    static @Nullable JsonNode first(@Nullable JsonNode node) {
        return node != null && node.isArray() ? (node.isEmpty() ? null : node.get(0)) : node;
    }

    /** A string value, HTML entities decoded (JSON-LD authors often double-escape them), or null. */
    static @Nullable String text(@Nullable JsonNode node) {
        JsonNode value = first(node);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = TextNormalizer.collapse(Parser.unescapeEntities(value.asText(), false));
        return text.isEmpty() ? null : text;
    }

    /** A text value with its line breaks kept (paragraph boundaries of {@code articleBody}), or null. */
    private static @Nullable String multiline(@Nullable JsonNode node) {
        JsonNode value = first(node);
        if (value == null || !value.isValueNode() || value.isNull() || value.asText().isBlank()) {
            return null;
        }
        return Parser.unescapeEntities(value.asText(), false).strip();
    }

    private static @Nullable String name(@Nullable JsonNode node) {
        JsonNode value = first(node);
        if (value == null) {
            return null;
        }
        return value.isObject() ? text(value.get("name")) : text(value);
    }

    /** Person names of an author property; organisations (the site, an agency) are not authors. */
    /** Names of the persons (or plain names) an author property gives, organisations left out. */
    static List<String> authorNames(@Nullable JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(author -> addIfPresent(names, isOrganization(author) ? null : personName(author)));
        } else if (node != null && !isOrganization(node)) {
            addIfPresent(names, personName(node));
        }
        return names;
    }

    /** A person's name, its one-word display name completed by a bio that opens with the full name. */
    private static @Nullable String personName(JsonNode author) {
        String name = name(author);
        return author.isObject() ? PersonBio.fullName(name, text(author.get("description"))) : name;
    }

    /** Names of the organisations an author property gives. */
    private static List<String> organizations(@Nullable JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(author -> addIfPresent(names, isOrganization(author) ? name(author) : null));
        } else if (node != null && isOrganization(node)) {
            addIfPresent(names, name(node));
        }
        return names;
    }

    private static boolean isOrganization(JsonNode node) {
        return node.isObject() && types(node).stream().anyMatch(type -> type.endsWith("organization"));
    }

    private static List<String> keywords(@Nullable JsonNode node) {
        List<String> keywords = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(keyword -> addIfPresent(keywords, text(keyword)));
        } else if (text(node) != null) {
            for (String keyword : text(node).split(",")) {
                addIfPresent(keywords, keyword.isBlank() ? null : keyword.strip());
            }
        }
        return keywords;
    }

    private static @Nullable String url(@Nullable JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            String url = text(node.get("url"));
            return url != null ? url : text(node.get("@id"));
        }
        return text(node);
    }

    private static @Nullable String credit(@Nullable JsonNode image) {
        if (image == null || !image.isObject()) {
            return null;
        }
        for (String field : CREDIT_FIELDS) {
            String credit = name(image.get(field));
            if (credit != null) {
                return credit;
            }
        }
        return null;
    }

    private static @Nullable Boolean bool(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        String text = node.asText().strip().toLowerCase(Locale.ROOT);
        return text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : null;
    }

    private static void addIfPresent(List<String> into, @Nullable String value) {
        if (value != null) {
            into.add(value);
        }
    }
}
