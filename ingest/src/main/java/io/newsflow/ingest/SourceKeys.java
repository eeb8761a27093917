package io.newsflow.ingest;

import io.newsflow.runtime.config.Settings;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the numbered source keys, {@code ingest.sources.<n>.type} plus {@code .url} or {@code .path}, into
 * {@link SourceSpec}s ordered by number. Relative paths resolve against {@code ingest.base.dir}, else the working
 * directory.
 */
final class SourceKeys {

    static final String PREFIX = "ingest.sources.";
    static final String BASE_DIR = "ingest.base.dir";
    /** Per-source override: fetch the source although robots.txt disallows it. */
    static final String IGNORE_ROBOTS = "ignore.robots";
    private static final Set<String> ATTRIBUTES = Set.of("type", "url", "path", IGNORE_ROBOTS);

    private SourceKeys() {}

    static List<SourceSpec> read(Settings settings) {
        Map<Integer, Map<String, String>> byIndex = new TreeMap<>();
        settings.withPrefix(PREFIX).forEach((key, value) -> {
            String[] parts = key.split("\\.", 2);
            if (parts.length != 2 || !parts[0].matches("\\d{1,6}") || !ATTRIBUTES.contains(parts[1])) {
                settings.problem(PREFIX + key + " is not a source key; expected " + PREFIX + "<n>.type|url|path|"
                        + IGNORE_ROBOTS);
                return;
            }
            byIndex.computeIfAbsent(Integer.parseInt(parts[0]), n -> new TreeMap<>())
                    .put(parts[1], value.trim());
        });
        Path baseDir = baseDir(settings);
        List<SourceSpec> sources = new ArrayList<>();
        byIndex.forEach((index, attributes) ->
                spec(settings, PREFIX + index + ".", attributes, baseDir).ifPresent(sources::add));
        return sources;
    }

    private static Optional<SourceSpec> spec(
            Settings settings, String prefix, Map<String, String> attributes, Path baseDir) {
        String typeName = attributes.getOrDefault("type", "");
        Optional<SourceType> type = parseType(typeName);
        if (type.isEmpty()) {
            settings.problem(prefix + "type must be one of " + typeNames() + ", got '" + typeName + "'");
            return Optional.empty();
        }
        String url = attributes.getOrDefault("url", "");
        String path = attributes.getOrDefault("path", "");
        boolean pathAllowed = type.get() == SourceType.LIST;
        if (url.isEmpty() == path.isEmpty() || !path.isEmpty() && !pathAllowed) {
            settings.problem(prefix + (pathAllowed ? "url or .path (exactly one)" : "url") + " must be set for a "
                    + type.get().key() + " source");
            return Optional.empty();
        }
        if (!url.isEmpty()) {
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                settings.problem(prefix + "url must be an http(s) URL, got '" + url + "'");
                return Optional.empty();
            }
            return Optional.of(new SourceSpec(type.get(), url, ignoreRobots(settings, prefix, attributes)));
        }
        return resolve(settings, prefix, path, baseDir).map(file -> new SourceSpec(type.get(), file));
    }

    private static boolean ignoreRobots(Settings settings, String prefix, Map<String, String> attributes) {
        String value = attributes.getOrDefault(IGNORE_ROBOTS, "false");
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            settings.problem(prefix + IGNORE_ROBOTS + " must be true or false, got '" + value + "'");
        }
        return value.equalsIgnoreCase("true");
    }

    private static Optional<String> resolve(Settings settings, String prefix, String path, Path baseDir) {
        try {
            return Optional.of(baseDir.resolve(path).toAbsolutePath().normalize().toString());
        } catch (InvalidPathException e) {
            settings.problem(prefix + "path is not a valid path: '" + path + "' (" + e.getReason() + ")");
            return Optional.empty();
        }
    }

    private static Path baseDir(Settings settings) {
        String base = settings.optional(BASE_DIR).orElse("");
        try {
            return Path.of(base);
        } catch (InvalidPathException e) {
            settings.problem(BASE_DIR + " is not a valid path: '" + base + "' (" + e.getReason() + ")");
            return Path.of("");
        }
    }

    private static Optional<SourceType> parseType(String name) {
        for (SourceType type : SourceType.values()) {
            if (type.key().equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static List<String> typeNames() {
        return java.util.Arrays.stream(SourceType.values()).map(SourceType::key).toList();
    }
}
