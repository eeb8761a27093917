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

    @Test
    void aPossessiveTheModelFoundMergesIntoItsBasesGazetteerEntity() {
        // the gazetteer's Russia, and "Russia’s" the model found and typed an organisation's (UNER's convention for a
        // country acting): one place, its possessive an alias, each mention a span of the base name
        String russia = GAZETTEER.lookup("Russia").orElseThrow().id();
        List<Mention> mentions = List.of(new Mention("Russia", 1, russia, EntityType.LOCATION, Mention.GAZETTEER, 0),
                new Mention("Russia’s", 1, null, EntityType.ORGANIZATION, Mention.MODEL, 20),
                new Mention("Russia's", 1, null, EntityType.ORGANIZATION, Mention.MODEL, 40));
        assertThat(EntityMerger.merge(mentions, ENGLISH, GAZETTEER, true))
                .extracting(RecognizedEntity::name, RecognizedEntity::type, RecognizedEntity::mentions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Russia", EntityType.LOCATION, 3));
        assertThat(EntityMerger.spans(mentions, ENGLISH, true)).containsExactly(
                new EntitySpan(0, 6, EntityType.LOCATION), new EntitySpan(20, 26, EntityType.LOCATION),
                new EntitySpan(40, 46, EntityType.LOCATION));
    }

    @Test
    void aPossessiveWhoseSpellingIsItsBasesMergesIntoTheGazetteerEntity() {
        // "Hamas's" and "Hamas" have one spelling key (a doubled letter is one): the possessive's group is keyed
        // as its base's would be, and the base is the gazetteer's
        String hamas = GAZETTEER.lookup("Hamas").orElseThrow().id();
        List<Mention> mentions = List.of(new Mention("Hamas", 1, hamas, EntityType.ORGANIZATION, Mention.GAZETTEER, 0),
                new Mention("Hamas's", 1, null, EntityType.ORGANIZATION, Mention.MODEL, 20));
        assertThat(EntityMerger.merge(mentions, ENGLISH, GAZETTEER, true))
                .extracting(RecognizedEntity::name, RecognizedEntity::mentions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Hamas", 2));
    }

    @Test
    void anEnglishEntityNamedOnlyInThePossessiveIsNamedWithoutIt() {
        List<Mention> mentions = List.of(new Mention("Al Gore’s", 2, null, EntityType.PERSON, Mention.MODEL, 0),
                new Mention("Quorn Bank's", 2, null, EntityType.ORGANIZATION, Mention.MODEL, 40),
                new Mention("Sainsbury's", 1, null, EntityType.ORGANIZATION, Mention.MODEL, 80));
        assertThat(EntityMerger.merge(mentions, ENGLISH, GAZETTEER, true))
                .extracting(RecognizedEntity::name, RecognizedEntity::aliases).as("a listed name with its 's keeps it")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Al Gore", List.of("Al Gore’s")),
                        org.assertj.core.groups.Tuple.tuple("Quorn Bank", List.of("Quorn Bank's")),
                        org.assertj.core.groups.Tuple.tuple("Sainsbury's", List.of()));
    }
}
