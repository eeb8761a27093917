import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Makes heavy variants of the golden pages for the extraction benchmark: each page gets the clutter that real news
 * pages carry (a {@code __NEXT_DATA__} JSON blob, tracking and config scripts, inline CSS, an SVG icon sprite, a
 * mega navigation menu, teaser rails, ad slots and a link-heavy footer) until it reaches a target size between 80
 * and 250 KB. The article text is never repeated; the clutter is generated from a fixed seed, so runs are repeatable.
 *
 * <p>Run with the JDK's single-file launcher (nothing to compile):
 * {@code java enrich/src/test/resources/bench/HeavyPages.java enrich/src/test/resources/golden enrich/target/bench-heavy}
 */
public final class HeavyPages {

    private static final int MIN_BYTES = 80 * 1024;
    private static final int MAX_BYTES = 250 * 1024;

    private static final List<String> WORDS = List.of(
            "politik", "economy", "sport", "kultur", "wissen", "meinung", "regional", "panorama", "digital", "reise",
            "auto", "gesundheit", "karriere", "immobilien", "video", "podcast", "newsletter", "abo", "epaper",
            "weather", "crossword", "markets", "science", "climate", "europe", "world", "business", "tech", "style",
            "food", "travel", "opinion", "local", "events", "obituaries", "jobs", "lifestyle", "family", "education");

    private final Random random;
    private final StringBuilder out = new StringBuilder(MAX_BYTES + 16 * 1024);

    private HeavyPages(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java HeavyPages.java GOLDEN_DIR OUT_DIR");
            System.exit(2);
        }
        Path golden = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(golden)) {
            pages = walk.filter(p -> p.getFileName().toString().equals("page.html")).sorted().toList();
        }
        long total = 0;
        for (Path page : pages) {
            String name = page.getParent().getFileName().toString();
            // read and written byte for byte (Latin-1 maps bytes to chars one to one), so pages in legacy
            // encodings keep theirs; the clutter is ASCII
            String html = Files.readString(page, StandardCharsets.ISO_8859_1);
            long seed = name.hashCode();
            int targetBytes = MIN_BYTES + new Random(seed).nextInt(MAX_BYTES - MIN_BYTES);
            String heavy = new HeavyPages(seed).inflate(html, targetBytes);
            Files.writeString(target.resolve(name + ".html"), heavy, StandardCharsets.ISO_8859_1);
            total += heavy.length();
        }
        System.out.printf(Locale.ROOT, "%d pages written to %s, mean %.1f KiB%n", pages.size(), target,
                pages.isEmpty() ? 0.0 : total / 1024.0 / pages.size());
    }

    /** The page with clutter in the head, before the body's content and after it, up to about targetBytes. */
    private String inflate(String html, int targetBytes) {
        int headEnd = indexOfIgnoreCase(html, "</head>");
        int bodyStart = indexOfIgnoreCase(html, "<body");
        int bodyOpenEnd = bodyStart < 0 ? -1 : html.indexOf('>', bodyStart) + 1;
        int bodyEnd = indexOfIgnoreCase(html, "</body>");
        if (headEnd < 0 || bodyOpenEnd <= 0 || bodyEnd < bodyOpenEnd) {
            return html; // not a full document: left as it is
        }
        int budget = Math.max(0, targetBytes - html.length());
        String head = headClutter(budget * 45 / 100);
        String top = svgSprite(budget * 8 / 100) + megaNav(budget * 12 / 100) + adSlot();
        String bottom = teaserRail(budget * 12 / 100) + footer(budget * 8 / 100) + nextData(budget * 15 / 100)
                + trackingScripts();
        return html.substring(0, headEnd) + head + html.substring(headEnd, bodyOpenEnd) + top
                + html.substring(bodyOpenEnd, bodyEnd) + bottom + html.substring(bodyEnd);
    }

    private String headClutter(int bytes) {
        out.setLength(0);
        out.append("<link rel=\"preload\" href=\"/static/fonts/sans-regular.woff2\" as=\"font\" crossorigin>\n");
        out.append("<style data-emotion=\"css\">");
        int cssEnd = bytes * 2 / 3;
        while (out.length() < cssEnd) {
            String cls = "css-" + Integer.toString(random.nextInt(1 << 24), 36);
            out.append('.').append(cls).append("{display:").append(random.nextBoolean() ? "flex" : "block")
                    .append(";margin:0 ").append(random.nextInt(32)).append("px;padding:").append(random.nextInt(24))
                    .append("px;font-size:").append(12 + random.nextInt(12)).append("px;color:#")
                    .append(Integer.toHexString(0x100000 + random.nextInt(0xEFFFFF))).append(";}")
                    .append("@media (min-width:").append(600 + random.nextInt(800)).append("px){.").append(cls)
                    .append("{grid-template-columns:repeat(").append(2 + random.nextInt(4)).append(",1fr);}}");
        }
        out.append("</style>\n<script>window.dataLayer=window.dataLayer||[];window.__CONFIG__={");
        while (out.length() < bytes) {
            out.append('"').append(word()).append('_').append(random.nextInt(1000)).append("\":{\"enabled\":")
                    .append(random.nextBoolean()).append(",\"variant\":\"").append(word()).append("\",\"weight\":")
                    .append(random.nextInt(100)).append(",\"endpoint\":\"https://cdn.example/").append(word())
                    .append('/').append(Long.toHexString(random.nextLong())).append(".js\"},");
        }
        out.append("\"v\":1};</script>\n");
        return out.toString();
    }

    private String svgSprite(int bytes) {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" style=\"display:none\">");
        while (svg.length() < bytes) {
            svg.append("<symbol id=\"icon-").append(word()).append('-').append(random.nextInt(1000))
                    .append("\" viewBox=\"0 0 24 24\"><path d=\"M");
            for (int i = 0; i < 24; i++) {
                svg.append(random.nextInt(24)).append('.').append(random.nextInt(100)).append(i % 2 == 0 ? ' ' : 'L');
            }
            svg.append("Z\"/></symbol>");
        }
        return svg.append("</svg>\n").toString();
    }

    private String megaNav(int bytes) {
        StringBuilder nav = new StringBuilder("<nav class=\"site-nav\" aria-label=\"Hauptnavigation\"><ul class=\"menu\">");
        while (nav.length() < bytes) {
            String section = word();
            nav.append("<li class=\"menu__item menu__item--has-children\"><a class=\"menu__link\" href=\"/")
                    .append(section).append("/\">").append(capitalised(section)).append("</a><ul class=\"submenu\">");
            for (int i = 0; i < 8; i++) {
                String sub = word();
                nav.append("<li class=\"submenu__item\"><a href=\"/").append(section).append('/').append(sub)
                        .append("/\">").append(capitalised(sub)).append("</a></li>");
            }
            nav.append("</ul></li>");
        }
        return nav.append("</ul></nav>\n").toString();
    }

    private String adSlot() {
        return "<div class=\"ad-container ad-container--leaderboard\"><div id=\"div-gpt-ad-" + random.nextInt(100000)
                + "\" data-ad-unit=\"/1234/news/leaderboard\" style=\"min-height:250px\"></div>"
                + "<script>googletag.cmd.push(function(){googletag.display('div-gpt-ad');});</script></div>\n";
    }

    private String teaserRail(int bytes) {
        StringBuilder rail = new StringBuilder("<section class=\"teaser-rail related\"><h2>Mehr zum Thema</h2><ul>");
        while (rail.length() < bytes) {
            String slug = word() + "-" + word() + "-" + random.nextInt(100000);
            rail.append("<li class=\"teaser\"><a class=\"teaser__link\" href=\"/").append(word()).append('/')
                    .append(slug).append(".html\"><picture><source srcset=\"/img/").append(slug)
                    .append("-480.webp 480w, /img/").append(slug).append("-960.webp 960w\" type=\"image/webp\"><img src=\"/img/")
                    .append(slug).append("-480.jpg\" alt=\"\" loading=\"lazy\" width=\"480\" height=\"270\"></picture>")
                    .append("<span class=\"teaser__kicker\">").append(capitalised(word())).append("</span>")
                    .append("<span class=\"teaser__title\">").append(headline()).append("</span></a></li>");
        }
        return rail.append("</ul></section>\n").toString();
    }

    private String footer(int bytes) {
        StringBuilder footer = new StringBuilder("<footer class=\"site-footer\"><div class=\"footer__columns\">");
        while (footer.length() < bytes) {
            footer.append("<div class=\"footer__column\"><h3>").append(capitalised(word())).append("</h3><ul>");
            for (int i = 0; i < 10; i++) {
                footer.append("<li><a href=\"/").append(word()).append("/\">").append(capitalised(word()))
                        .append(' ').append(capitalised(word())).append("</a></li>");
            }
            footer.append("</ul></div>");
        }
        return footer.append("</div><p class=\"footer__legal\">Alle Rechte vorbehalten.</p></footer>\n").toString();
    }

    private String nextData(int bytes) {
        StringBuilder json = new StringBuilder(
                "<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"pageProps\":{\"teasers\":[");
        while (json.length() < bytes) {
            json.append("{\"id\":\"").append(Long.toHexString(random.nextLong())).append("\",\"title\":\"")
                    .append(headline()).append("\",\"url\":\"/").append(word()).append('/').append(word())
                    .append("-").append(random.nextInt(100000)).append(".html\",\"published\":\"20")
                    .append(10 + random.nextInt(15)).append("-0").append(1 + random.nextInt(9)).append("-1")
                    .append(random.nextInt(10)).append("T0").append(random.nextInt(10)).append(":00:00Z\",\"image\":{\"src\":\"/img/")
                    .append(Long.toHexString(random.nextLong())).append(".jpg\",\"width\":960,\"height\":540}},");
        }
        return json.append("{}]}},\"page\":\"/[section]/[slug]\",\"buildId\":\"")
                .append(Long.toHexString(random.nextLong())).append("\"}</script>\n").toString();
    }

    private String trackingScripts() {
        return "<script async src=\"https://www.tracking.example/gtag/js?id=G-XXXX\"></script>"
                + "<script>(function(w,d){var s=d.createElement('script');s.async=true;s.src='/static/consent.js';"
                + "d.head.appendChild(s);w.addEventListener('load',function(){w.dataLayer.push({event:'pageview'});});"
                + "})(window,document);</script>\n";
    }

    private String headline() {
        StringBuilder headline = new StringBuilder(capitalised(word()));
        int words = 5 + random.nextInt(6);
        for (int i = 1; i < words; i++) {
            headline.append(' ').append(word());
        }
        return headline.toString();
    }

    private String word() {
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static int indexOfIgnoreCase(String text, String needle) {
        return text.toLowerCase(Locale.ROOT).indexOf(needle);
    }
}
