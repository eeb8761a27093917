package io.newsflow.enrich.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Latin-script profiles added for Romanian, Czech, Hungarian, Finnish and Indonesian. */
class MoreLanguagesTest {

    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ro|Guvernul a anunțat că prețurile la energie vor fi plafonate și în această iarnă, după ce consumatorii au"
                + " protestat în mai multe orașe din țară.",
        "cs|Vláda oznámila, že ceny energií budou i letos v zimě zastropovány, protože spotřebitelé protestovali"
                + " v několika městech a požadovali pomoc.",
        "hu|A kormány bejelentette, hogy az energiaárakat ezen a télen is befagyasztják, miután a fogyasztók több"
                + " városban is tüntettek és segítséget kértek.",
        "fi|Hallitus ilmoitti, että energian hintoja rajoitetaan myös tänä talvena, koska kuluttajat ovat"
                + " osoittaneet mieltään useissa kaupungeissa ja vaatineet apua.",
        "id|Pemerintah mengumumkan bahwa harga energi akan dibatasi pada musim dingin ini karena para konsumen"
                + " telah melakukan protes di beberapa kota dan meminta bantuan."})
    void detectsTheAddedLanguages(String code, String text) {
        assertThat(detector.detect(text)).hasValueSatisfying(language -> assertThat(language.code()).isEqualTo(code));
    }
}
