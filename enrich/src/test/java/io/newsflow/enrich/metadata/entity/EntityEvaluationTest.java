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
 * {@code entities/eval/} (used while writing the rules) and F1 over {@code entities/holdout/} (written after them),
 * against the floors in {@code entities/floors.properties}. A recognised entity matches a
 * labelled one of its type when its name or an alias equals the label's name or an alias (case-insensitive); each
 * labelled entity is matched once, so an entity found twice under two names costs precision. Writes the table to
 * {@code target/entity-evaluation.md}.
 */
class EntityEvaluationTest {

    private static final Map<EntityType, String> LABELS = Map.of(EntityType.PERSON, "persons",
            EntityType.ORGANIZATION, "organizations", EntityType.LOCATION, "locations");

    private static final Map<EntityType, int[]> COUNTS = new EnumMap<>(EntityType.class);
    private static final Map<EntityType, int[]> HOLDOUT = new EnumMap<>(EntityType.class);
    private static final List<String> ERRORS = new ArrayList<>();
    private static int articles;
    private static int holdoutArticles;
    private static Properties floors;

    @BeforeAll
    static void evaluate() throws IOException, URISyntaxException {
        articles = evaluate("eval", COUNTS);
        holdoutArticles = evaluate("holdout", HOLDOUT);
        floors = new Properties();
        try (InputStream in = EntityEvaluationTest.class.getResourceAsStream("/entities/floors.properties")) {
            floors.load(in);
        }
        report();
    }

    /** Scores the articles in {@code entities/DIR} into {@code counts}; returns how many there were. */
    private static int evaluate(String name, Map<EntityType, int[]> counts) throws IOException, URISyntaxException {
        for (EntityType type : EntityType.values()) {
            counts.put(type, new int[3]);
        }
        URL dir = EntityEvaluationTest.class.getResource("/entities/" + name);
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
                score(name + "/" + file.getFileName(), counts.get(type), type, article.get(LABELS.get(type)), found);
            }
        }
        return files.size();
    }

    /** Adds true positives, predictions and labels of {@code type} for one article to {@link #COUNTS}. */
    private static void score(String article, int[] counts, EntityType type, JsonNode labels,
            List<RecognizedEntity> found) {
        List<Set<String>> gold = new ArrayList<>();
        for (JsonNode label : labels) {
            Set<String> forms = new HashSet<>();
            forms.add(label.get("name").asText().toLowerCase(Locale.ROOT));
            label.get("aliases").forEach(a -> forms.add(a.asText().toLowerCase(Locale.ROOT)));
            gold.add(forms);
        }
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
        String table = table("Entity evaluation: " + articles + " articles (entities/eval)", COUNTS) + "\n"
                + table("Held out (written after the rules were frozen): " + holdoutArticles
                        + " articles (entities/holdout)", HOLDOUT);
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
    void heldOutArticlesMeetTheirF1Floors() {
        for (EntityType type : EntityType.values()) {
            String key = "holdout." + type.name().toLowerCase(Locale.ROOT) + ".f1.min";
            assertThat(f1(HOLDOUT.get(type))).as("held-out %s F1", type).isGreaterThanOrEqualTo(floor(key));
        }
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

    private static String table(String heading, Map<EntityType, int[]> counts) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%s%n%n| type | labelled | found | correct "
                + "| precision | recall | F1 |%n|---|---|---|---|---|---|---|%n", heading));
        for (EntityType type : EntityType.values()) {
            int[] c = counts.get(type);
            table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f |%n", type, c[2], c[1],
                    c[0], precision(c), recall(c), f1(c)));
        }
        return table.toString();
    }

    private static double precision(EntityType type) {
        return precision(COUNTS.get(type));
    }

    private static double recall(EntityType type) {
        return recall(COUNTS.get(type));
    }

    private static double f1(EntityType type) {
        return f1(COUNTS.get(type));
    }

    private static double precision(int[] c) {
        return c[1] == 0 ? 0 : (double) c[0] / c[1];
    }

    private static double recall(int[] c) {
        return c[2] == 0 ? 0 : (double) c[0] / c[2];
    }

    private static double f1(int[] c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
