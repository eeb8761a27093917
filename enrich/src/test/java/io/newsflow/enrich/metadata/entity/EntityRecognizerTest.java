package io.newsflow.enrich.metadata.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {

    private static final String EN_BODY = "Washington – President Joe Biden met Chinese leader Xi Jinping on "
            + "Wednesday. Biden's aides said the talks with Xi had gone well. Apple and the European Union were also "
            + "discussed, according to Reuters.";

    private final EntityRecognizer recognizer = EntityRecognizerFixture.recognizer();

    @Test
    void englishNamesMergeWithPossessivesAndSurnames() {
        List<RecognizedEntity> entities = recognizer.recognize("Biden meets Xi", EN_BODY, "en");
        RecognizedEntity biden = named(entities, "Joe Biden");
        assertThat(biden.type()).isEqualTo(EntityType.PERSON);
        assertThat(biden.aliases()).contains("Biden");
        assertThat(biden.mentions()).isEqualTo(3);
        assertThat(EN_BODY.substring(biden.firstOffset())).startsWith("Joe Biden");
        assertThat(named(entities, "Xi Jinping").aliases()).contains("Xi");
        assertThat(named(entities, "Washington").type()).isEqualTo(EntityType.LOCATION);
        assertThat(named(entities, "European Union").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(entities, "Reuters").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entities).extracting(RecognizedEntity::name).doesNotContain("Wednesday", "President");
    }

    @Test
    void aPossessiveWithATypographicApostropheMergesLikeAPlainOne() {
        // pages set the possessive with U+2019 far more often than with "'"
        String body = "Washington – President Joe Biden met Chinese leader Xi Jinping on Wednesday. Biden’s aides said"
                + " the talks with Xi had gone well. Xi’s delegation left for Beijing in the evening.";

        List<RecognizedEntity> entities = recognizer.recognize("Biden meets Xi", body, "en");

        assertThat(named(entities, "Joe Biden").mentions()).isEqualTo(3);
        assertThat(entities).extracting(RecognizedEntity::name).noneMatch(name -> name.endsWith("’s"));
    }

    @Test
    void theSameTextGivesTheSameEntitiesAndSpans() {
        // The name model keeps per-text state (earlier names are features); it is cleared for each text, so neither
        // the text before nor another recognizer instance changes the result.
        List<RecognizedEntity> first = recognizer.recognize("Biden meets Xi", EN_BODY, "en");
        recognizer.recognize("", "Angela Merkel traf Emmanuel Macron in Paris und Berlin.", "de");
        recognizer.recognize("", "Apple and Microsoft met in Seattle with Satya Nadella.", "en");
        assertThat(recognizer.recognize("Biden meets Xi", EN_BODY, "en")).isEqualTo(first);
        assertThat(new EntityRecognizer().spans("", EN_BODY, "en")).isEqualTo(recognizer.spans("", EN_BODY, "en"));
        assertThat(recognizer.spans("", EN_BODY, "en")).extracting(s -> EN_BODY.substring(s.start(), s.end()))
                .contains("Joe Biden", "Xi Jinping", "Reuters");
    }

    @Test
    void aTitleCaseHeadlineYieldsOnlyRealNames() {
        List<RecognizedEntity> entities = recognizer.recognize("Biden And Xi Agree To Restore Military Talks",
                EN_BODY, "en");
        assertThat(entities).extracting(RecognizedEntity::name)
                .noneMatch(name -> name.contains("Restore") || name.contains("Military") || name.contains("Agree"));
        assertThat(named(entities, "Joe Biden").mentions()).isEqualTo(3);
    }

    @Test
    void aMentionOnlyInTheTitleHasNoBodyOffset() {
        List<RecognizedEntity> entities = recognizer.recognize("Scholz trifft Macron in Paris",
                "Der Kanzler reiste am Montag nach Frankreich.", "de");
        assertThat(named(entities, "Paris").firstOffset()).isEqualTo(-1);
        assertThat(named(entities, "Frankreich").firstOffset()).isEqualTo(34);
    }

    @Test
    void germanRolesAndOrganisationEndingsType() {
        List<RecognizedEntity> entities = recognizer.recognize("",
                "Bundesgesundheitsminister Karl Lauterbach besuchte die Siemens Healthineers AG in Erlangen. "
                        + "Lauterbachs Sprecher nannte den Besuch gelungen. Auch die Söldnertruppe Wagner war Thema.",
                "de");
        RecognizedEntity lauterbach = named(entities, "Karl Lauterbach");
        assertThat(lauterbach.type()).isEqualTo(EntityType.PERSON);
        assertThat(lauterbach.aliases()).contains("Lauterbachs");
        assertThat(named(entities, "Siemens Healthineers AG").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(entities, "Wagner").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(entities, "Erlangen").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void noNameRunsAcrossALineBreak() {
        // Extracted bodies keep paragraphs, headings and list items on lines of their own; a heading line has no
        // full stop, so the sentence model alone would run it into the next line ("Bad Gleichenberg\n\nNomen …").
        String body = "Thermen in der Steiermark\n\nBad Gleichenberg\n\nNomen est Omen: In Bad Gleichenberg "
                + "erholen sich Gäste.\nJesse Tyler Ferguson\nJesse Tyler Ferguson spielte in Los Angeles.";
        List<EntitySpan> spans = recognizer.spans("", body, "de");
        assertThat(spans).extracting(s -> body.substring(s.start(), s.end()))
                .contains("Bad Gleichenberg", "Jesse Tyler Ferguson")
                .allSatisfy(name -> assertThat(name).doesNotContain("\n"));
    }

    @Test
    void unsupportedOrUnknownLanguageGivesNoEntities() {
        assertThat(recognizer.recognize("Macron à Berlin", "Emmanuel Macron est arrivé à Berlin.", "fr")).isEmpty();
        assertThat(recognizer.recognize("x", "y", null)).isEmpty();
        assertThat(recognizer.languages()).containsExactlyInAnyOrder("de", "en");
    }

    @Test
    void concurrentCallsGiveTheSameResultAsOne() throws Exception {
        List<RecognizedEntity> expected = recognizer.recognize("Biden meets Xi", EN_BODY, "en");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<RecognizedEntity>>> results = pool.invokeAll(java.util.Collections.nCopies(16,
                    () -> recognizer.recognize("Biden meets Xi", EN_BODY, "en")));
            for (Future<List<RecognizedEntity>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void companyAndEmbassyEndEnglishOrganisationNames() {
        List<RecognizedEntity> entities = recognizer.recognize("", "Visitors queued outside the Bolivian Embassy on "
                + "Tuesday, and the Harlow Trading Company paid for the buses.", "en");
        assertThat(named(entities, "Bolivian Embassy").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(entities, "Harlow Trading Company").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void societyAndAllianceEndEnglishOrganisationNames() {
        List<RecognizedEntity> entities = recognizer.recognize("", "Delegates of the Harbour Pilots Society met the "
                + "Coastal Freight Alliance on Tuesday.", "en");
        assertThat(named(entities, "Harbour Pilots Society").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(entities, "Coastal Freight Alliance").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void currencyCodesAfterAnAmountAreNoNames() {
        String text = "Gefolgt wurde es von den Fonds Aviva Investors Multi Strategy Target Return und Aviva Investors "
                + "Multi Strategy Target Income, in die Investoren 2 Mrd. GBP bzw. 1,4 Mrd. GBP angelegt hatten.";
        assertThat(recognizer.spans("", text, "de")).extracting(s -> text.substring(s.start(), s.end()))
                .doesNotContain("GBP");
    }

    @Test
    void spellingKeyJoinsTransliterations() {
        assertThat(EntityMerger.spellingKey("Schoigu")).isEqualTo(EntityMerger.spellingKey("Shoigu"));
        assertThat(EntityMerger.spellingKey("Wladimir Putin")).isEqualTo(EntityMerger.spellingKey("Vladimir Putin"));
        assertThat(EntityMerger.spellingKey("Selenskyj")).isEqualTo(EntityMerger.spellingKey("Zelensky"));
        assertThat(EntityMerger.spellingKey("Scholz")).isNotEqualTo(EntityMerger.spellingKey("Schulz"));
    }

    private static RecognizedEntity named(List<RecognizedEntity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + entities));
    }
}
