package io.newsflow.enrich.metadata.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityMergerTest {

    private static final LanguageRules ENGLISH = LanguageRules.load("en");

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
