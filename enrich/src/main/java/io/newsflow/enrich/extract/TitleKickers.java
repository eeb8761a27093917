package io.newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The kickers and overlines set around a headline ("Kultur : Headline", "Olympische Spiele in Paris - Getränke per
 * Schiff ..."): a page shows them as a line of the headline element or styles them away, and a declared title joins
 * them to the headline with a separator or none. {@link TitleResolver} asks here whether a heading and a declared
 * title are one headline with a kicker or overline added or left out, and which of the two to keep.
 */
final class TitleKickers {

    /** A headline prefix of at most this many words, without sentence punctuation, is a kicker. */
    private static final int MAX_KICKER_WORDS = 3;

    /** A declared title shorter than this is a label, too short to tell a joined line from the headline. */
    static final int MIN_JOINED_TITLE_WORDS = 3;

    /** An overline joined before the headline has at most this many words. */
    private static final int MAX_OVERLINE_WORDS = 6;

    /**
     * Articles: a headline that differs from a declared title only by one of these in front ("The Best Home Security
     * Cameras of 2026" shown, "Best Home ..." declared) reads on from it: it is the headline's first word, not a
     * kicker or an overline joined to the title.
     */
    private static final Set<String> ARTICLES = Set.of(
            "the", "a", "an", "der", "die", "das", "ein", "eine", "le", "la", "les", "l'", "un", "une", "el", "los",
            "las", "il", "lo", "gli", "de", "het", "een", "o", "os", "as", "um", "uma");

    private static final Pattern SENTENCE_END = Pattern.compile("[.?!:;]");

    /** A separator that ends a kicker or starts the rest of a headline ("Kultur :", "Israel –"). */
    static final Pattern KICKER_SEPARATOR = Pattern.compile("\\s*[:|\\-–—]$");

    /** A line that ends as a sentence does: not an overline. */
    private static final Pattern ENDS_AS_SENTENCE = Pattern.compile(".*[.?!]");

    /** The separator a declared title sets between its kicker and the headline ("Kenia: ...", "Demo / ..."). */
    private static final Pattern TRAILING_SLASH = Pattern.compile("\\s*/$");

    private static final Pattern DECLARED_KICKER_SEPARATOR = Pattern.compile("\\S\\s*[:/]$");

    /** A dash set off by spaces, between an overline and the headline in a declared title. */
    private static final Pattern OVERLINE_DASH = Pattern.compile(" [-–—] ");

    private TitleKickers() {}

    /**
     * Whether the heading is the declared title with a line of the headline element joined to it, with no separator
     * left in the text: a subtitle after it ("... in Essen Gebührenfinanzierte Islamismus-Verharmlosung") or an
     * overline before it ("Olympische Spiele in Paris Getränke per Schiff ..."). A heading that goes on in lower case
     * is the longer form of a shortened title, not a joined line.
     */
    static boolean joinsALine(String heading, String title) {
        if (title.split(" ").length < MIN_JOINED_TITLE_WORDS) {
            return false;
        }
        if (heading.startsWith(title + " ")) {
            // "... Solutions (Including": a title cut inside a parenthesis is shortened, not a line of its own
            boolean closed = title.chars().filter(c -> c == '(').count() == title.chars().filter(c -> c == ')').count();
            return closed && Character.isUpperCase(heading.codePointAt(title.length() + 1));
        }
        if (heading.endsWith(" " + title)) {
            // "Medienmitteilung der Direktion :": the overline's own separator is no word of it
            String prefix = KICKER_SEPARATOR.matcher(heading.substring(0, heading.length() - title.length()).strip())
                    .replaceFirst("");
            return isOverline(prefix) && !isArticle(prefix);
        }
        return false;
    }

    /**
     * The declared title for a visible headline that is that title behind a kicker ("Kultur : Headline") or only the
     * kicker of it ("Waffenlieferungen an Israel:", the rest styled in an element the heading text leaves out), the
     * visible headline without an overline the declared title sets off by a dash, else the visible headline.
     */
    static String withoutKicker(String visibleHeadline, List<String> declaredTitles) {
        for (String title : declaredTitles) {
            if (hasKickerPrefix(visibleHeadline, title)) {
                return title;
            }
            String headline = afterDashedOverline(visibleHeadline, title);
            if (headline != null) {
                return headline;
            }
            boolean onlyKicker = KICKER_SEPARATOR.matcher(visibleHeadline).find()
                    && title.length() > visibleHeadline.length()
                    && title.toLowerCase(Locale.ROOT).startsWith(visibleHeadline.toLowerCase(Locale.ROOT));
            if (onlyKicker) {
                return title;
            }
        }
        return visibleHeadline;
    }

    /**
     * The declared title when it is the visible headline behind a kicker and a separator ("Akkutechnik: Hat ...",
     * "Nationale Demo / Der 9. Juli naht") and the headline element shows that kicker: the site sets the kicker as a
     * line of its headline, and its declared title says the two are one headline. A kicker the page shows elsewhere
     * or not at all, or a declared title that merely contains the headline, is not taken. A kicker set as the line
     * right before the headline element ({@code <div class=keyword>Kenia</div><h1>Nairobi von unten</h1>}) is taken
     * when every declared title joins it so: one that leaves it out says the page's headline is the h1 alone.
     *
     * @param leadIns the line right before each {@code <h1>}
     */
    static String withDeclaredKicker(
            String headline, List<String> declaredTitles, List<String> shown, List<String> leadIns) {
        for (String title : declaredTitles) {
            if (title.length() > headline.length() && title.endsWith(headline)) {
                String prefix = title.substring(0, title.length() - headline.length()).strip();
                String kicker = KICKER_SEPARATOR.matcher(TRAILING_SLASH.matcher(prefix).replaceFirst(""))
                        .replaceFirst("")
                        .strip()
                        .toLowerCase(Locale.ROOT);
                boolean inHeadline = !kicker.isEmpty() && shown.stream().anyMatch(
                        text -> text.toLowerCase(Locale.ROOT).startsWith(kicker) && text.endsWith(headline));
                boolean leadsIn = !kicker.isEmpty() && leadIns.stream().anyMatch(kicker::equalsIgnoreCase)
                        && declaredTitles.stream().allMatch(title::equalsIgnoreCase);
                if ((inHeadline || leadsIn) && DECLARED_KICKER_SEPARATOR.matcher(prefix).find()
                        && hasKickerPrefix(title, headline)) {
                    return title;
                }
            }
        }
        return headline;
    }

    /**
     * The rest of a visible headline that starts with an overline the declared title sets off by a dash ("Olympische
     * Spiele in Paris - Getränke per Schiff ..." declared, "Olympische Spiele in Paris Getränke per Schiff ..." shown):
     * the page sets the overline apart as a line of its own (no separator in the text), and the title's dash says it
     * is a topic or section label before the headline, not a part of it. Null when the title does not read so. A
     * colon is left alone: a title "Topic: Headline" is the publisher's headline with its kicker, which the heading
     * agrees with.
     */
    private static @Nullable String afterDashedOverline(String visibleHeadline, String title) {
        Matcher dash = OVERLINE_DASH.matcher(title);
        while (dash.find()) {
            String overline = title.substring(0, dash.start());
            String rest = title.substring(dash.end());
            boolean shownJoined = visibleHeadline.equalsIgnoreCase(overline + " " + rest);
            if (shownJoined && isOverline(overline) && rest.split(" ").length >= MIN_JOINED_TITLE_WORDS) {
                return visibleHeadline.substring(overline.length()).strip();
            }
        }
        return null;
    }

    private static boolean isOverline(String text) {
        return text.split(" ").length <= MAX_OVERLINE_WORDS && !ENDS_AS_SENTENCE.matcher(text).matches();
    }

    /** Whether {@code heading} is {@code title} after a short unmarked kicker ("Blaulicht Großbrand in ..."). */
    static boolean hasKickerPrefix(String heading, String title) {
        if (heading.length() <= title.length() || !heading.endsWith(title)) {
            return false;
        }
        // "Kultur : Headline": the kicker's own separator is part of the kicker, not sentence punctuation
        String prefix = KICKER_SEPARATOR.matcher(heading.substring(0, heading.length() - title.length()).strip())
                .replaceFirst("");
        return !prefix.isEmpty() && prefix.split(" ").length <= MAX_KICKER_WORDS && !SENTENCE_END.matcher(prefix).find()
                && !isArticle(prefix);
    }

    /** Whether a heading's prefix is only an article, the first word of the headline it reads on into. */
    static boolean isArticle(String prefix) {
        return ARTICLES.contains(prefix.toLowerCase(Locale.ROOT));
    }
}
