package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small rule classes: bylines, dates, agency notes, titles, credits, token sets. */
class ExtractionRulesTest {

    @Test
    void readsNamesFromBylines() {
        assertThat(BylineParser.names("Von: Bona Hyun")).containsExactly("Bona Hyun");
        assertThat(BylineParser.names("By Jane Doe and John Roe")).containsExactly("Jane Doe", "John Roe");
        assertThat(BylineParser.names("Par Claire Dubois, Jean-Luc Martin et Anne de la Tour"))
                .containsExactly("Claire Dubois", "Jean-Luc Martin", "Anne de la Tour");
        assertThat(BylineParser.names("By Jane Doe in Washington")).containsExactly("Jane Doe");
        assertThat(BylineParser.names("(bohy mit Agenturen)")).isEmpty();
    }

    @Test
    void tellsBylineParagraphsFromSentences() {
        assertThat(BylineParser.isByline("By Jane Doe and John Roe")).isTrue();
        assertThat(BylineParser.isByline("By the time the vote was counted, Senator Smith had left.")).isFalse();
    }

    @Test
    void parsesDeclaredDates() {
        assertThat(DateParser.parse("2023-07-26T09:41:00+02:00")).contains(Instant.parse("2023-07-26T07:41:00Z"));
        assertThat(DateParser.parse("2023-07-26T09:41:00+0200")).contains(Instant.parse("2023-07-26T07:41:00Z"));
        assertThat(DateParser.parse("2023-07-26 09:41")).contains(Instant.parse("2023-07-26T09:41:00Z"));
        assertThat(DateParser.parse("2023-07-26")).contains(Instant.parse("2023-07-26T00:00:00Z"));
        assertThat(DateParser.parse("Wed, 26 Jul 2023 09:41:00 +0200")).contains(Instant.parse("2023-07-26T07:41:00Z"));
        assertThat(DateParser.parse("1970-01-01T00:00:00Z")).isEmpty();
        assertThat(DateParser.parse("gestern")).isEmpty();
        assertThat(DateParser.parse("2023-07-26T09:41:05.25-03:30")).contains(Instant.parse("2023-07-26T13:11:05.250Z"));
        assertThat(DateParser.parse("2023-07-26t09:41z")).contains(Instant.parse("2023-07-26T09:41:00Z"));
        assertThat(DateParser.parse("2023-07-26T09:41:00+05")).contains(Instant.parse("2023-07-26T04:41:00Z"));
        assertThat(DateParser.parse("2023-07-26T09:41:00", java.time.ZoneId.of("Europe/Berlin")))
                .contains(Instant.parse("2023-07-26T07:41:00Z"));
        assertThat(DateParser.parse("2023-13-26T09:41:00Z")).isEmpty();
        assertThat(DateParser.parse("2023-07-26T25:41:00Z")).isEmpty();
    }

    @Test
    void findsTrailingAgencyNotes() {
        assertThat(AgencyNote.find("Text endet hier. (bohy mit Agenturen)"))
                .contains(new AgencyNote("bohy mit Agenturen", "Text endet hier."));
        assertThat(AgencyNote.find("Ende. (dpa/AFP)")).contains(new AgencyNote("dpa/AFP", "Ende."));
        assertThat(AgencyNote.find("(jto)")).contains(new AgencyNote("jto", ""));
        assertThat(AgencyNote.find("Er sprach mit dem Minister (CDU)")).isEmpty();
        assertThat(AgencyNote.find("Das sagte sie (laut Polizei)")).isEmpty();
    }

    @Test
    void stripsSiteAndSectionFromTitles() {
        assertThat(SiteSegments.strip("Schoigu besucht Kim | Politik", List.of("politik")))
                .isEqualTo("Schoigu besucht Kim");
        assertThat(SiteSegments.strip("Russia - Ukraine talks - Example News",
                        List.of("example news")))
                .isEqualTo("Russia - Ukraine talks");
    }

    @Test
    void cleansCredits() {
        assertThat(LeadImageResolver.cleanCredit("© Uncredited/dpa")).isEqualTo("Uncredited/dpa");
        assertThat(LeadImageResolver.cleanCredit("Foto: Max Muster")).isEqualTo("Max Muster");
        assertThat(LeadImageResolver.cleanCredit("Reuters")).isEqualTo("Reuters");
    }

    @Test
    void tokenSetsFailLoudlyWhenEmptyOrMalformed() {
        assertThatThrownBy(() -> TokenSet.of("empty")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TokenSet.of("upper", "Ad")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void creditCodesAndLabelWordsAreNotNames() {
        assertThat(BylineParser.structuredNames("TNN")).isEmpty();
        assertThat(BylineParser.structuredNames("Bona Hyun")).containsExactly("Bona Hyun");
        assertThat(BylineParser.names("PTI / Updated: Apr 8, 2025, 05:12 IST")).isEmpty();
    }

    @Test
    void headlineInAnH2AgreeingWithOgTitleWinsOverADifferentJsonLdHeadline() {
        String title = TitleResolver.resolve(List.of("Old headline of the story", "New headline of the story"),
                List.of(), List.of("Kicker words New headline of the story"), "Old headline of the story - Site",
                List.of("site"));
        assertThat(title).isEqualTo("New headline of the story");
    }

    @Test
    void aKickerWithItsOwnSeparatorIsNotPartOfTheHeadline() {
        String title = TitleResolver.resolve(List.of("Ehrengast der Buchmesse: Was lesen die Philippinen?"),
                List.of("Kultur : Ehrengast der Buchmesse: Was lesen die Philippinen?"), List.of(), "", List.of());
        assertThat(title).isEqualTo("Ehrengast der Buchmesse: Was lesen die Philippinen?");
    }

    @Test
    void aHeadingThatIsOnlyTheKickerOfTheDeclaredTitleGivesWayToIt() {
        String title = TitleResolver.resolve(List.of("Waffenlieferungen an Israel: Verfassungsbeschwerde eingelegt"),
                List.of("Waffenlieferungen an Israel:"), List.of(), "", List.of());
        assertThat(title).isEqualTo("Waffenlieferungen an Israel: Verfassungsbeschwerde eingelegt");
    }

    @Test
    void deskCodesAfterNamesAreDropped() {
        assertThat(BylineParser.structuredNames("Elena Oberholzer (obe), Corina Gall (cog.)"))
                .containsExactly("Elena Oberholzer", "Corina Gall");
        assertThat(BylineParser.names("Von Elena Oberholzer (obe)")).containsExactly("Elena Oberholzer");
    }

    @Test
    void searchResultUrlsAreRecognised() {
        assertThat(SearchPageUrl.matches("https://x.example/search?q=housing")).isTrue();
        assertThat(SearchPageUrl.matches("https://x.example/suche/")).isTrue();
        assertThat(SearchPageUrl.matches("https://x.example/?s=wahl")).isTrue();
        assertThat(SearchPageUrl.matches("https://x.example/news/2025/search-for-survivors.html")).isFalse();
        assertThat(SearchPageUrl.matches("https://x.example/news/story.html?q=1")).isFalse();
    }
}
