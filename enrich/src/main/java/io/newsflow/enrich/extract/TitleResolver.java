package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Picks the headline: the visible {@code <h1>} that agrees with a declared title, else an {@code <h2>} that does
 * (pages that set the headline in an h2 and disagree between og:title and JSON-LD), else the declared title
 * (JSON-LD headline, og:title, twitter:title), else the first {@code <h1>}, else the document title. Site-name
 * and section segments (" | Politik", " - Example News") are cut off.
 */
final class TitleResolver {

    /** A heading shorter than this share of the declared title is a label, not the headline. */
    private static final double MIN_AGREEING_LENGTH_SHARE = 0.5;

    /** A headline prefix of at most this many words, without sentence punctuation, is a kicker. */
    private static final int MAX_KICKER_WORDS = 3;

    /** A declared title shorter than this is a label, too short to tell a joined line from the headline. */
    private static final int MIN_JOINED_TITLE_WORDS = 3;

    /** An overline joined before the headline has at most this many words. */
    private static final int MAX_OVERLINE_WORDS = 6;

    /** Words this long carry a topic; shorter ones are function words. */
    private static final int MIN_SHARED_WORD_CHARS = 4;

    /**
     * Articles: a headline that differs from a declared title only by one of these in front ("The Best Home Security
     * Cameras of 2026" shown, "Best Home ..." declared) reads on from it: it is the headline's first word, not a
     * kicker or an overline joined to the title.
     */
    private static final Set<String> ARTICLES = Set.of(
            "the", "a", "an", "der", "die", "das", "ein", "eine", "le", "la", "les", "l'", "un", "une", "el", "los",
            "las", "il", "lo", "gli", "de", "het", "een", "o", "os", "as", "um", "uma");

    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final Pattern SENTENCE_END = Pattern.compile("[.?!:;]");

    /** A separator that ends a kicker or starts the rest of a headline ("Kultur :", "Israel –"). */
    private static final Pattern KICKER_SEPARATOR = Pattern.compile("\\s*[:|\\-–—]$");

    /** A line that ends as a sentence does: not an overline. */
    private static final Pattern ENDS_AS_SENTENCE = Pattern.compile(".*[.?!]");

    /** The separator a declared title sets between its kicker and the headline ("Kenia: ...", "Demo / ..."). */
    private static final Pattern TRAILING_SLASH = Pattern.compile("\\s*/$");

    private static final Pattern DECLARED_KICKER_SEPARATOR = Pattern.compile("\\S\\s*[:/]$");

    /** A dash set off by spaces, between an overline and the headline in a declared title. */
    private static final Pattern OVERLINE_DASH = Pattern.compile(" [-–—] ");

    private TitleResolver() {}

    static String resolve(
            List<@Nullable String> declared,
            List<String> headings,
            List<String> subheadings,
            String documentTitle,
            List<@Nullable String> siteWords) {
        return resolve(declared, headings, subheadings, null, documentTitle, siteWords);
    }

    /**
     * As {@link #resolve(List, List, List, String, List)}, with the page's visible article headline: the heading that
     * agrees with a declared title first, else the visible headline (the page shows it; meta titles are often
     * written for search engines and social networks), else the declared title.
     *
     * @param visibleHeadline the single {@code <h1>} of the page, or the one in its article/main area, or null
     */
    static String resolve(
            List<@Nullable String> declared,
            List<String> headings,
            List<String> subheadings,
            @Nullable String visibleHeadline,
            String documentTitle,
            List<@Nullable String> siteWords) {
        return resolve(declared, new Headings(headings, subheadings, visibleHeadline, List.of()), documentTitle, siteWords);
    }

    /**
     * The page's headings as the resolver weighs them.
     *
     * @param shown the whole text of each {@code <h1>}, kicker included: a kicker the declared title joins to the
     *     headline is kept only when the page shows it in the headline element
     */
    record Headings(List<String> headings, List<String> subheadings, @Nullable String visible, List<String> shown) {}

    /**
     * As {@link #resolve(List, List, List, String, String, List)}, with the headline elements' whole text. A separator
     * left at either end once site segments are cut ("» Jens Weber") is not part of the headline.
     */
    static String resolve(
            List<@Nullable String> declared, Headings page, String documentTitle, List<@Nullable String> siteWords) {
        return SiteSegments.undecorated(Utf8Mojibake.repaired(picked(declared, page, documentTitle, siteWords)));
    }

    private static String picked(
            List<@Nullable String> declared, Headings page, String documentTitle, List<@Nullable String> siteWords) {
        String visibleHeadline = page.visible();
        List<String> headings = withVisible(page.headings(), visibleHeadline);
        List<String> names = siteNames(siteWords);
        addShownTitleName(names, documentTitle, headings, page.subheadings());
        List<String> declaredTitles = declaredTitles(declared, names);
        List<String> agreeable = new ArrayList<>(declaredTitles);
        if (!documentTitle.isBlank()) {
            agreeable.add(SiteSegments.strip(TextNormalizer.collapse(documentTitle), names));
        }
        // a heading that agrees with a declared title before one that only repeats the document title, which often
        // names the page's section ("News - Eawag" over the h1s "News" and the headline)
        String visible = agreeingHeading(headings, declaredTitles, names, true);
        if (visible == null) {
            visible = agreeingHeading(headings, agreeable, names, true);
        }
        if (visible == null) {
            visible = titleInside(agreeingHeading(page.subheadings(), agreeable, names, false),
                    wholeTitles(declaredTitles, documentTitle, names));
        }
        if (visible == null) {
            visible = segmentHeading(page.subheadings(), TextNormalizer.collapse(documentTitle), names);
        }
        if (visible != null) {
            // "Vehicle rental News | WRAL": a heading that repeats the SEO title shows its piped site segment too; a
            // dash before the site's name may be the page's own ("Wendi Weiner – The Writing Guru")
            visible = visible.contains(" | ") ? SiteSegments.strip(visible, names) : visible;
            visible = withDeclaredKicker(visible, declaredTitles, page.shown());
        }
        if (visible == null && visibleHeadline != null && !SiteSegments.isSite(visibleHeadline, names)
                && (agreeable.isEmpty() || agreeable.stream().anyMatch(title -> sharesWord(title, visibleHeadline)))) {
            // a headline too short beside its declared "Kicker: Headline" to agree with it keeps the kicker its h1
            // shows as well ("Ein bisschen Fortschritt" under "Entwurf des Selbstbestimmungsgesetzes:")
            visible = withDeclaredKicker(withoutKicker(visibleHeadline, agreeable), declaredTitles, page.shown());
        }
        if (visible != null) {
            return visible;
        }
        if (!declaredTitles.isEmpty()) {
            return beforePipe(declaredTitles.get(0));
        }
        if (visibleHeadline != null && !SiteSegments.isSite(visibleHeadline, names)) {
            return visibleHeadline; // the page's one headline, though its document title is worded otherwise
        }
        // no title is declared and no heading agrees with the document title: that title, unless it only names the site
        // (then a heading is all there is); the first of several headings is as often a widget's ("Twitter Talk")
        String titled = beforePipe(SiteSegments.strip(TextNormalizer.collapse(documentTitle), names));
        if (!titled.isBlank() && !SiteSegments.isSite(titled, names)) {
            return titled;
        }
        return headings.stream().filter(h -> !h.isBlank() && !SiteSegments.isSite(h, names)).findFirst()
                .orElse(titled);
    }

    /**
     * Adds the document title's last segment to the site names when the page shows it and the rest of the title as
     * two headings: a documentation book sets its own name in the menu bar's {@code <h1>} and the chapter's title in
     * an {@code <h2>}, and the {@code <h1>}, contained in the title, would otherwise agree with it.
     */
    private static void addShownTitleName(
            List<String> names, String documentTitle, List<String> headings, List<String> subheadings) {
        List<String> shown = new ArrayList<>(headings);
        shown.addAll(subheadings);
        if (documentTitle.isBlank() || shown.size() < 2) {
            return;
        }
        String name = SiteSegments.shownTrailingName(TextNormalizer.collapse(documentTitle), shown, names);
        if (name != null) {
            names.add(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * The page's {@code <h1>} texts with its visible headline: the signals' walk leaves out an {@code <h1>} set in an
     * element it reads whole (a headline block classed "intro", taken as the lead), and a headline that agrees with a
     * declared title comes before any {@code <h2>} that merely contains one ("How to Care for Hydrangeas in Vases").
     */
    private static List<String> withVisible(List<String> headings, @Nullable String visibleHeadline) {
        if (visibleHeadline == null || headings.contains(visibleHeadline)) {
            return headings;
        }
        List<String> all = new ArrayList<>(headings);
        all.add(visibleHeadline);
        return all;
    }

    /**
     * A title written for search results and tabs, cut before its first " | ": what follows a pipe is a tagline, a
     * section or a site the page does not show as part of its headline ("Catering Tips | Cookshack", "Best Movers
     * in NYC 2025 | Top 19 Companies"). A head of one word is a site or section name itself and is kept whole.
     */
    private static String beforePipe(String title) {
        int pipe = title.indexOf(" | ");
        String head = pipe < 0 ? title : title.substring(0, pipe).strip();
        return pipe < 0 || !head.contains(" ") ? title : head;
    }

    private static List<String> siteNames(List<@Nullable String> siteWords) {
        List<String> names = new ArrayList<>();
        siteWords.forEach(word -> {
            if (word != null && !word.isBlank()) {
                names.add(word.toLowerCase(Locale.ROOT));
            }
        });
        return names;
    }

    /** The declared titles without their site and section segments, in order of preference. */
    private static List<String> declaredTitles(List<@Nullable String> declared, List<String> siteNames) {
        List<String> titles = new ArrayList<>();
        declared.forEach(title -> {
            if (title != null && !title.isBlank()) {
                titles.add(SiteSegments.strip(title, siteNames));
            }
        });
        return titles;
    }

    /**
     * The first heading that agrees with a declared title (without a kicker prefix), or null. A heading that names the
     * site agrees with every title that repeats the site's name, and is skipped.
     *
     * @param leadingSegments whether a headline the title leads with agrees however long the rest is: for the
     *     {@code <h1>}s; a page's {@code <h2>}s hold its taglines and section names, which titles also lead with
     */
    private static @Nullable String agreeingHeading(
            List<String> headings, List<String> declaredTitles, List<String> siteNames, boolean leadingSegments) {
        for (String heading : headings) {
            if (SiteSegments.isSite(heading, siteNames)) {
                continue;
            }
            for (String title : declaredTitles) {
                if (agrees(title, heading, leadingSegments)) {
                    if (KICKER_SEPARATOR.matcher(heading).find() && title.length() > heading.length()) {
                        return title; // the heading's visible part is only its kicker ("Israel:"), the rest is styled away
                    }
                    return hasKickerPrefix(heading, title) || joinsALine(heading, title) ? title : heading;
                }
            }
        }
        return null;
    }

    /**
     * The declared title a subheading holds with more words around it, else the subheading. A subheading that a
     * declared title repeats whole is the headline (a JSON-LD headline cut short, "... Solutions (Including").
     *
     * @param titles the declared titles, and the document title when it names no site or section
     */
    private static @Nullable String titleInside(@Nullable String subheading, List<String> titles) {
        if (subheading == null || titles.stream().anyMatch(subheading::equalsIgnoreCase)) {
            return subheading;
        }
        for (String title : titles) {
            if (wrapsTitle(subheading, title)) {
                return title;
            }
        }
        return subheading;
    }

    /**
     * The declared titles and the document title when it is the headline whole: a segment left of a document title
     * once its site is cut ("Neubau Werkstattgebäude - Neubau WSL Birmensdorf") is as often a section's name.
     */
    private static List<String> wholeTitles(List<String> declaredTitles, String documentTitle, List<String> names) {
        String titled = TextNormalizer.collapse(documentTitle);
        if (titled.isBlank() || !SiteSegments.strip(titled, names).equals(titled)) {
            return declaredTitles;
        }
        List<String> titles = new ArrayList<>(declaredTitles);
        titles.add(titled);
        return titles;
    }

    /**
     * Whether a subheading holds the declared title with more words around it ("An Intro to Wine Regions of the World"
     * for "Wine Regions", "... test suite / Dec 2025"): a page with no {@code <h1>} of its headline sets a teaser or a
     * dated line about the article in its {@code <h2>}, and the title it declares is the headline. A subheading that
     * only adds an article in front ("The Best ...") reads on from the title and is the headline itself.
     */
    private static boolean wrapsTitle(String heading, String title) {
        // compared in place, char by char, with no lower-cased copies: lower-casing can change a text's length ("İ"),
        // and an offset found in a lower-cased copy would not be the heading's
        for (int at = 0; heading.length() > title.length() && at + title.length() <= heading.length(); at++) {
            if (heading.regionMatches(true, at, title, 0, title.length())) {
                return !isArticle(heading.substring(0, at).strip());
            }
        }
        return false;
    }

    /**
     * The first {@code <h2>} that is a later segment of the document title as a whole, the site's and section's names
     * before it ("Example Club - Neuigkeiten » Die Events der letzten Zeit"): too short beside the whole title to agree
     * with it, it is the page's headline. A heading of one or two words is as often a section's name.
     */
    private static @Nullable String segmentHeading(List<String> subheadings, String documentTitle, List<String> names) {
        for (String heading : subheadings) {
            if (heading.split(" ").length >= MIN_JOINED_TITLE_WORDS && !SiteSegments.isSite(heading, names)
                    && SiteSegments.isLaterSegment(heading, documentTitle)) {
                return heading;
            }
        }
        return null;
    }

    /**
     * Whether the heading is the declared title with a line of the headline element joined to it, with no separator
     * left in the text: a subtitle after it ("... in Essen Gebührenfinanzierte Islamismus-Verharmlosung") or an
     * overline before it ("Olympische Spiele in Paris Getränke per Schiff ..."). A heading that goes on in lower case
     * is the longer form of a shortened title, not a joined line.
     */
    private static boolean joinsALine(String heading, String title) {
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
    private static String withoutKicker(String visibleHeadline, List<String> declaredTitles) {
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
     * or not at all, or a declared title that merely contains the headline, is not taken.
     */
    private static String withDeclaredKicker(String headline, List<String> declaredTitles, List<String> shown) {
        for (String title : declaredTitles) {
            if (title.length() > headline.length() && title.endsWith(headline)) {
                String prefix = title.substring(0, title.length() - headline.length()).strip();
                String kicker = KICKER_SEPARATOR.matcher(TRAILING_SLASH.matcher(prefix).replaceFirst("")).replaceFirst("").strip()
                        .toLowerCase(Locale.ROOT);
                boolean inHeadline = !kicker.isEmpty() && shown.stream().anyMatch(
                        text -> text.toLowerCase(Locale.ROOT).startsWith(kicker) && text.endsWith(headline));
                if (inHeadline && DECLARED_KICKER_SEPARATOR.matcher(prefix).find() && hasKickerPrefix(title, headline)) {
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

    /**
     * Whether two titles share a word of {@link #MIN_SHARED_WORD_CHARS} letters or more: a visible headline about
     * something else than every declared title is a widget's heading ("Artikel merken"), not the article's.
     */
    private static boolean sharesWord(String a, String b) {
        List<String> words = Arrays.asList(WORD_SPLIT.split(a.toLowerCase(Locale.ROOT)));
        for (String word : WORD_SPLIT.split(b.toLowerCase(Locale.ROOT))) {
            if (word.length() >= MIN_SHARED_WORD_CHARS && words.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code heading} is {@code title} after a short unmarked kicker ("Blaulicht Großbrand in ..."). */
    private static boolean hasKickerPrefix(String heading, String title) {
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
    private static boolean isArticle(String prefix) {
        return ARTICLES.contains(prefix.toLowerCase(Locale.ROOT));
    }

    private static boolean agrees(String declared, String heading, boolean leadingSegment) {
        String a = declared.toLowerCase(Locale.ROOT);
        String b = heading.toLowerCase(Locale.ROOT);
        if (b.isBlank()) {
            return false;
        }
        if (b.length() < a.length() * MIN_AGREEING_LENGTH_SHARE) {
            // a short headline the title extends by a long site name or tagline after a separator still agrees
            return leadingSegment && b.split(" ").length >= MIN_JOINED_TITLE_WORDS && SiteSegments.isLeadingSegment(b, a);
        }
        return a.equals(b) || a.contains(b) || b.contains(a);
    }
}
