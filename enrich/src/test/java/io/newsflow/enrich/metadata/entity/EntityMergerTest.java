package io.newsflow.enrich.metadata.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EntityMergerTest {

    private static final LanguageRules ENGLISH = LanguageRules.load("en");
    private static final LanguageRules GERMAN = LanguageRules.load("de");
    private static final Gazetteer GAZETTEER = Gazetteer.load(List.of(Locale.GERMAN, Locale.ENGLISH));

    @Test
    void aGazetteerEntityNamedOnlyInTheGenitiveIsNamedByItsBaseForm() {
        String florida = GAZETTEER.lookup("Florida").orElseThrow().id();
        String texas = GAZETTEER.lookup("Texas").orElseThrow().id();
        List<Mention> mentions = List.of(new Mention("Floridas", 1, florida, EntityType.LOCATION, Mention.MODEL, 0),
                new Mention("Texas", 1, texas, EntityType.LOCATION, Mention.GAZETTEER, 20));
        assertThat(EntityMerger.merge(mentions, GERMAN, GAZETTEER, false))
                .extracting(RecognizedEntity::name, RecognizedEntity::aliases).as("a name that only looks like one stays")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Florida", List.of("Floridas")),
                        org.assertj.core.groups.Tuple.tuple("Texas", List.of()));
    }

    @Test
    void aTieInEvidenceGoesToTheTypeMostMentionsGive() {
        List<Mention> mentions = List.of(new Mention("ZQX", 1, null, EntityType.PERSON, Mention.MODEL, 0),
                new Mention("ZQX", 1, null, EntityType.ORGANIZATION, Mention.MODEL, 20),
                new Mention("ZQX", 1, null, EntityType.ORGANIZATION, Mention.MODEL, 40));
        assertThat(EntityMerger.merge(mentions, ENGLISH, true)).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION));
        assertThat(EntityMerger.merge(mentions, ENGLISH, false)).as("without: the first type, person")
                .singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.PERSON));
    }

    @Test
    void strongerEvidenceStillOutranksMoreMentions() {
        List<Mention> mentions = List.of(new Mention("Quorn", 1, null, EntityType.LOCATION, Mention.CUE, 0),
                new Mention("Quorn", 1, null, EntityType.ORGANIZATION, Mention.MODEL, 20),
                new Mention("Quorn", 1, null, EntityType.ORGANIZATION, Mention.MODEL, 40));
        assertThat(EntityMerger.merge(mentions, ENGLISH, true)).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.LOCATION));
    }

    @Test
    void anAcronymIsNoPersonsFirstName() {
        List<Mention> mentions = List.of(
                new Mention("ZQX Director Anna Bell", 4, null, EntityType.PERSON, Mention.MODEL, 0),
                new Mention("ZQX", 1, null, EntityType.ORGANIZATION, Mention.MODEL, 40),
                new Mention("ZQX", 1, null, EntityType.ORGANIZATION, Mention.MODEL, 60),
                new Mention("Bell", 1, null, EntityType.ORGANIZATION, Mention.MODEL, 80));
        assertThat(EntityMerger.merge(mentions, ENGLISH, true)).extracting(RecognizedEntity::name, RecognizedEntity::type)
                .as("the surname still merges").containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("ZQX Director Anna Bell", EntityType.PERSON),
                        org.assertj.core.groups.Tuple.tuple("ZQX", EntityType.ORGANIZATION));
    }
}
