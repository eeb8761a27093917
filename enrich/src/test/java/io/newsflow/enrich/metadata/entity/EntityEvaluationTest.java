package io.newsflow.enrich.metadata.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The entity quality gate: precision, recall and F1 per type over the hand-labelled articles in
 * {@code entities/eval/}, against the floors in {@code entities/floors.properties}. A recognised entity matches a
 * labelled one of its type when its name or an alias equals the label's name or an alias (case-insensitive); each
 * labelled entity is matched once, so an entity found twice under two names costs precision. Writes the table to
 * {@code target/entity-evaluation.md}.
 */
class EntityEvaluationTest {

    private static final Map<EntityType, String> LABELS = Map.of(EntityType.PERSON, "persons",
            EntityType.ORGANIZATION, "organizations", EntityType.LOCATION, "locations");

    private static final Map<EntityType, int[]> COUNTS = new EnumMap<>(EntityType.class);
    private static final List<String> ERRORS = new ArrayList<>();
    private static int articles;
    private static Properties floors;

    @BeforeAll
    static void evaluate() throws IOException, URISyntaxException {
        for (EntityType type : EntityType.values()) {
            COUNTS.put(type, new int[3]);
        }
        URL dir = EntityEvaluationTest.class.getResource("/entities/eval");
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(dir.toURI()))) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode article = json.readTree(file.toFile());
            List<RecognizedEntity> found = EntityRecognizerFixture.recognizer().recognize(article.get("title")
                    .asText(), article.get("body").asText(), article.get("language").asText());
            for (EntityType type : EntityType.values()) {
                score(file.getFileName().toString(), type, article.get(LABELS.get(type)), found);
            }
            articles++;
        }
        floors = new Properties();
        try (InputStream in = EntityEvaluationTest.class.getResourceAsStream("/entities/floors.properties")) {
            floors.load(in);
        }
        report();
    }

    /** Adds true positives, predictions and labels of {@code type} for one article to {@link #COUNTS}. */
    private static void score(String article, EntityType type, JsonNode labels, List<RecognizedEntity> found) {
        List<Set<String>> gold = new ArrayList<>();
        for (JsonNode label : labels) {
            Set<String> forms = new HashSet<>();
            forms.add(label.get("name").asText().toLowerCase(Locale.ROOT));
            label.get("aliases").forEach(a -> forms.add(a.asText().toLowerCase(Locale.ROOT)));
            gold.add(forms);
        }
        int[] counts = COUNTS.get(type);
        counts[2] += gold.size();
        boolean[] matched = new boolean[gold.size()];
        for (RecognizedEntity entity : found) {
            if (entity.type() != type) {
                continue;
            }
            counts[1]++;
            int g = match(entity, gold, matched);
            if (g >= 0) {
                matched[g] = true;
                counts[0]++;
            } else {
                ERRORS.add(article + " false " + type + ": " + entity.name() + " " + entity.aliases());
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!matched[g]) {
                ERRORS.add(article + " missed " + type + ": " + gold.get(g));
            }
        }
    }

    private static int match(RecognizedEntity entity, List<Set<String>> gold, boolean[] matched) {
        List<String> names = new ArrayList<>();
        names.add(entity.name().toLowerCase(Locale.ROOT));
        entity.aliases().forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
        for (int g = 0; g < gold.size(); g++) {
            if (!matched[g] && names.stream().anyMatch(gold.get(g)::contains)) {
                return g;
            }
        }
        return -1;
    }

    private static void report() throws IOException {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "Entity evaluation: %d articles (entities/eval)%n%n| type | labelled | found | correct | precision "
                        + "| recall | F1 |%n|---|---|---|---|---|---|---|%n", articles));
        for (EntityType type : EntityType.values()) {
            int[] c = COUNTS.get(type);
            table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f |%n", type, c[2], c[1],
                    c[0], precision(type), recall(type), f1(type)));
        }
        System.out.println(table);
        ERRORS.forEach(e -> System.out.println("  " + e));
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("entity-evaluation.md"), table + "\n" + String.join("\n", ERRORS)
                    + "\n");
        }
    }

    @Test
    void theSetHasAtLeastThirtyArticles() {
        assertThat(articles).isGreaterThanOrEqualTo(30);
    }

    @Test
    void personsMeetTheirFloors() {
        assertFloors(EntityType.PERSON, "person");
    }

    @Test
    void organisationsMeetTheirFloors() {
        assertFloors(EntityType.ORGANIZATION, "organization");
    }

    @Test
    void locationsMeetTheirFloors() {
        assertFloors(EntityType.LOCATION, "location");
    }

    private static void assertFloors(EntityType type, String key) {
        assertThat(precision(type)).as("%s precision", type).isGreaterThanOrEqualTo(floor(key + ".precision.min"));
        assertThat(recall(type)).as("%s recall", type).isGreaterThanOrEqualTo(floor(key + ".recall.min"));
        assertThat(f1(type)).as("%s F1", type).isGreaterThanOrEqualTo(floor(key + ".f1.min"));
    }

    private static double floor(String key) {
        String value = floors.getProperty(key);
        assertThat(value).as("floor %s in entities/floors.properties", key).isNotNull();
        return Double.parseDouble(value);
    }

    private static double precision(EntityType type) {
        int[] c = COUNTS.get(type);
        return c[1] == 0 ? 0 : (double) c[0] / c[1];
    }

    private static double recall(EntityType type) {
        int[] c = COUNTS.get(type);
        return c[2] == 0 ? 0 : (double) c[0] / c[2];
    }

    private static double f1(EntityType type) {
        double p = precision(type);
        double r = recall(type);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
