package io.newsflow.enrich.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextStatsTest {

    @Test
    void countsLetterAndDigitTokens() {
        assertThat(TextStats.of("Der 27. Juli – ein Ukraine-Krieg-Tag, 2023!").words()).isEqualTo(8);
    }

    @Test
    void countsSentencesButNotOrdinals() {
        assertThat(TextStats.of("Der 27. Juli ist ein Feiertag. Er wird begangen! Warum? Darum.").sentences())
                .isEqualTo(4);
        assertThat(TextStats.of("Ein Satz ohne Punkt").sentences()).isEqualTo(1);
    }

    @Test
    void readingTimeRoundsUpAndIsAtLeastOneMinute() {
        assertThat(TextStats.of("Kurz.").readingTimeMinutes()).isEqualTo(1);
        assertThat(TextStats.of("wort ".repeat(200)).readingTimeMinutes()).isEqualTo(1);
        assertThat(TextStats.of("wort ".repeat(201)).readingTimeMinutes()).isEqualTo(2);
    }

    @Test
    void emptyTextHasNothing() {
        assertThat(TextStats.of("  \n ")).isEqualTo(new TextStats(0, 0, 0));
    }
}
