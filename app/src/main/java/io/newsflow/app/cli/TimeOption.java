package io.newsflow.app.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A time given on the command line ({@code --from}, {@code --to}): an ISO-8601 instant, or a date meaning a UTC day.
 */
final class TimeOption {

    private TimeOption() {}

    /**
     * Parses {@code value}; a date is the start of that UTC day, or with {@code endOfDay} the start of the next.
     *
     * @throws IllegalArgumentException naming {@code option} and the value, when it is neither
     */
    static Instant parse(String option, String value, boolean endOfDay) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(option + " must be a date (2019-03-14) or a time"
                        + " (2019-03-14T08:00:00Z), got '" + value + "'", e);
            }
        }
    }
}
