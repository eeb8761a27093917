package io.newsflow.enrich.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTest {

    @Test
    void splitFollowsTheFirstHexDigitOfSha1() {
        // sha1("de/DieWelt") starts with 1, sha1("0001") with 7, sha1("die-partei.net.luebeck.html") with 4
        assertThat(Split.of("de/DieWelt")).isEqualTo(Split.MEASURE);
        assertThat(Split.of("0001")).isEqualTo(Split.TUNE);
        assertThat(Split.of("die-partei.net.luebeck.html")).isEqualTo(Split.MEASURE);
        assertThat(Split.sha1Hex("abc")).isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
    }

    @Test
    void shinglesRewardWordOrderNotJustWords() {
        String gold = "the cat sat on the mat today";
        assertThat(ShingleScore.of(gold, gold).f1()).isEqualTo(1.0);
        ShingleScore shuffled = ShingleScore.of("mat the on sat cat the today", gold);
        assertThat(shuffled.shared()).isZero();
        ShingleScore withBoilerplate = ShingleScore.of("Home News " + gold, gold);
        assertThat(withBoilerplate.recall()).isEqualTo(1.0);
        assertThat(withBoilerplate.precision()).isCloseTo(4 / 6.0, within(1e-9));
    }

    @Test
    void shinglesCountCjkCharactersAsWords() {
        ShingleScore score = ShingleScore.of("東京都で雨", "東京都で雨");
        assertThat(score.expected()).isEqualTo(2);
        assertThat(score.f1()).isEqualTo(1.0);
    }

    @Test
    void composedAndDecomposedLettersScoreAsTheSameText() {
        String composed = "Die Küche der Bürgerhalle wird für drei Millionen Euro erneuert";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);

        assertThat(ShingleScore.of(composed, decomposed).f1()).isEqualTo(1.0);
        assertThat(SnippetScore.of(decomposed, List.of("Die Küche der"), List.of()).truePositives()).isEqualTo(1);
    }

    @Test
    void microAverageAddsCountsAcrossPages() {
        ShingleScore total = ShingleScore.of("a b c d", "a b c d").plus(ShingleScore.of("", "e f g h"));
        assertThat(total.recall()).isEqualTo(0.5);
        assertThat(total.precision()).isEqualTo(1.0);
    }

    @Test
    void snippetsAreCountedLikeTrafilatura() {
        SnippetScore score = SnippetScore.of("Der  Text\nsteht hier. Impressum",
                List.of("Der Text steht", "fehlt"), List.of("Impressum", "Newsletter"));
        assertThat(score).isEqualTo(new SnippetScore(1, 1, 1, 1));
        assertThat(score.f1()).isEqualTo(0.5);
        assertThat(score.accuracy()).isEqualTo(0.5);
        assertThat(SnippetScore.of("", List.of("x"), List.of("y")).precision()).isZero();
    }

    @Test
    void titlesMatchAcrossQuoteAndCaseVariants() {
        assertThat(FuzzyMatch.sameTitle("„Wo ist der Wumms?“", "\"wo ist der  Wumms?\"")).isTrue();
        assertThat(FuzzyMatch.sameTitle("Rain in Berlin – live", "Rain in Berlin - live!")).isTrue();
        assertThat(FuzzyMatch.sameTitle("Rain in Berlin", "Sun in Munich")).isFalse();
    }

    @Test
    void authorsMatchAsSetsWithoutExtras() {
        assertThat(FuzzyMatch.sameAuthors(List.of("Barbara Schneider", "Jasper Riemann"),
                List.of("Jasper Riemann", "Barbara Schneidr"))).isTrue();
        assertThat(FuzzyMatch.sameAuthors(List.of("Jasper Riemann", "Redaktion"), List.of("Jasper Riemann"))).isFalse();
        assertThat(FuzzyMatch.sameAuthors(List.of("Jasper Riemann"), List.of("Barbara Schneider"))).isFalse();
    }

    @Test
    void goldAuthorStringsSplitIntoNamesWithoutCredentials() {
        assertThat(GoldAuthors.split("Dylan Bailey, MS, RD, FAND")).containsExactly("Dylan Bailey");
        assertThat(GoldAuthors.split("Danielle DeSiato, Donna Enzmann, and Natalie Nguyen"))
                .containsExactly("Danielle DeSiato", "Donna Enzmann", "Natalie Nguyen");
        assertThat(GoldAuthors.split("Sarah Hinger; Sylvia Torres-Guillén")).hasSize(2);
        assertThat(GoldAuthors.split("  ")).isEmpty();
    }

    @Test
    void datesCompareOnTheLocalDay() {
        GoldDate withOffset = GoldDate.parse("2024-08-26 23:27:57+02:00").orElseThrow();
        assertThat(withOffset.day()).isEqualTo(LocalDate.of(2024, 8, 26));
        assertThat(SameDay.matches(Instant.parse("2024-08-26T21:27:57Z"), withOffset, "")).isTrue();
        GoldDate bare = GoldDate.parse("2024-08-27").orElseThrow();
        String page = "<meta property=\"article:published_time\" content=\"2024-08-27T00:30:00+02:00\">";
        assertThat(SameDay.matches(Instant.parse("2024-08-26T22:30:00Z"), bare, page)).isTrue();
        assertThat(SameDay.matches(Instant.parse("2024-08-26T22:30:00Z"), bare, "")).isFalse();
        assertThat(SameDay.matches(null, bare, page)).isFalse();
        assertThat(SameDay.declaredOffset(page, Instant.parse("2024-08-26T22:30:00Z")))
                .isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void datesCompareOnTheLocalDayTheExtractorStates() {
        GoldDate bare = GoldDate.parse("2024-08-27").orElseThrow();
        Instant instant = Instant.parse("2024-08-26T22:30:00Z");
        // a local time without an offset in the markup ("27.08.2024, 00:30 Uhr"), read in the page's zone
        assertThat(SameDay.matches(instant, "2024-08-27T00:30:00+02:00", bare, "")).isTrue();
        assertThat(SameDay.matches(instant, "2024-08-26T22:30:00-02:00", bare, "")).isFalse();
        assertThat(SameDay.matches(Instant.parse("2024-08-27T00:00:00Z"), "2024-08-27", bare, "")).isTrue();
        // a UTC form says nothing of the page's day: the markup decides, as without a local form
        assertThat(SameDay.matches(instant, "2024-08-26T22:30:00Z", bare, "")).isFalse();
        String page = "<time datetime=\"2024-08-27T00:30:00+02:00\">";
        assertThat(SameDay.matches(instant, "2024-08-26T22:30:00Z", bare, page)).isTrue();
        GoldDate withOffset = GoldDate.parse("2024-08-26 23:30:00+01:00").orElseThrow();
        assertThat(SameDay.matches(instant, "2024-08-27T00:30:00+02:00", withOffset, "")).isTrue();
    }

    @Test
    void pageScoresScoreOnlyWhatTheGoldGives() {
        Gold gold = new Gold("one two three four five", List.of(), List.of(), "Title", List.of(), null, true);
        PageScores kept = PageScores.of(gold,
                new Predicted("one two three four five", "title", List.of("Ann Lee"), null, true, null), new byte[0]);
        assertThat(kept.body().f1()).isEqualTo(1.0);
        assertThat(kept.title()).isTrue();
        assertThat(kept.snippets()).isNull();
        assertThat(kept.authors()).as("no gold authors: not scored").isNull();
        assertThat(kept.date()).isNull();
        assertThat(kept.rejectedArticle()).isFalse();
        PageScores rejected = PageScores.of(gold,
                new Predicted("", "Title", List.of(), null, true, "NOT_AN_ARTICLE: gallery"), new byte[0]);
        assertThat(rejected.rejectedArticle()).isTrue();
        assertThat(rejected.body().recall()).isZero();
    }

    @Test
    void partialGoldDatesAreNoGold() {
        assertThat(GoldDate.parse("2025-09")).isEmpty();
        assertThat(GoldDate.parse("2022-01.26")).isEmpty();
        assertThat(GoldDate.parse("2022-29-11")).isEmpty();
        assertThat(GoldDate.parse(null)).isEmpty();
        assertThat(GoldDate.parse("2024-04-22 15:26:46.863186+00:00")).isPresent();
    }
}
