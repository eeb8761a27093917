package io.newsflow.enrich.extract;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether a visible heading agrees with a declared title: the same headline, one containing the other, or one the
 * other leads with before a site name or tagline. A page's {@code <h1>}s and {@code <h2>}s also hold site names,
 * section names, taglines and widgets' headings; {@link TitleResolver} takes a heading as the headline only when a
 * title the page declares, or its document title, agrees with it.
 */
final class HeadingAgreement {

    /** A heading shorter than this share of the declared title is a label, not the headline. */
    private static final double MIN_AGREEING_LENGTH_SHARE = 0.5;

    /** Words this long carry a topic; shorter ones are function words. */
    private static final int MIN_SHARED_WORD_CHARS = 4;

    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private HeadingAgreement() {}

    /**
     * The first heading that agrees with a declared title (without a kicker prefix), or null. A heading that names the
     * site agrees with every title that repeats the site's name, and is skipped.
     *
     * @param leadingSegments whether a headline the title leads with agrees however long the rest is: for the
     *     {@code <h1>}s; a page's {@code <h2>}s hold its taglines and section names, which titles also lead with
     */
    static @Nullable String agreeingHeading(
            List<String> headings, List<String> declaredTitles, List<String> siteNames, boolean leadingSegments) {
        for (String heading : headings) {
            if (SiteSegments.isSite(heading, siteNames)) {
                continue;
            }
            for (String title : declaredTitles) {
                if (agrees(title, heading, leadingSegments)) {
                    if (TitleKickers.KICKER_SEPARATOR.matcher(heading).find() && title.length() > heading.length()) {
                        // the heading's visible part is only its kicker ("Israel:"), the rest is styled away
                        return title;
                    }
                    return TitleKickers.hasKickerPrefix(heading, title) || TitleKickers.joinsALine(heading, title)
                            ? title
                            : heading;
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
    static @Nullable String titleInside(@Nullable String subheading, List<String> titles) {
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
                return !TitleKickers.isArticle(heading.substring(0, at).strip());
            }
        }
        return false;
    }

    /**
     * The first {@code <h2>} that is a later segment of the document title as a whole, the site's and section's names
     * before it ("Example Club - Neuigkeiten » Die Events der letzten Zeit"): too short beside the whole title to agree
     * with it, it is the page's headline. A heading of one or two words is as often a section's name.
     */
    static @Nullable String segmentHeading(List<String> subheadings, String documentTitle, List<String> names) {
        for (String heading : subheadings) {
            if (heading.split(" ").length >= TitleKickers.MIN_JOINED_TITLE_WORDS
                    && !SiteSegments.isSite(heading, names)
                    && SiteSegments.isLaterSegment(heading, documentTitle)) {
                return heading;
            }
        }
        return null;
    }

    /**
     * Whether two titles share a word of {@link #MIN_SHARED_WORD_CHARS} letters or more: a visible headline about
     * something else than every declared title is a widget's heading ("Artikel merken"), not the article's.
     */
    static boolean sharesWord(String a, String b) {
        return !Collections.disjoint(topicWords(a), topicWords(b));
    }

    /** The distinct words of {@code texts} long enough to carry a topic, lower case, in order; null texts add none. */
    static Set<String> topicWords(@Nullable String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                for (String word : WORD_SPLIT.split(text.toLowerCase(Locale.ROOT))) {
                    if (word.length() >= MIN_SHARED_WORD_CHARS) {
                        words.add(word);
                    }
                }
            }
        }
        return words;
    }

    private static boolean agrees(String declared, String heading, boolean leadingSegment) {
        String a = declared.toLowerCase(Locale.ROOT);
        String b = heading.toLowerCase(Locale.ROOT);
        if (b.isBlank()) {
            return false;
        }
        if (b.length() < a.length() * MIN_AGREEING_LENGTH_SHARE) {
            // a short headline the title extends by a long site name or tagline after a separator still agrees
            return leadingSegment && b.split(" ").length >= TitleKickers.MIN_JOINED_TITLE_WORDS
                    && SiteSegments.isLeadingSegment(b, a);
        }
        return a.equals(b) || a.contains(b) || b.contains(a);
    }
}
