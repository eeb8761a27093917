package io.newsflow.enrich.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One-word names and handles in bylines ("von Kathrin", "Posted by Konstantin", "jancak"): blogs and forums credit
 * their authors by first name or user name, which {@link BylineParser} does not take for a name on its own.
 */
final class BylineHandle {

    /** Byline words that only ever introduce an author, before which a single word is a name or handle. */
    static final TokenSet HANDLE_PREFIXES = TokenSet.of(
            "handle prefixes", "by", "von", "posted by", "written by", "geschrieben von", "eingestellt von",
            "verfasst von", "erstellt von", "gespeichert von", "autor", "autorin", "author", "par", "por");

    /**
     * Words a byline-marked element of a listing, service or documentation page holds instead of a name (its
     * category, a column head, a default account): a one-word handle never names an author when it is one of these.
     */
    static final TokenSet PAGE_WORDS = TokenSet.of("page words instead of a handle", "category", "categories", "tag",
            "tags", "year", "method", "share", "comments", "admin", "administrator", "webmaster", "editor", "redakteur",
            // what a listing's menu groups or sorts its items by ("By industry", "Shop by Type", "by value"): a menu
            // heading with a byline word, no author
            "type", "types", "industry", "industries", "country", "countries", "region", "regions", "topic", "topics",
            "size", "price", "brand", "brands", "role", "value", "date", "name", "popularity", "relevance",
            "location", "product", "products");

    /** Words that open the date or time a byline runs on into. */
    static final TokenSet DATE_OPENERS =
            TokenSet.of("byline date openers", "am", "on", "um", "at", "le", "el", "|", "-", "–", "—", "·", "•");

    /** A lower-case word this short is an editor's sign ("amw"), not a handle. */
    private static final int MAX_SIGN_CHARS = 3;

    /** A host name, "statista.com". */
    private static final Pattern HOST = Pattern.compile("[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}");

    /** A one-word name or handle shorter than this is an initial or a code. */
    private static final int MIN_HANDLE_CHARS = 3;

    private BylineHandle() {}

    /**
     * The single-word name of a byline that opens with a byline word ("von Kathrin", "By jancak"): blogs credit
     * their authors by first name or handle. Empty for anything else.
     */
    static List<String> prefixed(String byline) {
        Matcher prefix = BylineParser.PREFIX.matcher(TextNormalizer.collapse(byline));
        return prefix.find() ? lone(byline) : List.of();
    }

    /**
     * The single-word name or handle after a word that only ever introduces an author ("Posted by Konstantin",
     * "von jancak"): "mit Video" or "Text Größe" open with a byline word too, but name no one.
     */
    static List<String> credited(String line) {
        String text = beforeDate(TextNormalizer.collapse(line));
        int space = text.lastIndexOf(' ');
        String label = space < 0 ? "" : withoutColon(text.substring(0, space)).strip().toLowerCase(Locale.ROOT);
        return HANDLE_PREFIXES.contains(label) ? lone(text.substring(space + 1)) : List.of();
    }

    private static String withoutColon(String label) {
        return label.endsWith(":") ? label.substring(0, label.length() - 1) : label;
    }

    /**
     * The line cut before the word that starts its date or time ("Gespeichert von rasos am 24. Juli 2017", "Posted by
     * BeauHD on Friday"): bylines run on into the date they were posted at.
     */
    static String beforeDate(String line) {
        String[] words = line.split(" ");
        for (int i = 1; i < words.length; i++) {
            String lower = words[i].toLowerCase(Locale.ROOT);
            boolean dateWord = DATE_OPENERS.contains(lower) && i + 1 < words.length
                    || lower.chars().anyMatch(Character::isDigit);
            if (dateWord) {
                return String.join(" ", Arrays.copyOf(words, i));
            }
        }
        return line;
    }

    /**
     * The single-word name or handle a byline gives, with or without a byline word before it ("Andrea" in a
     * WordPress author card, "Posted by Konstantin"). Empty for anything else.
     */
    static List<String> lone(String byline) {
        String text = TextNormalizer.collapse(byline);
        Matcher prefix = BylineParser.PREFIX.matcher(text);
        String rest = (prefix.find() ? text.substring(prefix.end()) : text).strip();
        String lower = rest.toLowerCase(Locale.ROOT);
        boolean word = rest.length() >= MIN_HANDLE_CHARS && !rest.contains(" ") && rest.codePoints().allMatch(
                cp -> Character.isLetterOrDigit(cp) || cp == '_' || cp == '-' || cp == '.')
                && rest.codePoints().anyMatch(Character::isLetter);
        // "Author" alone is the label of a byline whose name is elsewhere; "amw" an editor's sign, "ERBOL" an
        // agency's code, "statista.com" a source
        boolean sign = rest.length() <= MAX_SIGN_CHARS && rest.equals(lower);
        boolean label = BylineWords.NAME_ENDING_WORDS.contains(lower) || BylineWords.NAME_PARTICLES.contains(lower)
                || BylineWords.PREFIXES.contains(lower) || PAGE_WORDS.contains(lower);
        return word && !sign && !label && !BylineParser.isNonPerson(rest) && !BylineParser.isCreditCode(rest, 1)
                && !HOST.matcher(lower).matches() ? List.of(rest) : List.of();
    }
}
