package io.newsflow.enrich.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Which of a fixed list of class/id token sets an element's tokens hit, as one bit per set. Pages repeat the same
 * class values on many elements (menu items, teasers, icons), so the bits are remembered per class value and an
 * element costs one map lookup instead of a token split and a probe per set. One instance per pass; not thread-safe.
 */
final class ClassRoles {

    private final List<TokenSet> sets;
    private final boolean byName;
    private final ClassTokens.Memo tokens = new ClassTokens.Memo();
    private final Map<String, Integer> byClass = new HashMap<>();

    /** @param sets the token sets; bit {@code i} of {@link #of} stands for {@code sets.get(i)} */
    ClassRoles(List<TokenSet> sets) {
        this(sets, false);
    }

    /**
     * @param sets the token sets; bit {@code i} of {@link #of} stands for {@code sets.get(i)}
     * @param byName match what the classes name as a whole ({@link ClassTokens#names}) rather than every token in them
     */
    ClassRoles(List<TokenSet> sets, boolean byName) {
        this.byName = byName;
        if (sets.isEmpty() || sets.size() > Integer.SIZE - 1) {
            throw new IllegalArgumentException("between 1 and 31 token sets, not " + sets.size());
        }
        this.sets = List.copyOf(sets);
    }

    /** The bits of the sets that the element's class and id tokens hit; 0 for an element without either. */
    int of(Element element) {
        if (element.attributesSize() == 0) {
            return 0;
        }
        if (element.hasAttr("id")) {
            return bits(keys(element)); // ids are unique, remembering them gains nothing
        }
        if (!element.hasAttr("class")) {
            return 0;
        }
        String value = element.attr("class");
        Integer known = byClass.get(value);
        if (known == null) {
            known = bits(keys(element));
            byClass.put(value, known);
        }
        return known;
    }

    /** The element's class and id tokens. */
    List<String> tokens(Element element) {
        return tokens.of(element);
    }

    private List<String> keys(Element element) {
        return byName ? tokens.names(element) : tokens.of(element);
    }

    static boolean has(int roles, int bit) {
        return (roles & (1 << bit)) != 0;
    }

    private int bits(List<String> elementTokens) {
        if (elementTokens.isEmpty()) {
            return 0;
        }
        int bits = 0;
        for (int i = 0; i < sets.size(); i++) {
            if (sets.get(i).containsAny(elementTokens)) {
                bits |= 1 << i;
            }
        }
        return bits;
    }
}
