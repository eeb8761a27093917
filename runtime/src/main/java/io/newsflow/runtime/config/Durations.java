package io.newsflow.runtime.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The one way newsflow reads a duration, in settings and on the command line. */
public final class Durations {

    private Durations() {}

    /**
     * Parses ISO-8601 ({@code PT30S}, {@code P1D}) or a whole number with a unit: {@code 500ms}, {@code 30s},
     * {@code 5m}, {@code 2h}, {@code 7d}.
     *
     * @throws IllegalArgumentException naming the value when it is neither
     */
    public static Duration parse(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        try {
            if (text.startsWith("p")) {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            }
            if (text.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
            }
            long amount = Long.parseLong(text.substring(0, Math.max(0, text.length() - 1)));
            return switch (text.charAt(text.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> throw new NumberFormatException("unknown unit");
            };
        } catch (DateTimeParseException | NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException(
                    "'" + value + "' is not a duration like 30s, 500ms, 5m, 2h, 7d or PT30S", e);
        }
    }
}
