package io.newsflow.enrich.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.internal.StringUtil;
import org.jspecify.annotations.Nullable;

/**
 * Finds the lead image: its URL from JSON-LD, Open Graph or Twitter cards, else the first figure; its caption and
 * credit from JSON-LD, else from the first figure's caption (a credit element, or a trailing "© ..."/"Foto: ...").
 */
final class LeadImageResolver {

    /** Meta keys holding the lead image URL, in order of preference. */
    static final List<String> IMAGE_META_KEYS =
            List.of("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src");

    /** Attributes holding an image URL; lazy-loading attributes first because src is then a placeholder. */
    static final List<String> IMAGE_SOURCE_ATTRIBUTES = List.of("data-src", "data-original", "data-lazy-src", "src");

    /** Words that introduce a credit; the credit is what follows. */
    private static final Pattern CREDIT_INTRO = Pattern.compile(
            "(?:©|\\(c\\)|(?:Foto|Fotos|Photo|Photos|Photograph|Picture|Bild|Bilder|Image|Credit|Quelle|Crédit|Crédits"
                    + "|Imagen|Fotografía)\\s*:)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private LeadImageResolver() {}

    static @Nullable LeadImage resolve(JsonLdArticle ld, PageSignals signals, String baseUrl) {
        String url = ld.imageUrl();
        if (url == null) {
            url = signals.meta(IMAGE_META_KEYS.toArray(String[]::new));
        }
        Element leadFigure = leadFigure(signals.figures(), url);
        FigureCaption figure = leadFigure == null ? null : figureCaption(leadFigure);
        if (url == null && leadFigure != null) {
            url = figureImage(leadFigure);
        }
        String absolute = url == null ? "" : absolute(url, baseUrl);
        if (absolute.isEmpty()) {
            return null;
        }
        String credit =
                ld.imageCredit() != null ? cleanCredit(ld.imageCredit()) : figure == null ? null : figure.credit();
        String caption = ld.imageCaption() != null ? ld.imageCaption() : figure == null ? null : figure.caption();
        return new LeadImage(absolute, caption == null ? null : withoutCredit(caption, credit), credit);
    }

    /** "schoigu-pjoengjang-1200.jpg?w=800" and "Schoigu-Pjoengjang_640.JPG" both give "schoigu-pjoengjang". */
    private static final Pattern SIZE_SUFFIX =
            Pattern.compile("([-_.@]?(\\d{2,4}(x\\d{2,4})?|\\d?x|small|medium|large|thumb))+$");

    /**
     * The figure showing the declared lead image (same file name, ignoring size suffixes); without a declared image,
     * the first figure. A figure of another picture never lends the lead image its caption.
     */
    private static @Nullable Element leadFigure(List<Element> figures, @Nullable String declaredUrl) {
        if (declaredUrl == null) {
            return figures.isEmpty() ? null : figures.get(0);
        }
        String stem = stem(declaredUrl);
        for (Element figure : figures) {
            String src = figureImage(figure);
            if (src != null && !stem.isEmpty() && stem(src).equals(stem)) {
                return figure;
            }
        }
        return null;
    }

    private static String stem(String url) {
        String path = url.replaceFirst("[?#].*$", "");
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        int dot = name.lastIndexOf('.');
        name = dot > 0 ? name.substring(0, dot) : name;
        return SIZE_SUFFIX.matcher(name).replaceFirst("");
    }

    private record FigureCaption(@Nullable String caption, @Nullable String credit) {}

    private static FigureCaption figureCaption(Element figure) {
        Element caption = figure.selectFirst(Selectors.FIGCAPTION);
        if (caption == null) {
            return new FigureCaption(null, null);
        }
        String credit = null;
        for (Element child : caption.getAllElements()) {
            if (DomRules.CREDIT_TOKENS.containsAny(ClassTokens.of(child))) {
                credit = cleanCredit(child.text());
                break;
            }
        }
        String text = TextNormalizer.collapse(caption.text());
        if (credit == null) {
            Matcher intro = CREDIT_INTRO.matcher(text);
            if (intro.find()) {
                credit = cleanCredit(text.substring(intro.end()));
                text = text.substring(0, intro.start());
            }
        }
        return new FigureCaption(blankToNull(withoutCredit(text, credit)), blankToNull(credit));
    }

    private static @Nullable String figureImage(Element figure) {
        Element image = figure.selectFirst(Selectors.IMAGE);
        if (image == null) {
            return null;
        }
        for (String attribute : IMAGE_SOURCE_ATTRIBUTES) {
            String url = image.attr(attribute);
            if (!url.isBlank()) {
                return absolute(url, image.baseUri());
            }
        }
        return null;
    }

    /** The credit without a leading "©" or "Foto:". */
    static String cleanCredit(String credit) {
        String text = TextNormalizer.collapse(credit);
        Matcher intro = CREDIT_INTRO.matcher(text);
        return intro.lookingAt() ? text.substring(intro.end()).strip() : text;
    }

    private static String withoutCredit(String caption, @Nullable String credit) {
        String text = TextNormalizer.collapse(caption);
        if (credit != null && text.endsWith(credit)) {
            text = text.substring(0, text.length() - credit.length());
            Matcher intro = CREDIT_INTRO.matcher(text);
            int cut = -1;
            while (intro.find()) {
                cut = intro.end() == text.length() ? intro.start() : cut;
            }
            text = cut >= 0 ? text.substring(0, cut) : text;
        }
        return text.strip();
    }

    /** Resolves {@code url} against the page URL without throwing on malformed input (then it is dropped). */
    static String absolute(String url, String baseUrl) {
        String trimmed = url.strip();
        if ((trimmed.startsWith("https://") || trimmed.startsWith("http://"))
                && trimmed.chars().noneMatch(c -> c <= ' ')) {
            return trimmed; // already absolute: resolving would parse it for nothing
        }
        return StringUtil.resolve(baseUrl, trimmed);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
