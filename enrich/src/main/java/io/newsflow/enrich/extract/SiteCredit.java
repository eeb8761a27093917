package io.newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether an author credit is the site itself: its name ("Jobs & Hire"), a name read from it ("Jobs" and "Hire"),
 * the same letters as a site named by its domain ("El Colombiano" on a site named "www.elcolombiano.com"), or a desk
 * named with the site's acronym ("MDR Thüringen" on a site named "MDR").
 */
final class SiteCredit {

    /** A site name given as a domain: "www." and the top-level domain are no part of the name. */
    private static final Pattern DOMAIN_PARTS = Pattern.compile("^(?i:www\\.)|\\.\\p{Alpha}{2,6}$");

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    /** A site named by an acronym: "MDR", "NDR", "BBC". */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

    private SiteCredit() {}

    /** Accepts the names that are not {@code siteName}'s; all names when the site has none. */
    static Predicate<String> notSite(@Nullable String siteName) {
        if (siteName == null) {
            return name -> true;
        }
        List<String> siteNames = BylineParser.structuredNames(siteName);
        String domainLetters = siteName.contains(".") && !siteName.contains(" ")
                ? letters(DOMAIN_PARTS.matcher(siteName).replaceAll("")) : null;
        // a site's acronym opening a credit is its regional desk or edition ("MDR Thüringen" on "MDR"); not any
        // one-word site name: a personal site named "Marion" may be credited to "Marion Weber"
        String siteWord = ACRONYM.matcher(siteName.strip()).matches()
                ? siteName.strip().toLowerCase(Locale.ROOT) + " " : null;
        return name -> !name.equalsIgnoreCase(siteName) && !siteNames.contains(name)
                && (siteWord == null || !name.toLowerCase(Locale.ROOT).startsWith(siteWord))
                && (domainLetters == null || domainLetters.isEmpty() || !letters(name).equals(domainLetters));
    }

    private static String letters(String text) {
        return NON_LETTERS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
