package io.newsflow.publish.route;

import io.newsflow.runtime.config.KnownKeys;
import io.newsflow.runtime.config.Settings;
import io.newsflow.schemas.avro.ArticleKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code publish.routes}, a YAML list whose items the settings loader numbers ({@code publish.routes.0.name},
 * {@code publish.routes.0.when.language}). Every problem becomes one line naming the route and what is wrong; an
 * unknown key gets the closest known one, as top-level settings do.
 */
public final class RouteSettings {

    /** The settings prefix of routes. */
    public static final String PREFIX = "publish.routes.";
    /** Names the fixed outputs use in the route-name header; a configured route may not take them. */
    public static final Set<String> RESERVED_NAMES = Set.of("articles", "mentions", "stories");

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private RouteSettings() {}

    /** The routes in {@code settings}, in list order; problems are recorded on {@code settings}. */
    public static List<Route> read(Settings settings) {
        Map<String, Map<String, String>> items = new TreeMap<>();
        settings.withPrefix(PREFIX).forEach((key, value) -> {
            int dot = key.indexOf('.');
            items.computeIfAbsent(dot < 0 ? key : key.substring(0, dot), index -> new TreeMap<>())
                    .put(dot < 0 ? "" : key.substring(dot + 1), value);
        });
        List<Route> routes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        items.entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> Integer.compare(index(a), index(b))))
                .forEach(item -> read(item.getKey(), item.getValue(), settings, names).ifPresent(routes::add));
        return List.copyOf(routes);
    }

    private static Optional<Route> read(String index, Map<String, String> keys, Settings settings, Set<String> names) {
        String name = keys.getOrDefault("name", "").trim();
        String label = "publish route " + (name.isEmpty() ? "#" + index : "'" + name + "'") + ": ";
        List<String> problems = new ArrayList<>();
        if (index(index) < 0) {
            problems.add(PREFIX + index + " is not a list item; write publish.routes as a YAML list (- name: ...)");
        }
        known(index).problems(keys.keySet().stream().map(key -> PREFIX + index + "." + key).toList())
                .forEach(problems::add);
        checkName(name, names, problems);
        TopicTemplate topic = new TopicTemplate(keys.getOrDefault("topic", "").trim());
        if (topic.pattern().isEmpty()) {
            problems.add("topic must be set");
        }
        topic.problem().filter(p -> !topic.pattern().isEmpty()).ifPresent(problems::add);
        Optional<RouteFormat> format = format(keys.getOrDefault("format", "avro"), problems);
        RouteCondition when = condition(keys, problems);
        problems.forEach(problem -> settings.problem(label + problem));
        return problems.isEmpty() ? Optional.of(new Route(name, topic, format.orElseThrow(), when)) : Optional.empty();
    }

    private static KnownKeys known(String index) {
        Stream<String> fields = Stream.of(RouteField.values()).map(field -> "when." + field.key());
        return KnownKeys.of(Stream.concat(Stream.of("name", "topic", "format"), fields)
                .map(key -> PREFIX + index + "." + key).toList());
    }

    private static void checkName(String name, Set<String> names, List<String> problems) {
        if (name.isEmpty()) {
            problems.add("name must be set");
        } else if (!NAME.matcher(name).matches()) {
            problems.add("name must be lower-case letters, digits, '-' or '_'");
        } else if (RESERVED_NAMES.contains(name)) {
            problems.add("name '" + name + "' is reserved for a fixed output " + RESERVED_NAMES);
        } else if (!names.add(name)) {
            problems.add("name is used by another route");
        }
    }

    private static Optional<RouteFormat> format(String value, List<String> problems) {
        try {
            return Optional.of(RouteFormat.valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            problems.add("format must be avro or json, got '" + value + "'");
            return Optional.empty();
        }
    }

    private static RouteCondition condition(Map<String, String> keys, List<String> problems) {
        Map<RouteField, List<String>> terms = new EnumMap<>(RouteField.class);
        keys.forEach((key, value) -> {
            Optional<RouteField> field = key.startsWith("when.") ? RouteField.of(key.substring(5)) : Optional.empty();
            field.ifPresent(f -> terms.put(f, values(f, value, problems)));
        });
        return new RouteCondition(terms);
    }

    private static List<String> values(RouteField field, String joined, List<String> problems) {
        List<String> values = Arrays.stream(joined.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
        if (values.isEmpty()) {
            problems.add("when." + field.key() + " needs at least one value");
        }
        Set<String> allowed = switch (field) {
            case DUPLICATE -> Set.of("true", "false");
            case KIND -> Stream.of(ArticleKind.values()).map(Enum::name).collect(java.util.stream.Collectors.toSet());
            default -> Set.of();
        };
        values.stream()
                .filter(v -> !allowed.isEmpty()
                        && !allowed.contains(
                                field == RouteField.KIND ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT)))
                .forEach(v -> problems.add("when." + field.key() + " must be one of "
                        + allowed.stream().sorted().toList() + ", got '" + v + "'"));
        return values;
    }

    private static int index(String index) {
        return index.matches("\\d{1,6}") ? Integer.parseInt(index) : -1;
    }
}
