package io.newsflow.enrich.quality;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A gold publication date: the calendar day, and the UTC offset when the gold gives a time with one (then the day is
 * the local day at that offset).
 *
 * @param day the publication day, local to the page
 * @param offset the offset the gold gives, null for a bare date
 */
public record GoldDate(LocalDate day, @Nullable ZoneOffset offset) {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** "2023-04-28 18:03:06+00:00", "2024-04-22 15:26:46.863186+00:00", "2023-04-28T18:03:06Z". */
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .appendOffset("+HH:MM", "Z")
            .parseDefaulting(ChronoField.NANO_OF_SECOND, 0)
            .toFormatter(java.util.Locale.ROOT);

    /**
     * Parses a gold value: a bare day ({@code 2025-09-04}) or a date-time with an offset; empty for null, blank or
     * partial or impossible dates ({@code 2025-09}, {@code 2022-29-11}), which give no day to compare.
     */
    public static Optional<GoldDate> parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            if (DAY.matcher(text).matches()) {
                return Optional.of(new GoldDate(LocalDate.parse(text), null));
            }
            OffsetDateTime time = OffsetDateTime.parse(text, DATE_TIME);
            return Optional.of(new GoldDate(time.toLocalDate(), time.getOffset()));
        } catch (DateTimeParseException e) {
            // not a full valid date (a month, "2022-29-11", free text): no gold day, like an item without a date
            return Optional.empty();
        }
    }
}
