package io.newsflow.enrich.extract;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The times a page writes with an explicit offset other than UTC, in its {@code datetime} attributes, meta and
 * microdata {@code content} values and JSON-LD: "2023-11-08T21:11:03-05:00". A CMS that declares its publication time
 * in UTC often writes the same instant at the site's own offset elsewhere (the header's {@code <time>}, a video's
 * upload date), and that offset gives the day the page was published where it is ({@link LocalTwin}).
 *
 * @param times the times, in document order, at most {@link #MAX_TIMES}
 */
record OffsetTimes(List<OffsetDateTime> times) {

    /** A page with more is a listing; the first ones are the page's own. */
    static final int MAX_TIMES = 60;

    private static final Pattern WITH_OFFSET = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?[+-]\\d{2}:?\\d{2}");

    OffsetTimes {
        times = List.copyOf(times);
    }

    /** {@link #scan}, done once, when first asked: only a publication time stated in UTC needs it. */
    static Supplier<OffsetTimes> lazy(Document page) {
        return new Once<>(() -> scan(page));
    }

    static OffsetTimes scan(Document page) {
        List<OffsetDateTime> times = new ArrayList<>();
        for (Element element : page.select(Selectors.DATED)) {
            String value = element.hasAttr("datetime") ? element.attr("datetime")
                    : element.normalName().equals("script") ? ldJson(element) : element.attr("content");
            Matcher m = WITH_OFFSET.matcher(value);
            while (m.find() && times.size() < MAX_TIMES) {
                parse(m.group()).ifPresent(times::add);
            }
        }
        return new OffsetTimes(times);
    }

    private static String ldJson(Element script) {
        return script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json") ? script.data() : "";
    }

    private static Optional<OffsetDateTime> parse(String value) {
        String text = value.length() > 5 && value.charAt(value.length() - 3) != ':'
                ? value.substring(0, value.length() - 2) + ":" + value.substring(value.length() - 2) : value;
        try {
            OffsetDateTime time = OffsetDateTime.parse(text);
            return time.getOffset().getTotalSeconds() == 0 ? Optional.empty() : Optional.of(time);
        } catch (DateTimeParseException e) {
            return Optional.empty(); // "2020-13-45T..." is no time: not a twin of anything
        }
    }
}
