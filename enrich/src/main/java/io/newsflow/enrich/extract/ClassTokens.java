package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Splits an element's class and id attributes into lower-case alphanumeric tokens.
 *
 * <p>A camel-case word also yields its parts: {@code "atc-IntroText"} gives {@code atc}, {@code introtext},
 * {@code intro} and {@code text}, so BEM and CSS-module class names match the same token lists.
 *
 * <p>{@link #names} is narrower: what each class names as a whole. A class name that merely contains a word
 * ({@code content-sidebar-wrap}, {@code with-sidebar}, {@code field--label-hidden}) does not name that thing, so rules
 * that remove a subtree match names, not every token.
 */
final class ClassTokens {

    /** Between the words of a class attribute; compiled once, it runs for every element of every page. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ClassTokens() {}

    /**
     * Remembers the tokens of the class values seen in one pass over a page: class values repeat a lot, and reused
     * token strings keep their hash codes, so set lookups get cheap. One instance per pass; not thread-safe.
     */
    static final class Memo {
        private final Map<String, List<String>> byClass = new HashMap<>();
        private final Map<String, List<String>> namesByClass = new HashMap<>();

        /** As {@link ClassTokens#names(Element)}, remembered per class value. */
        List<String> names(Element element) {
            boolean hasClass = element.hasAttr("class");
            boolean hasId = element.hasAttr("id");
            if (!hasClass && !hasId) {
                return List.of();
            }
            List<String> classNames = hasClass
                    ? namesByClass.computeIfAbsent(element.attr("class"), value -> List.copyOf(namesOf(value)))
                    : List.of();
            if (!hasId) {
                return classNames;
            }
            List<String> all = new ArrayList<>(classNames);
            all.addAll(namesOf(element.attr("id")));
            return all;
        }

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

    /**
     * What the element's classes and id name as a whole: for each class word, the word without separators, its head
     * segment (and the next one when the head is a short namespace prefix such as {@code c-} or {@code js-}) and its
     * last segment, after dropping a BEM modifier ({@code --...}). {@code "social-share"} names {@code socialshare},
     * {@code social} and {@code share}; {@code "content-sidebar-wrap"} names {@code contentsidebarwrap},
     * {@code content} and {@code wrap}, never {@code sidebar}. A BEM element ({@code block__element}) that is its
     * block's text or layout part is named by that part alone: {@code "sidebar-grid__content"} names {@code content},
     * never {@code sidebar}; any other element is named as a whole word ({@code "c-ad__label"} names {@code ad}).
     */
    static List<String> names(Element element) {
        if (!element.hasAttr("class") && !element.hasAttr("id")) {
            return List.of();
        }
        List<String> names = namesOf(element.attr("class"));
        names.addAll(namesOf(element.attr("id")));
        return names;
    }

    /**
     * A head segment this short is a namespace prefix ({@code c-}, {@code js-}, {@code wp-}) more often than a name.
     */
    private static final int MAX_PREFIX_CHARS = 2;

    /**
     * Page builders whose generic wrapper classes ({@code elementor-widget}, {@code elementor-section}) sit on every
     * element they lay out, the article text included; such a two-part class names the builder, not furniture. The
     * element's own kind follows in a longer class ({@code elementor-widget-sidebar}), still named by its last part.
     */
    private static final TokenSet PAGE_BUILDERS = TokenSet.of("page builders", "elementor", "et", "fl", "vc");

    /**
     * The element parts of a BEM class that hold a block's text or lay it out ({@code __content}, {@code __container},
     * {@code __main-column}); a CSS module's hash after them ({@code __content__17Yit}) is not part of the name.
     */
    private static final TokenSet LAYOUT_PARTS = TokenSet.of(
            "text and layout element parts", "content", "contents", "container", "body", "text", "main", "inner",
            "wrapper", "wrap", "column", "col", "row", "grid", "layout", "section");

    private static List<String> namesOf(String value) {
        List<String> names = new ArrayList<>();
        for (String word : WHITESPACE.split(value)) {
            int modifier = word.indexOf("--");
            String named = modifier > 0 ? word.substring(0, modifier) : word;
            // a BEM element ("sidebar-grid__content") that is its block's text or layout part is named by that part
            // alone: it is the text column of a layout that has a sidebar, not a sidebar. Any other element is part
            // of what its block is ("c-ad__label" of an ad, "signup-inline__blurb" of a signup box)
            int element = named.indexOf("__");
            if (element > 0 && element + 2 < named.length()) {
                int hash = named.indexOf("__", element + 2);
                String elementPart = named.substring(element + 2, hash < 0 ? named.length() : hash);
                List<String> part = new ArrayList<>();
                split(elementPart, part, false);
                if (!part.isEmpty() && part.stream().allMatch(LAYOUT_PARTS::contains)) {
                    List<String> whole = new ArrayList<>();
                    split(named, whole, false);
                    names.add(String.join("", whole));
                    named = elementPart;
                }
            }
            List<String> segments = new ArrayList<>();
            split(named, segments, false);
            if (segments.isEmpty()) {
                continue;
            }
            names.add(String.join("", segments));
            names.add(segments.get(0));
            boolean builderWrapper = segments.size() == 2 && PAGE_BUILDERS.contains(segments.get(0));
            if (segments.size() > 1 && !builderWrapper) {
                if (segments.get(0).length() <= MAX_PREFIX_CHARS) {
                    names.add(segments.get(1));
                }
                names.add(segments.get(segments.size() - 1));
            }
        }
        return names;
    }

    private static void split(String value, List<String> into) {
        split(value, into, true);
    }

    /** Alphanumeric runs, lower case; with {@code whole} a camel-case run also yields itself besides its parts. */
    private static void split(String value, List<String> into, boolean whole) {
        int start = -1;
        for (int i = 0; i <= value.length(); i++) {
            boolean alnum = i < value.length() && Character.isLetterOrDigit(value.charAt(i));
            if (alnum && start < 0) {
                start = i;
            } else if (!alnum && start >= 0) {
                addWithCamelParts(value.substring(start, i), into, whole);
                start = -1;
            }
        }
    }

    private static void addWithCamelParts(String word, List<String> into, boolean whole) {
        int before = into.size();
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
            if (!whole) {
                into.remove(before); // segments only: "articleSidebar" is the segments article, sidebar
            }
        }
    }

    /** Whether the element is a boilerplate container that body extraction must skip. */
    static boolean isBoilerplate(Element element) {
        return isBoilerplate(element, DomRules.BOILERPLATE_TOKENS);
    }

    /** Whether the element is a container that body extraction must skip, judged by the given token list. */
    static boolean isBoilerplate(Element element, TokenSet boilerplateTokens) {
        return isBoilerplate(element, of(element), names(element), boilerplateTokens);
    }

    /**
     * As {@link #isBoilerplate(Element, TokenSet)}, with the element's tokens and names already split: a boilerplate
     * word must be what a class names, while an article word anywhere in it ({@code article-header}) keeps it.
     */
    static boolean isBoilerplate(Element element, List<String> tokens, List<String> names, TokenSet boilerplateTokens) {
        if (DomRules.PROTECTED_TAGS.contains(element.normalName())) {
            return false;
        }
        if (names.isEmpty() || DomRules.ARTICLE_TOKENS.containsAny(tokens)) {
            return false;
        }
        boolean textLine = DomRules.TEXT_TAGS.contains(element.normalName());
        for (String token : names) {
            if (boilerplateTokens.contains(token)
                    && !(textLine && DomRules.CONTAINER_ONLY_TOKENS.contains(token))) {
                return true;
            }
        }
        return false;
    }
}
