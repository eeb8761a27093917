package io.newsflow.enrich.quality;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether a predicted publication instant falls on the gold day. The day is taken in the page's own local time: at
 * the gold's offset when it gives one, else the local day the extractor states with the instant (the page's own
 * form, so a local time read in the page's zone is not shifted a day by converting to UTC), else at the offset the
 * page itself writes next to that instant (an ISO timestamp in its markup denoting the same instant), else in UTC
 * (a bare date is read as midnight UTC).
 */
public final class SameDay {

    private static final Pattern ISO_WITH_OFFSET = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)\\s?(Z|[+-]\\d{2}:?\\d{2})");

    /** The day at the start of an ISO local form. */
    private static final Pattern LOCAL_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private SameDay() {}

    /**
     * @param predicted the extractor's instant, null when it found none (never the same day)
     * @param gold the gold day
     * @param html the page's markup, searched for the offset the page gives the predicted instant
     */
    public static boolean matches(@Nullable Instant predicted, GoldDate gold, String html) {
        return matches(predicted, null, gold, html);
    }

    /**
     * @param predicted the extractor's instant, null when it found none (never the same day)
     * @param local the extractor's local form of that instant ("2024-08-27T00:30:00+02:00", "2024-08-27"), null when
     *     it gives none; compared by its day when the gold gives no offset
     * @param gold the gold day
     * @param html the page's markup, searched for the offset the page gives the predicted instant
     */
    public static boolean matches(@Nullable Instant predicted, @Nullable String local, GoldDate gold, String html) {
        if (predicted == null) {
            return false;
        }
        if (gold.offset() == null && local != null && statesLocalDay(local)) {
            return local.startsWith(gold.day().toString());
        }
        ZoneOffset offset = gold.offset() != null ? gold.offset() : declaredOffset(html, predicted);
        return predicted.atOffset(offset).toLocalDate().equals(gold.day());
    }

    /**
     * Whether {@code local} names the page's own day: a day alone, or a time at a non-UTC offset. A UTC form may be
     * a conversion the page made (its markup may write the same instant at its own offset elsewhere): the markup
     * decides then.
     */
    private static boolean statesLocalDay(String local) {
        return LOCAL_DAY.matcher(local).lookingAt() && !local.endsWith("Z") && !local.endsWith("+00:00");
    }

    /** The offset of the first ISO timestamp in {@code html} that denotes {@code instant} (to the second), else UTC. */
    static ZoneOffset declaredOffset(String html, Instant instant) {
        Matcher m = ISO_WITH_OFFSET.matcher(html);
        while (m.find()) {
            OffsetDateTime time = parse(m.group(1), m.group(2), m.group(3));
            if (time != null && Math.abs(time.toInstant().getEpochSecond() - instant.getEpochSecond()) < 1) {
                return time.getOffset();
            }
        }
        return ZoneOffset.UTC;
    }

    private static @Nullable OffsetDateTime parse(String day, String time, String offset) {
        String zone = offset.equals("Z") || offset.contains(":") ? offset
                : offset.substring(0, 3) + ":" + offset.substring(3);
        String seconds = time.length() == 5 ? time + ":00" : time;
        try {
            return OffsetDateTime.parse(day + "T" + seconds + zone);
        } catch (DateTimeParseException e) {
            // an impossible date or offset in the markup ("2020-13-45"): not the one the extractor read
            return null;
        }
    }
}
