package io.newsflow.enrich.metadata.entity;

/**
 * The entity recogniser's shipped name lists ({@link NameLists}) as evidence for other steps: the extractor asks
 * whether a site's name reads as a person's before crediting the site's owner. One copy in memory, loaded once.
 * Words and names are looked up in lower case.
 */
public final class ShippedNameLists {

    private ShippedNameLists() {}

    /** Whether {@code word} is a listed first name ("owain"). */
    public static boolean firstName(String word) {
        return NameLists.shipped().firstName(word);
    }

    /** Whether {@code word} is a listed common English word ("half", "project"). */
    public static boolean commonWord(String word) {
        return NameLists.shipped().commonWord(word);
    }

    /** Whether {@code name} (words joined by a space) is a listed organisation ("al jazeera"). */
    public static boolean organisation(String name) {
        return NameLists.shipped().organisation(name);
    }
}
