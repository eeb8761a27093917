package io.newsflow.enrich.metadata.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CreditLinesTest {

    @Test
    void creditAndBioLinesAreCredits() {
        assertThat(CreditLines.credit("Reporting by Jane Doe; Editing by John Roe")).isTrue();
        assertThat(CreditLines.credit("(Additional reporting by Mark Smith in London)")).isTrue();
        assertThat(CreditLines.credit("Mitarbeit: Anna Schmidt")).isTrue();
        assertThat(CreditLines.credit("Foto: Max Muster/dpa")).isTrue();
        assertThat(CreditLines.credit("© Getty Images")).isTrue();
        assertThat(CreditLines.credit("Jane Doe is a senior reporter for the Daily Planet.")).isTrue();
        assertThat(CreditLines.credit("Anna Schmidt ist Redakteurin im Ressort Politik.")).isTrue();
    }

    @Test
    void articleSentencesAreNoCredits() {
        assertThat(CreditLines.credit("Jane Doe is a candidate for mayor, the party said.")).isFalse();
        assertThat(CreditLines.credit("Die Polizei sucht Zeugen des Unfalls auf der Hauptstraße.")).isFalse();
        assertThat(CreditLines.credit("Photography is banned inside the museum.")).isFalse();
    }

    @Test
    void blankingKeepsOffsets() {
        String body = "Olaf Scholz reiste nach Paris.\nFoto: Max Muster/dpa\nEr traf Macron.";
        String blanked = CreditLines.blank(body);
        assertThat(blanked).hasSameSizeAs(body).doesNotContain("Muster").contains("Er traf Macron.");
        assertThat(blanked.indexOf("Er traf")).isEqualTo(body.indexOf("Er traf"));
    }

    @Test
    void theRecognizerSkipsCreditsAndBios() {
        String body = "Chancellor Olaf Scholz met business leaders in Berlin on Monday to discuss energy prices.\n"
                + "Reporting by Jane Doe; Editing by John Roe\nPeter Miller is a correspondent for the Daily Planet.";
        List<RecognizedEntity> entities = EntityRecognizerFixture.recognizer().recognize("", body, "en");
        assertThat(entities).extracting(RecognizedEntity::name)
                .contains("Olaf Scholz", "Berlin")
                .doesNotContain("Jane Doe", "John Roe", "Peter Miller", "Daily Planet");
    }
}
