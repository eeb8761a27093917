package io.newsflow.enrich.metadata.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.enrich.metadata.DetectedLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private static List<LabelledSample> samples;
    private static LanguageDetector detector;
    private static Properties floors;

    @BeforeAll
    static void load() throws IOException {
        samples = LabelledSample.load();
        detector = new LanguageDetector(LabelledSample.languages(samples));
        floors = new Properties();
        try (InputStream in = LanguageDetectorTest.class.getResourceAsStream("/language/floors.properties")) {
            floors.load(in);
        }
    }

    @Test
    void labelledSetCoversAtLeastTwentyLanguages() {
        assertThat(LabelledSample.languages(samples)).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void titlesMeetTheirAccuracyFloor() {
        assertThat(accuracy(true)).isGreaterThanOrEqualTo(floor("title.accuracy.min"));
    }

    @Test
    void bodiesMeetTheirAccuracyFloor() {
        assertThat(accuracy(false)).isGreaterThanOrEqualTo(floor("body.accuracy.min"));
    }

    @Test
    void confidenceIsAShareAndHighOnAClearText() {
        Optional<DetectedLanguage> detected = detector.detect(
                "Der Gemeinderat hat am Dienstagabend die nötigen Mittel für zwei neue Kitas freigegeben.");
        assertThat(detected).get().extracting(DetectedLanguage::code).isEqualTo("de");
        assertThat(detected.get().confidence()).isBetween(0.5, 1.0);
    }

    @Test
    void tooLittleTextIsNoLanguage() {
        assertThat(detector.detect("")).isEmpty();
        assertThat(detector.detect("12:30 – 4:2")).isEmpty();
    }

    @Test
    void onlyConfiguredLanguagesAreAnswered() {
        LanguageDetector germanOrEnglish = new LanguageDetector(List.of("de", "en"));
        assertThat(germanOrEnglish.detect("Le gouvernement annonce une hausse du salaire minimum"))
                .map(DetectedLanguage::code).hasValueSatisfying(code -> assertThat(code).isIn("de", "en"));
    }

    @Test
    void unknownCodesAreAllNamed() {
        assertThat(LanguageDetector.unknownCodes(List.of("de", "xx", "en", "klingon"))).containsExactly("xx", "klingon");
        assertThatThrownBy(() -> new LanguageDetector(List.of("de", "xx")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("xx");
    }

    private static double accuracy(boolean titles) {
        List<String> misses = new ArrayList<>();
        int total = 0;
        for (LabelledSample sample : samples) {
            if (sample.title() == titles) {
                total++;
                Optional<String> code = detector.detect(sample.text()).map(DetectedLanguage::code);
                if (!code.filter(sample.language()::equals).isPresent()) {
                    misses.add(sample.language() + "->" + code.orElse("none") + ": " + sample.text());
                }
            }
        }
        double accuracy = 1.0 - (double) misses.size() / total;
        System.out.printf("language %s accuracy %.3f (%d of %d), misses %s%n", titles ? "title" : "body", accuracy,
                total - misses.size(), total, misses);
        return accuracy;
    }

    private static double floor(String key) {
        return Double.parseDouble(floors.getProperty(key));
    }
}
