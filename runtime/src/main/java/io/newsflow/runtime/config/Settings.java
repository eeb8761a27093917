package io.newsflow.runtime.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Flat {@code key=value} settings with typed, validated getters that collect every problem, so that an app's
 * {@code *Config.load} reports all bad values in one exception instead of the first one.
 *
 * <p>Values come from a classpath {@code defaults.properties} (which documents every key) overlaid with what the
 * operator set (config file, then environment); the {@code newsflow} command does the overlaying.
 */
public final class Settings {

    private final Map<String, String> values;
    private final List<String> problems = new ArrayList<>();

    private Settings(Map<String, String> values) {
        this.values = values;
    }

    /** The defaults resource of {@code owner}'s package overlaid with {@code overrides}. */
    public static Settings of(Class<?> owner, String defaultsResource, Map<String, String> overrides) {
        Map<String, String> merged = new HashMap<>(defaults(owner, defaultsResource));
        merged.putAll(overrides);
        return new Settings(merged);
    }

    /** The keys of a properties resource next to {@code owner}: the settings it documents. */
    public static KnownKeys keys(Class<?> owner, String resource, String... prefixes) {
        return KnownKeys.of(defaults(owner, resource).keySet(), prefixes);
    }

    /** Reads a properties resource next to {@code owner}. */
    public static Map<String, String> defaults(Class<?> owner, String resource) {
        Properties properties = new Properties();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        "missing defaults resource " + resource + " next to " + owner.getName());
            }
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        Map<String, String> map = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> map.put(key, properties.getProperty(key).trim()));
        return map;
    }

    /** A required string. */
    public String string(String key) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            problems.add(key + " must be set");
            return "";
        }
        return value;
    }

    /** An optional string: empty when unset or blank. */
    public Optional<String> optional(String key) {
        return Optional.ofNullable(values.get(key)).map(String::trim).filter(value -> !value.isEmpty());
    }

    /** An integer within {@code [min, max]}. */
    public int integer(String key, int min, int max) {
        String value = string(key);
        try {
            int parsed = Integer.parseInt(value.replace("_", ""));
            if (parsed < min || parsed > max) {
                problems.add(key + " must be between " + min + " and " + max + ", got " + parsed);
            }
            return parsed;
        } catch (NumberFormatException e) {
            if (!value.isEmpty()) {
                problems.add(key + " must be a whole number, got '" + value + "'");
            }
            return min;
        }
    }

    /**
     * A thread count within {@code [1, max]}, or {@code auto}: the processors available to this JVM (at most
     * {@code max}), so that a stage uses the cores of whatever machine or container quota it runs on.
     */
    public int threads(String key, int max) {
        if (string(key).trim().equalsIgnoreCase("auto")) {
            return Math.max(1, Math.min(max, Runtime.getRuntime().availableProcessors()));
        }
        return integer(key, 1, max);
    }

    /** A size in bytes, written as a number with an optional KiB/MiB/GiB suffix. */
    public long bytes(String key, long min, long max) {
        String value = string(key).replace(" ", "");
        long unit = 1;
        for (String[] suffix : new String[][] {{"KiB", "1024"}, {"MiB", "1048576"}, {"GiB", "1073741824"}}) {
            if (value.endsWith(suffix[0])) {
                unit = Long.parseLong(suffix[1]);
                value = value.substring(0, value.length() - suffix[0].length());
            }
        }
        try {
            long parsed = Long.parseLong(value) * unit;
            if (parsed < min || parsed > max) {
                problems.add(key + " must be between " + min + " and " + max + " bytes, got " + parsed);
            }
            return parsed;
        } catch (NumberFormatException e) {
            problems.add(key + " must be a size like 5MiB, got '" + values.get(key) + "'");
            return min;
        }
    }

    /**
     * A duration written as ISO-8601 ({@code PT10S}) or as a number with a unit: {@code 500ms}, {@code 10s},
     * {@code 5m}, {@code 2h}.
     */
    public Duration duration(String key) {
        String value = string(key);
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException e) {
            if (!value.isEmpty()) {
                problems.add(key + " must be a duration like 10s, 500ms or PT1M, got '" + value + "'");
            }
            return Duration.ZERO;
        }
    }

    /** A boolean, {@code true} or {@code false}. */
    public boolean bool(String key) {
        String value = string(key);
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            problems.add(key + " must be true or false, got '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    /** A comma-separated list; empty when unset. */
    public List<String> list(String key) {
        return optional(key)
                .map(value -> Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /**
     * Every key under {@code prefix}, with the prefix removed, e.g. the {@code kafka.} pass-through client settings.
     */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> result = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                result.put(key.substring(prefix.length()), value);
            }
        });
        return result;
    }

    /** Records a problem found by the caller's own validation. */
    public void problem(String message) {
        problems.add(message);
    }

    /**
     * Fails with every problem found so far.
     *
     * @throws InvalidSettingsException listing all problems when there is any
     */
    public void validate(String app) {
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(app, problems);
        }
    }
}
