package io.newsflow.enrich.metadata.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BracketAcronymsTest {

    private final EntityRecognizer recognizer = EntityRecognizerFixture.recognizer();

    @Test
    void anAcronymInBracketsAfterAnOrganisationIsItsShortName() {
        assertThat(spans("Adnan Amin, head of the International Renewable Energy Agency (IRENA), is certain.", "en"))
                .contains("ORGANIZATION:IRENA");
        assertThat(spans("It is run by the Office for Budget Responsibility (OBR), which forecasts growth.", "en"))
                .contains("ORGANIZATION:OBR");
        assertThat(spans("The Kansas Legal Services (KLS) office provides help with forms.", "en"))
                .contains("ORGANIZATION:KLS");
    }

    @Test
    void anAcronymInBracketsAfterAPlaceStaysUnproven() {
        assertThat(spans("She moved to Springfield (QZX) in the spring of that year.", "en"))
                .noneMatch(s -> s.endsWith(":QZX"));
    }

    private List<String> spans(String text, String language) {
        return recognizer.spans("", text, language).stream()
                .map(s -> s.type() + ":" + text.substring(s.start(), s.end())).toList();
    }
}
