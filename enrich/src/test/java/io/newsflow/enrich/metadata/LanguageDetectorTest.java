package io.newsflow.enrich.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = new LanguageDetector();

    private static String code(String text) {
        return DETECTOR.detect(text).map(DetectedLanguage::code).orElse("none");
    }

    @Test
    void detectsGermanParagraph() {
        String text = "Russland bleiben im Ukraine-Krieg nur noch wenige Verbündete. Verlassen kann sich Wladimir"
                + " Putin auf meist politisch ohnehin isolierte Partner wie Nordkorea.";
        assertThat(DETECTOR.detect(text)).hasValueSatisfying(language -> {
            assertThat(language.code()).isEqualTo("de");
            assertThat(language.confidence()).isGreaterThan(0.5);
        });
    }

    @Test
    void detectsEnglishParagraph() {
        assertThat(code("Traffic returned to the harbour bridge on Monday morning, ending two years of diversions that"
                + " added up to forty minutes to some commutes across the city.")).isEqualTo("en");
    }

    @Test
    void detectsFrenchParagraph() {
        assertThat(code("La préfecture a placé vingt-trois communes en situation de crise, ce qui interdit"
                + " l'arrosage des jardins et le lavage des voitures.")).isEqualTo("fr");
    }

    @Test
    void detectsSpanishParagraph() {
        assertThat(code("El gobierno anunció el martes un nuevo plan de ayudas para los agricultores afectados por la"
                + " sequía, que según el ministerio costará más de mil millones de euros.")).isEqualTo("es");
    }

    @Test
    void detectsShortHeadlines() {
        assertThat(code("Schoigu besucht Kim: Stärkung der Militärbeziehungen")).isEqualTo("de");
        assertThat(code("Harbour bridge reopens after two-year repair")).isEqualTo("en");
    }

    @Test
    void detectsOtherLanguages() {
        assertThat(code("De regering heeft dinsdag een nieuw plan voor de boeren gepresenteerd, maar het is niet"
                + " duidelijk wie dat gaat betalen.")).isEqualTo("nl");
        assertThat(code("Il governo ha presentato martedì un nuovo piano per gli agricoltori colpiti dalla siccità,"
                + " che secondo il ministero costerà più di un miliardo.")).isEqualTo("it");
        assertThat(code("Правительство во вторник представило новый план помощи фермерам.")).isEqualTo("ru");
        assertThat(code("政府は火曜日、干ばつの影響を受けた農家への新たな支援策を発表した。")).isEqualTo("ja");
        assertThat(code("政府星期二宣布了一项新的援助计划，帮助受干旱影响的农民。")).isEqualTo("zh");
        assertThat(code("أعلنت الحكومة يوم الثلاثاء عن خطة جديدة لمساعدة المزارعين")).isEqualTo("ar");
    }

    @Test
    void isEmptyForTooLittleText() {
        assertThat(DETECTOR.detect("Kim")).isEmpty();
        assertThat(DETECTOR.detect("")).isEmpty();
        assertThat(DETECTOR.detect("12345 67890 !!!")).isEmpty();
    }
}
