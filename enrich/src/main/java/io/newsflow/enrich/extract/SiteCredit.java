package io.newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether an author credit is the site itself: its name ("Jobs & Hire"), a name read from it ("Jobs" and "Hire"),
 * the same letters as a site named by its domain ("El Colombiano" on a site named "www.elcolombiano.com"), or a desk
 * named with a one-word site name ("MDR Thüringen" on a site named "MDR").
 */
final class SiteCredit {

    /** A site name given as a domain: "www." and the top-level domain are no part of the name. */
    private static final Pattern DOMAIN_PARTS = Pattern.compile("^(?i:www\\.)|\\.\\p{Alpha}{2,6}$");

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    private SiteCredit() {}

    /** Accepts the names that are not {@code siteName}'s; all names when the site has none. */
    static Predicate<String> notSite(@Nullable String siteName) {
        if (siteName == null) {
            return name -> true;
        }
        List<String> siteNames = BylineParser.structuredNames(siteName);
        String domainLetters = siteName.contains(".") && !siteName.contains(" ")
                ? letters(DOMAIN_PARTS.matcher(siteName).replaceAll("")) : null;
        // a one-word site name opening a credit is the site's regional desk or edition ("MDR Thüringen" on "MDR")
        String siteWord = siteName.strip().contains(" ") ? null : siteName.strip().toLowerCase(Locale.ROOT) + " ";
        return name -> !name.equalsIgnoreCase(siteName) && !siteNames.contains(name)
                && (siteWord == null || !name.toLowerCase(Locale.ROOT).startsWith(siteWord))
                && (domainLetters == null || domainLetters.isEmpty() || !letters(name).equals(domainLetters));
    }

    private static String letters(String text) {
        return NON_LETTERS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
