package io.newsflow.publish.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.publish.PublishConfig;
import io.newsflow.runtime.config.InvalidSettingsException;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteSettingsTest {

    @Test
    void readsRoutesInListOrderWithTheirConditions() {
        PublishConfig config = PublishConfig.load(Map.of(
                "publish.routes.10.name", "later", "publish.routes.10.topic", "t.later",
                "publish.routes.2.name", "german", "publish.routes.2.topic", "newsflow.articles.{language}.v1",
                "publish.routes.2.format", "JSON", "publish.routes.2.when.language", "de, at",
                "publish.routes.2.when.duplicate", "false"));

        assertThat(config.routes()).extracting(Route::name).containsExactly("german", "later");
        Route german = config.routes().get(0);
        assertThat(german.format()).isEqualTo(RouteFormat.JSON);
        assertThat(german.when().terms()).containsEntry(RouteField.LANGUAGE, List.of("de", "at"))
                .containsEntry(RouteField.DUPLICATE, List.of("false"));
        assertThat(config.routes().get(1).when()).isEqualTo(RouteCondition.ALWAYS);
    }

    @Test
    void reportsEveryBadRouteOnOneLineNamingIt() {
        assertThatThrownBy(() -> PublishConfig.load(settings(
                "publish.routes.0.name", "german", "publish.routes.0.topic", "newsflow.articles.{lang}.v1",
                "publish.routes.1.name", "german", "publish.routes.1.topic", "x", "publish.routes.1.format", "xml",
                "publish.routes.2.name", "typo", "publish.routes.2.topic", "t", "publish.routes.2.when.langauge", "de",
                "publish.routes.3.name", "dup", "publish.routes.3.topic", "t", "publish.routes.3.when.duplicate", "maybe",
                "publish.routes.4.topic", "t with spaces")))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.problems()).containsExactly(
                        "publish route 'german': unknown placeholder {lang} in topic 'newsflow.articles.{lang}.v1'"
                                + " (known: [{language}, {section}, {site}])",
                        "publish route 'german': name is used by another route",
                        "publish route 'german': format must be avro or json, got 'xml'",
                        "publish route 'typo': unknown setting publish.routes.2.when.langauge"
                                + " (did you mean publish.routes.2.when.language?)",
                        "publish route 'dup': when.duplicate must be one of [false, true], got 'maybe'",
                        "publish route #4: name must be set",
                        "publish route #4: topic 't with spaces' is not a valid topic name (letters, digits, '.', '_', '-')"));
    }

    @Test
    void rejectsReservedNamesAndMissingTopics() {
        assertThatThrownBy(() -> PublishConfig.load(Map.of("publish.routes.0.name", "articles")))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.problems()).containsExactly(
                        "publish route 'articles': name 'articles' is reserved for a fixed output [articles, mentions, stories]"
                                .replace("[articles, mentions, stories]", RouteSettings.RESERVED_NAMES.toString()),
                        "publish route 'articles': topic must be set"));
    }

    private static Map<String, String> settings(String... keysAndValues) {
        Map<String, String> settings = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            settings.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return settings;
    }

    @Test
    void outputVersionKeepsEveryRouteButVersionsItsTopic() {
        PublishConfig live = PublishConfig.load(Map.of(
                "publish.routes.0.name", "german", "publish.routes.0.topic", "newsflow.articles.{language}.v1",
                "publish.routes.0.format", "json", "publish.routes.0.when.language", "de",
                "publish.routes.1.name", "all", "publish.routes.1.topic", "everything"));
        PublishConfig v2 = live.forOutputVersion("newsflow-publish-reprocess-v2", "v2");

        assertThat(v2.applicationId()).isEqualTo("newsflow-publish-reprocess-v2");
        assertThat(v2.routes()).extracting(route -> route.topic().pattern())
                .containsExactly("newsflow.articles.{language}.v2", "everything.v2");
        assertThat(v2.routes()).extracting(Route::name, Route::format, Route::when)
                .containsExactlyElementsOf(live.routes().stream()
                        .map(route -> org.assertj.core.groups.Tuple.tuple(route.name(), route.format(), route.when()))
                        .toList());
        assertThat(live.routes().get(0).topic().pattern()).isEqualTo("newsflow.articles.{language}.v1");
    }
}
