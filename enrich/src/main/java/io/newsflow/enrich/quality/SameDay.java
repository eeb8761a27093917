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
 * the gold's offset when it gives one, else at the offset the page itself writes next to that instant (an ISO
 * timestamp in its markup denoting the same instant), else in UTC (a bare date is read as midnight UTC).
 */
public final class SameDay {

    private static final Pattern ISO_WITH_OFFSET = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)\\s?(Z|[+-]\\d{2}:?\\d{2})");

    private SameDay() {}

    /**
     * @param predicted the extractor's instant, null when it found none (never the same day)
     * @param gold the gold day
     * @param html the page's markup, searched for the offset the page gives the predicted instant
     */
    public static boolean matches(@Nullable Instant predicted, GoldDate gold, String html) {
        if (predicted == null) {
            return false;
        }
        ZoneOffset offset = gold.offset() != null ? gold.offset() : declaredOffset(html, predicted);
        return predicted.atOffset(offset).toLocalDate().equals(gold.day());
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
