package io.newsflow.app.pipeline;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Gathers the operator's settings into one flat {@code key=value} map: the config file (YAML or .properties) first,
 * then {@code NEWSFLOW_*} environment variables over it. Each app's {@code *Config.load} puts its own defaults under
 * this map. The {@code newsflow} command is the only code that reads the environment, through this class.
 *
 * <p>YAML nests by dots ({@code ingest: {user.agent: x}} is {@code ingest.user.agent}); list items are numbered
 * ({@code ingest.sources.0.url}). An environment variable {@code NEWSFLOW_ENRICH_MIN_BODY_CHARS} sets
 * {@code enrich.min.body.chars}.
 */
public final class SettingsSource {

    private static final String ENV_PREFIX = "NEWSFLOW_";

    private SettingsSource() {}

    /**
     * The file's settings overlaid with the environment's.
     *
     * @throws IllegalArgumentException when the file cannot be read or parsed, with the file name and the cause
     */
    public static Map<String, String> load(Path file, Map<String, String> env) {
        Map<String, String> settings = new HashMap<>(file == null ? Map.of() : read(file));
        settings.putAll(fromEnvironment(env));
        return settings;
    }

    /** The {@code NEWSFLOW_*} variables as setting keys. */
    public static Map<String, String> fromEnvironment(Map<String, String> env) {
        Map<String, String> settings = new HashMap<>();
        env.forEach((name, value) -> {
            // NEWSFLOW_LOG_LEVEL, NEWSFLOW_ROOT_LOG_LEVEL and NEWSFLOW_LOG_FORMAT configure logging, not the stages
            if (name.startsWith(ENV_PREFIX)
                    && !name.startsWith("NEWSFLOW_LOG_")
                    && !name.startsWith("NEWSFLOW_ROOT_LOG_")) {
                settings.put(
                        name.substring(ENV_PREFIX.length())
                                .toLowerCase(Locale.ROOT)
                                .replace('_', '.'),
                        value);
            }
        });
        return settings;
    }

    /** The settings in a YAML or .properties file. */
    public static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("config file " + file + " does not exist or is not readable");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, String> settings = new HashMap<>();
            if (file.getFileName().toString().endsWith(".properties")) {
                Properties properties = new Properties();
                properties.load(reader);
                properties.stringPropertyNames().forEach(key -> settings.put(key, properties.getProperty(key)));
            } else {
                JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(reader);
                if (root != null && !root.isObject()) {
                    throw new IllegalArgumentException("config file " + file + " must hold a mapping of settings");
                }
                flatten("", root, settings);
            }
            return settings;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException(
                    "config file " + file
                            + (at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr()) + ": "
                            + e.getOriginalMessage().lines().findFirst().orElse(""),
                    e);
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "cannot read config file " + file + ": "
                            + e.getMessage().lines().findFirst().orElse(""),
                    e);
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(entry -> flatten(join(prefix, entry.getKey()), entry.getValue(), into));
        } else if (node.isArray() && node.size() > 0 && node.get(0).isValueNode()) {
            StringBuilder joined = new StringBuilder();
            node.forEach(item -> joined.append(joined.length() == 0 ? "" : ",").append(item.asText()));
            into.put(prefix, joined.toString());
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(join(prefix, String.valueOf(i)), node.get(i), into);
            }
        } else {
            into.put(prefix, node.asText());
        }
    }

    private static String join(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }
}
