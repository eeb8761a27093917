package io.newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A desk or team a byline credits instead of a person ("By Staff Writer", "von Redaktion", "NETGEAR Orbi Team", "The
 * Currency editors"): the page names its author so when no reporter is named, and a reader expects it named then.
 * {@link BylineParser} drops such credits from its names, rightly when a person is named beside them.
 */
final class DeskCredit {

    /** Words that make a short credit a desk or team. */
    static final TokenSet DESK_WORDS = TokenSet.of(
            "desk credit words", "team", "staff", "editors", "redaktion", "newsdesk", "newsroom", "desk",
            "redaktionsteam",
            "editorial");

    /** A desk credit is a short name; more words are a sentence about a team. */
    private static final int MAX_CREDIT_WORDS = 5;

    /** Sentence punctuation or digits: text, a date or a count, not a credit. */
    private static final Pattern NOT_A_CREDIT = Pattern.compile("[\\d!?;:()\\[\\]\"“”„]|\\.\\s");

    /** Separators and punctuation left at the end of a byline element ("von Redaktion,"). */
    private static final Pattern TRAILING = Pattern.compile("[\\s,|·•–—-]+$");

    /** The first word holding a digit: the date or time a byline runs on into. */
    private static final Pattern DATE_START = Pattern.compile("\\s+[^\\s\\d]*\\d");

    private DeskCredit() {}

    /** The desk credit of the first value that is one, as the page writes it; empty when none is. */
    static List<String> first(List<String> values) {
        for (String value : values) {
            String credit = credit(value);
            if (!credit.isEmpty()) {
                return List.of(credit);
            }
        }
        return List.of();
    }

    /** The desk or team {@code byline} credits ("By Staff Writer" gives "Staff Writer"), or "" when it credits none. */
    static String credit(String byline) {
        String text = TextNormalizer.collapse(BylineParser.LEADING_DECORATION.matcher(byline).replaceFirst(""));
        Matcher prefix = BylineParser.PREFIX.matcher(text);
        String rest = prefix.find() ? text.substring(prefix.end()) : text;
        // the credit without the date the byline runs on into ("von Redaktion, 24. Januar 2022") and the word that
        // opens it ("von Redaktion am 24.01.2022")
        Matcher date = DATE_START.matcher(rest);
        rest = TRAILING.matcher(date.find() ? withoutDateOpener(rest.substring(0, date.start())) : rest)
                .replaceFirst("").strip();
        if (rest.isEmpty() || NOT_A_CREDIT.matcher(rest).find() || !Character.isUpperCase(rest.codePointAt(0))) {
            return "";
        }
        String[] words = rest.split(" ");
        if (words.length > MAX_CREDIT_WORDS) {
            return "";
        }
        for (String word : words) {
            if (DESK_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return rest;
            }
        }
        return "";
    }

    private static String withoutDateOpener(String credit) {
        String stripped = credit.stripTrailing();
        int space = stripped.lastIndexOf(' ');
        return space > 0 && BylineHandle.DATE_OPENERS.contains(stripped.substring(space + 1).toLowerCase(Locale.ROOT))
                ? stripped.substring(0, space) : stripped;
    }
}
