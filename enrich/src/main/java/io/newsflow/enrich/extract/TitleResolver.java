package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Picks the headline: the visible {@code <h1>} that agrees with a declared title, else an {@code <h2>} that does
 * (pages that set the headline in an h2 and disagree between og:title and JSON-LD), else the declared title
 * (JSON-LD headline, og:title, twitter:title), else the first {@code <h1>}, else the document title. Site-name
 * and section segments (" | Politik", " - Example News") are cut off.
 */
final class TitleResolver {

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
        return resolve(
                declared, new Headings(headings, subheadings, visibleHeadline, List.of()), documentTitle, siteWords);
    }

    /**
     * The page's headings as the resolver weighs them.
     *
     * @param shown the whole text of each {@code <h1>}, kicker included: a kicker the declared title joins to the
     *     headline is kept only when the page shows it in the headline element, or as the line right before it
     * @param leadIns the line right before each {@code <h1>} ({@link VisibleHeadline#leadIns})
     */
    record Headings(List<String> headings, List<String> subheadings, @Nullable String visible, List<String> shown,
            List<String> leadIns) {

        Headings(List<String> headings, List<String> subheadings, @Nullable String visible, List<String> shown) {
            this(headings, subheadings, visible, shown, List.of());
        }
    }

    /**
     * As {@link #resolve(List, List, List, String, String, List)}, with the headline elements' whole text. A separator
     * left at either end once site segments are cut ("» Jens Weber") is not part of the headline, nor are the
     * invisible line-breaking marks of its text.
     */
    static String resolve(
            List<@Nullable String> declared, Headings page, String documentTitle, List<@Nullable String> siteWords) {
        String title =
                SiteSegments.undecorated(Utf8Mojibake.repaired(picked(declared, page, documentTitle, siteWords)));
        // the headline as a reader sees it: "–\u2060 Magisk" is "– Magisk", and a space left by a mark is collapsed
        return TextNormalizer.collapse(TextNormalizer.withoutBreakMarks(title));
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
        String visible = shownHeadline(page, headings, declaredTitles, agreeable, names, documentTitle);
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
     * The headline as the page shows it: a heading that agrees with a title, else the page's visible headline when it
     * is about what a title says; null when the page shows none.
     *
     * @param agreeable the declared titles and the document title without its site and section segments
     */
    private static @Nullable String shownHeadline(Headings page, List<String> headings, List<String> declaredTitles,
            List<String> agreeable, List<String> names, String documentTitle) {
        String visibleHeadline = page.visible();
        // a heading that agrees with a declared title before one that only repeats the document title, which often
        // names the page's section ("News - Eawag" over the h1s "News" and the headline)
        String visible = HeadingAgreement.agreeingHeading(headings, declaredTitles, names, true);
        if (visible == null) {
            visible = HeadingAgreement.agreeingHeading(headings, agreeable, names, true);
        }
        if (visible == null) {
            visible = HeadingAgreement.titleInside(
                    HeadingAgreement.agreeingHeading(page.subheadings(), agreeable, names, false),
                    wholeTitles(declaredTitles, documentTitle, names));
        }
        if (visible == null) {
            visible = HeadingAgreement.segmentHeading(
                    page.subheadings(), TextNormalizer.collapse(documentTitle), names);
        }
        if (visible != null) {
            // "Vehicle rental News | WRAL": a heading that repeats the SEO title shows its piped site segment too; a
            // dash before the site's name may be the page's own ("Wendi Weiner – The Writing Guru")
            visible = visible.contains(" | ") ? SiteSegments.strip(visible, names) : visible;
            visible = TitleKickers.withDeclaredKicker(visible, declaredTitles, page.shown(), page.leadIns());
        }
        if (visible == null && visibleHeadline != null && !SiteSegments.isSite(visibleHeadline, names)
                && (agreeable.isEmpty()
                        || agreeable.stream().anyMatch(title -> HeadingAgreement.sharesWord(title, visibleHeadline)))) {
            // a headline too short beside its declared "Kicker: Headline" to agree with it keeps the kicker its h1
            // shows as well ("Ein bisschen Fortschritt" under "Entwurf des Selbstbestimmungsgesetzes:")
            visible = TitleKickers.withDeclaredKicker(
                    TitleKickers.withoutKicker(visibleHeadline, agreeable), declaredTitles, page.shown(),
                    page.leadIns());
        }
        return visible;
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
}
