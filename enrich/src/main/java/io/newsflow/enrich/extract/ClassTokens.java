package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Splits an element's class and id attributes into lower-case alphanumeric tokens.
 *
 * <p>A camel-case word also yields its parts: {@code "atc-IntroText"} gives {@code atc}, {@code introtext},
 * {@code intro} and {@code text}, so BEM and CSS-module class names match the same token lists.
 */
final class ClassTokens {

    private ClassTokens() {}

    /**
     * Remembers the tokens of the class values seen in one pass over a page: class values repeat a lot, and reused
     * token strings keep their hash codes, so set lookups get cheap. One instance per pass; not thread-safe.
     */
    static final class Memo {
        private final Map<String, List<String>> byClass = new HashMap<>();

        List<String> of(Element element) {
            boolean hasClass = element.hasAttr("class");
            boolean hasId = element.hasAttr("id");
            if (!hasClass && !hasId) {
                return List.of();
            }
            List<String> classTokens = hasClass ? byClass.computeIfAbsent(element.attr("class"), value -> {
                List<String> tokens = new ArrayList<>();
                split(value, tokens);
                return List.copyOf(tokens);
            }) : List.of();
            if (!hasId) {
                return classTokens;
            }
            List<String> tokens = new ArrayList<>(classTokens);
            split(element.attr("id"), tokens);
            return tokens;
        }
    }

    static List<String> of(Element element) {
        if (!element.hasAttr("class") && !element.hasAttr("id")) {
            return List.of();
        }
        List<String> tokens = new ArrayList<>();
        split(element.attr("class"), tokens);
        split(element.attr("id"), tokens);
        return tokens;
    }

    private static void split(String value, List<String> into) {
        int start = -1;
        for (int i = 0; i <= value.length(); i++) {
            boolean alnum = i < value.length() && Character.isLetterOrDigit(value.charAt(i));
            if (alnum && start < 0) {
                start = i;
            } else if (!alnum && start >= 0) {
                addWithCamelParts(value.substring(start, i), into);
                start = -1;
            }
        }
    }

    private static void addWithCamelParts(String word, List<String> into) {
        into.add(word.toLowerCase(Locale.ROOT));
        int partStart = 0;
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
                into.add(word.substring(partStart, i).toLowerCase(Locale.ROOT));
                partStart = i;
            }
        }
        if (partStart > 0) {
            into.add(word.substring(partStart).toLowerCase(Locale.ROOT));
        }
    }

    /** Whether the element is a boilerplate container that body extraction must skip. */
    static boolean isBoilerplate(Element element) {
        return isBoilerplate(element, DomRules.BOILERPLATE_TOKENS);
    }

    /** Whether the element is a container that body extraction must skip, judged by the given token list. */
    static boolean isBoilerplate(Element element, TokenSet boilerplateTokens) {
        return isBoilerplate(element, of(element), boilerplateTokens);
    }

    /** As {@link #isBoilerplate(Element, TokenSet)}, with the element's tokens already split. */
    static boolean isBoilerplate(Element element, List<String> tokens, TokenSet boilerplateTokens) {
        if (DomRules.PROTECTED_TAGS.contains(element.normalName())) {
            return false;
        }
        if (tokens.isEmpty() || DomRules.ARTICLE_TOKENS.containsAny(tokens)) {
            return false;
        }
        boolean textLine = DomRules.TEXT_TAGS.contains(element.normalName());
        for (String token : tokens) {
            if (boilerplateTokens.contains(token)
                    && !(textLine && DomRules.CONTAINER_ONLY_TOKENS.contains(token))) {
                return true;
            }
        }
        return false;
    }
}
