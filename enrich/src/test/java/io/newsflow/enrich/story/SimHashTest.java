package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.EnrichedSeed;
import io.newsflow.enrich.RawPages;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SimHashTest {

    static final String AGENCY = text("agency-strike.txt");
    static final String COMMENTARY = text("strike-commentary.txt");

    static String text(String name) {
        return new String(RawPages.resource("/story/" + name), StandardCharsets.UTF_8).strip();
    }

    @Test
    void identicalTextsHaveIdenticalFingerprintsWhateverTheirSpacingAndCase() {
        assertThat(SimHash.of(AGENCY)).isEqualTo(SimHash.of(AGENCY.replace("\n\n", " \n ").toLowerCase(java.util.Locale.ROOT)));
    }

    @Test
    void aSmallEditMovesTheFingerprintAFewBits() {
        String seed = new EnrichedSeed().body();
        String edited = seed.replace("Peking bestätigte dies.", "Peking bestätigte dies am Dienstag offiziell.");
        assertThat(SimHash.distance(SimHash.of(seed), SimHash.of(edited))).isBetween(1, 6);
    }

    @Test
    void differentTextsOnTheSameEventAreAsFarApartAsRandomFingerprints() {
        assertThat(SimHash.distance(SimHash.of(AGENCY), SimHash.of(COMMENTARY))).isGreaterThan(20);
        assertThat(SimHash.distance(SimHash.of(AGENCY), SimHash.of(new EnrichedSeed().body()))).isGreaterThan(20);
    }

    @Test
    void aTextWithoutWordsHasNoFingerprint() {
        assertThat(SimHash.of(" – … ")).isZero();
    }

    @Test
    void distanceCountsDifferingBits() {
        assertThat(SimHash.distance(0b1011L, 0b0001L)).isEqualTo(2);
        assertThat(SimHash.distance(-1L, 0L)).isEqualTo(64);
    }
}
