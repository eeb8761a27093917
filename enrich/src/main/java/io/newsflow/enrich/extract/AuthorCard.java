package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The person an author card presents: blog themes set the post's author under the text (or beside it) as a box with
 * the bare name in an element of its own and the profile's bio after it, which opens with that name or its first
 * name and runs on as a sentence ("Alban Brooke" / "Alban Brooke is the Head of Marketing at ...", "Bence Kovács" /
 * "Bence is a software developer ..."), with no byline word anywhere, and mark the box as the author's by its class
 * ("blog_author-box"). A name followed by a bio of anyone else, or by short lines only, is no card. A page with
 * cards for more than {@link #MAX_CARDS} people is a team, speaker or staff list, and none of them is the article's
 * author.
 */
final class AuthorCard {

    /** A card's name element holds the name alone: longer text is a line, not a name. */
    private static final int MAX_NAME_CHARS = 40;

    /** The bio is a sentence: shorter siblings (a role, a social link's label, a date) are passed over. */
    private static final int MIN_BIO_CHARS = 40;

    /** Siblings looked at after the name (a role line and a social links row come between name and bio). */
    private static final int MAX_SIBLINGS = 3;

    /** Levels climbed from the name when it is the last of its box (a name wrapped in a link or a heading div). */
    private static final int MAX_CLIMB = 2;

    private static final int MAX_CARDS = 2;

    /** Levels of boxes around the name searched for the theme's author mark. */
    private static final int MAX_BOX_LEVELS = 4;

    private AuthorCard() {}

    /** The scan, run once and only when asked: it is the last source of a person's name. */
    static Supplier<List<String>> lazy(Document page) {
        return new Once<>(() -> names(page));
    }

    /** The name of the page's author card, or none. */
    static List<String> names(Document page) {
        List<String> cards = new ArrayList<>();
        for (Element element : page.body().getAllElements()) {
            if (element.childrenSize() > 0 || !element.hasText()) {
                continue;
            }
            String text = TextNormalizer.collapse(element.ownText());
            // the theme's mark first: a walk up a few parents, cheaper than parsing every short text as a byline
            if (text.length() > MAX_NAME_CHARS || cards.contains(text) || !inAuthorBox(element)) {
                continue;
            }
            List<String> names = BylineParser.names(text);
            if (names.size() == 1 && names.get(0).equals(text) && opensBio(text, bioAfter(element))) {
                cards.add(text);
                if (cards.size() > MAX_CARDS) {
                    return List.of();
                }
            }
        }
        return cards.isEmpty() ? List.of() : cards.subList(0, 1);
    }

    /**
     * Whether the name or a box around it is marked as a byline or author element by its class or id
     * ("blog_author-box", "author-bio"): headings followed by a text that opens with them are common (a product, a
     * service, a place described under its name), a bio under a name is the card's only when the theme says it is one.
     */
    private static boolean inAuthorBox(Element name) {
        Element at = name;
        for (int level = 0; level <= MAX_BOX_LEVELS && at != null; level++, at = at.parent()) {
            if (DomRules.BYLINE_TOKENS.containsAny(ClassTokens.of(at))) {
                return true;
            }
        }
        return false;
    }

    /** The first sentence-long text after {@code name} in its box, or "" when none follows closely. */
    private static String bioAfter(Element name) {
        Element at = name;
        for (int level = 0; level <= MAX_CLIMB && at != null; level++) {
            Element sibling = at.nextElementSibling();
            for (int i = 0; i < MAX_SIBLINGS && sibling != null; i++, sibling = sibling.nextElementSibling()) {
                String text = sibling.text();
                if (text.length() >= MIN_BIO_CHARS) {
                    return text;
                }
            }
            if (at.nextElementSibling() != null && !at.nextElementSibling().text().isBlank()) {
                return ""; // the box goes on with short lines only: no bio in it
            }
            at = at.parent();
        }
        return "";
    }

    /** Whether {@code bio} opens with {@code name} or its first name, followed by a lower-case word ("is", "ist"). */
    static boolean opensBio(String name, String bio) {
        String first = name.substring(0, name.indexOf(' ') < 0 ? name.length() : name.indexOf(' '));
        for (String opening : List.of(name, first)) {
            if (bio.startsWith(opening + " ") && bio.length() > opening.length() + 1
                    && Character.isLowerCase(bio.codePointAt(opening.length() + 1))) {
                return true;
            }
        }
        return false;
    }
}
