package io.newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The person a site's copyright notice names: a one-person blog or home page states its owner in the footer's notice
 * ("© 2025 Toby Hede. All rights reserved.", "(c) Johannes Wolf • Weitere Rechte siehe Impressum") and nowhere else,
 * as every text on it is the owner's. Only a notice in the page's footer counts (a {@code <footer>} element, or an
 * element its class or id calls a footer or the copyright line) and only outside the text ({@code <main>},
 * {@code <article>}, a figure), where a notice credits a picture. The holder must be a person's full name by the name
 * lists, stand alone up to the notice's end or a break ("Jason Axelrod of 8WAYRUN" is a theme's maker) and carry no
 * company's legal form ("Meta Platforms, Inc"); footers whose notices name different holders name no owner.
 */
final class CopyrightOwner {

    /** Where a page keeps its copyright line: the footer, or an element named for the notice. */
    private static final String FOOTERS =
            "footer, [class*=footer], [id*=footer], [class*=copyright], [id*=copyright]";

    /**
     * The notice: a copyright sign or word, the years, an optional "by", then the holder's two or three capitalised
     * words or initials, followed by the text's end, a punctuation break, a year or the rights reserved.
     */
    private static final Pattern NOTICE = Pattern.compile(
            "(?:©|\\((?i:c)\\)|(?i:copyright))\\s*(?:©\\s*)?"
                    + "(?:\\d{4}(?:\\s*[-–]\\s*\\d{2,4})?\\s*,?\\s*)?(?:(?i:by)\\s+)?"
                    + "(\\p{Lu}(?:\\.|[\\p{L}'’-]+)(?:\\s+\\p{Lu}(?:\\.|[\\p{L}'’-]+)){1,2})"
                    + "(?=\\s*(?:$|[.,;|•·–—]|\\d{4}|(?i:all rights|alle rechte|tous droits)))");

    /** The word after the holder's name, past spaces and a comma: where a legal form follows it. */
    private static final Pattern NEXT_WORD = Pattern.compile("\\G[\\s,]*(\\p{L}+)");

    /**
     * A company's legal form, in the holder's words or right after them ("Diana Intelligence Corp", "Meta Platforms,
     * Inc"): the name lists read many a company named after a word or its founder as a person's name.
     */
    private static final TokenSet LEGAL_FORMS = TokenSet.of("legal forms", "inc", "corp", "corporation", "llc", "llp",
            "ltd", "limited", "gmbh", "ag", "kg", "ug", "spa", "sa", "sas", "sarl", "srl", "se", "plc", "co", "bv",
            "nv", "ab", "oy", "as", "pty", "lp");

    private static final int MAX_NAME_WORDS = 3;

    private CopyrightOwner() {}

    /** The person the footer's copyright notices name, or none. */
    static List<String> person(Document page) {
        String owner = null;
        for (Element footer : page.select(FOOTERS)) {
            if (inText(footer)) {
                continue;
            }
            String text = TextNormalizer.collapse(footer.text());
            Matcher notice = NOTICE.matcher(text);
            if (!notice.find()) {
                continue;
            }
            String holder = holder(notice.group(1), text, notice.end());
            if (holder == null || (owner != null && !owner.equals(holder))) {
                return List.of(); // a company, a team or several holders: no one owns the site
            }
            owner = holder;
        }
        return owner == null ? List.of() : List.of(owner);
    }

    /** The holder's name when it is a person's, else null. */
    private static @Nullable String holder(String credit, String text, int end) {
        List<String> names = BylineParser.names(credit);
        if (names.size() != 1) {
            return null;
        }
        String[] words = names.get(0).split(" ");
        if (words.length < 2 || words.length > MAX_NAME_WORDS || !PersonNameLists.readsAsPerson(words)) {
            return null;
        }
        for (String word : words) {
            if (LEGAL_FORMS.contains(word.toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        Matcher next = NEXT_WORD.matcher(text).region(end, text.length());
        return next.find() && LEGAL_FORMS.contains(next.group(1).toLowerCase(Locale.ROOT)) ? null : names.get(0);
    }

    /**
     * Whether the element lies in the page's text ({@code <main>}, {@code <article>}, a figure): a notice there
     * credits a picture ("© Marcel Burkhardt" over a header image), not the site.
     */
    private static boolean inText(Element element) {
        for (Element at = element; at != null; at = at.parent()) {
            String tag = at.normalName();
            if (tag.equals("main") || tag.equals("article") || tag.equals("figure")) {
                return true;
            }
        }
        return false;
    }
}
