package io.newsflow.enrich.extract;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads the short lines of an article header, in document order, into byline lines and date lines. A label set in
 * its own element names what the next line holds: "Written by" then the name, "Last updated" then a date that is not
 * the publication date. A short block whose text is all in child blocks ("Last updated / Aug 4, 2025 / Written by /
 * Jane Doe") is read line by line, so one line's label never colours another's value.
 */
final class HeaderLines {

    /**
     * A date that opens a paragraph before a dash or after a parenthesis: "27.1.2022 – Bei der ...", "(21. Mai 2022)
     * ...".
     */
    private static final Pattern LEADING_DATE = Pattern.compile("^\\(?([^()]{6,32}?)(?:\\)\\s*|\\s+[–—\\-|]\\s+)");

    /** Child elements whose text is not a header line. */
    private static final TokenSet SKIPPED_PARTS = TokenSet.of(
            "header line skipped parts", "script", "style", "noscript", "svg", "button", "select", "template");

    /** A date alone ("27.01.2022", "1. Februar 2022 12:30"), not a headline that mentions a date. */
    private static final int DATE_ONLY_CHARS = 32;

    /** Separators between the parts of a date line. */
    private static final Pattern DATE_LINE_SEPARATOR = Pattern.compile("\\s+[-–—|·•]\\s+");

    private final List<String> bylines = new ArrayList<>();
    private final List<String> dateTexts = new ArrayList<>();
    private @Nullable String pendingPrefix;
    private boolean pendingUpdate;

    List<String> bylines() {
        return bylines;
    }

    List<String> dateTexts() {
        return dateTexts;
    }

    /** Notes a short element: its line, or the lines of its child blocks when all its text is in them. */
    void note(Element element, String text) {
        List<Element> parts = parts(element);
        if (parts.size() < 2) {
            noteLine(text);
            return;
        }
        if (BylineParser.isByline(text)) {
            bylines.add(text); // "<span>By</span> <a>Jane Doe</a>": the whole is a byline too
        } else {
            // "<span>2025-12-17</span><span>·</span><a>Jane Doe</a>": a date line set in parts ends with its author;
            // the parts are spaced apart by style, not in the text
            String spaced = String.join(" ", parts.stream().map(part -> TextNormalizer.collapse(part.text())).toList());
            if (DateTextParser.parse(spaced, ZoneOffset.UTC).isPresent()) {
                trailingName(spaced).ifPresent(bylines::add);
            }
        }
        for (Element part : parts) {
            note(part, TextNormalizer.collapse(part.text()));
        }
    }

    /** Notes the date a long paragraph opens with ("27.1.2022 – ..."), the dateline of a press release or blog post. */
    void noteLeadingDate(Element element, String text) {
        if (!element.normalName().equals("p")) {
            return;
        }
        Matcher leading = LEADING_DATE.matcher(text);
        if (leading.find() && !HeadlineArea.isUpdateLine(text.toLowerCase(Locale.ROOT))
                && DateTextParser.parse(leading.group(1), ZoneOffset.UTC).isPresent()) {
            dateTexts.add(leading.group(1).strip());
        }
    }

    /**
     * Notes the date a block holds in its own text beside its child elements ({@code <div class="author"><a>Jane
     * Doe</a>, 21. Jan. 2015 <div>rating ...</div></div>}): the block is too long to be a line, but the words it
     * writes itself, between its children, are the byline's date.
     */
    void noteOwnDate(Element element) {
        String own = BylineParser.LEADING_DECORATION.matcher(TextNormalizer.collapse(element.ownText()))
                .replaceFirst("");
        if (isPublicationDateOnly(own)) {
            dateTexts.add(own);
        }
    }

    /** Whether {@code text} is a date and nothing more ("April 8, 2024"), and no update's. */
    static boolean isPublicationDateOnly(String text) {
        return !text.isEmpty() && text.length() <= DATE_ONLY_CHARS
                && !HeadlineArea.isUpdateLine(text.toLowerCase(Locale.ROOT))
                && DateTextParser.parse(text, ZoneOffset.UTC).isPresent();
    }

    /** Notes the date lines set inside the headline element itself (a date in its kicker). */
    void noteInsideHeadline(Element headline) {
        for (Element child : headline.getAllElements()) {
            String text = TextNormalizer.collapse(child.ownText());
            if (child != headline && !text.isEmpty() && text.length() <= DATE_ONLY_CHARS
                    && DateTextParser.parse(text, ZoneOffset.UTC).isPresent()) {
                dateTexts.add(text);
            }
        }
    }

    private void noteLine(String text) {
        if (text.isEmpty()) {
            return;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (pendingPrefix != null && !BylineParser.names(pendingPrefix + " " + text).isEmpty()) {
            bylines.add(pendingPrefix + " " + text);
        }
        pendingPrefix = BylineParser.isPrefixOnly(text)
                ? BylineParser.LEADING_DECORATION.matcher(text).replaceFirst("") : null;
        if (BylineParser.isByline(text)) {
            bylines.add(text);
        }
        boolean update = HeadlineArea.isUpdateLine(lower);
        boolean date = DateTextParser.parse(text, ZoneOffset.UTC).isPresent();
        if (date && !update && !pendingUpdate) {
            dateTexts.add(text);
            trailingName(text).ifPresent(bylines::add);
        }
        // "Last updated" alone: the date in the next line is the update's
        pendingUpdate = update && !date;
    }

    /**
     * The byline of a date line that ends with a name after a separator ("11.12.2019 - Amelie Loevenich",
     * "04.02.2022 | 13:10 Uhr | Uta Helkenberg") or opens with one before it ("Uta Helkenberg | 04.02.2022"): only a
     * last or first part that is a name and nothing else, the last one first.
     */
    private static Optional<String> trailingName(String line) {
        String[] parts = DATE_LINE_SEPARATOR.split(line);
        if (parts.length < 2) {
            return Optional.empty();
        }
        for (String end : List.of(parts[parts.length - 1].strip(), parts[0].strip())) {
            List<String> names = BylineParser.names("By " + end);
            if (names.size() == 1 && names.get(0).equals(end)) {
                return Optional.of("By " + end);
            }
        }
        return Optional.empty();
    }

    private static List<Element> parts(Element element) {
        List<Element> parts = new ArrayList<>();
        if (!BylineParser.LEADING_DECORATION.matcher(element.ownText()).replaceFirst("").isEmpty()) {
            return parts; // "Updated <time>...</time>": the text around the children belongs to them
        }
        for (Element child : element.children()) {
            if (!SKIPPED_PARTS.contains(child.normalName()) && !TextNormalizer.collapse(child.text()).isEmpty()) {
                parts.add(child);
            }
        }
        return parts;
    }
}
