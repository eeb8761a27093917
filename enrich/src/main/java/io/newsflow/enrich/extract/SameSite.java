package io.newsflow.enrich.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Whether a link points to the page's own site: teaser headlines of a listing do, a roundup's product links do not. */
final class SameSite {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://");
    private static final Pattern AFTER_HOST = Pattern.compile("[/:?#].*$");

    private SameSite() {}

    /** Whether {@code element} is or holds a link whose host is the page's host ({@code www.} aside). */
    static boolean linksWithin(Element element) {
        Element link = element.normalName().equals("a") ? element : element.selectFirst(Selectors.LINK);
        if (link == null) {
            return false;
        }
        String target = host(link.absUrl("href"));
        return !target.isEmpty() && target.equals(host(element.baseUri()));
    }

    static String host(String url) {
        String host = AFTER_HOST.matcher(SCHEME.matcher(url).replaceFirst("")).replaceFirst("")
                .toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
