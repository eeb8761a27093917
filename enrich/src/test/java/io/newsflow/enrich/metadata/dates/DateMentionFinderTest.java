package io.newsflow.enrich.metadata.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.DateMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateMentionFinderTest {

    /** A Wednesday. */
    private static final LocalDate ANCHOR = LocalDate.of(2023, 7, 26);

    private static List<String> found(String text) {
        return DateMentionFinder.find(text, ANCHOR).stream().map(m -> m.getText() + "=" + m.getDate()).toList();
    }

    @Test
    void resolvesDayAndMonthToTheNearestYear() {
        assertThat(found("Der 27. Juli wird gefeiert.")).containsExactly("27. Juli=2023-07-27");
        assertThat(found("Höhepunkt ist am 13. August. Danach")).containsExactly("13. August=2023-08-13");
        assertThat(DateMentionFinder.find("Am 3. Januar", LocalDate.of(2023, 12, 28)).get(0).getDate())
                .isEqualTo("2024-01-03");
    }

    @Test
    void aWeekdayBeforeAnExplicitDateIsOneMention() {
        List<DateMention> mentions = DateMentionFinder.find("veröffentlichte am Dienstagabend (25. Juli) ein Video", ANCHOR);
        assertThat(mentions).extracting(DateMention::getText, DateMention::getDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("25. Juli", "2023-07-25"));
        assertThat(mentions.get(0).getOffset()).isEqualTo("veröffentlichte am Dienstagabend (".length());
    }

    @Test
    void resolvesWeekdaysByTheirQualifier() {
        assertThat(found("last Thursday")).containsExactly("last Thursday=2023-07-20");
        assertThat(found("am kommenden Montag")).containsExactly("kommenden Montag=2023-07-31");
        assertThat(found("Am Montag hatte Nordkorea erklärt")).containsExactly("Montag=2023-07-24");
        assertThat(found("an der Veranstaltung am Donnerstag")).containsExactly("Donnerstag=2023-07-27");
        assertThat(found("on Wednesday")).containsExactly("Wednesday=2023-07-26");
    }

    @Test
    void resolvesEnglishAndNumericDates() {
        assertThat(found("on July 26, 2023 and on 4th of July")).containsExactly("July 26, 2023=2023-07-26",
                "4th of July=2023-07-04");
        assertThat(found("Stand: 26.07.2023, 09:41 Uhr")).containsExactly("26.07.2023=2023-07-26");
        assertThat(found("published 2023-07-26")).containsExactly("2023-07-26=2023-07-26");
        assertThat(found("im März 2022 und Anfang Mai")).containsExactly("März 2022=2022-03", "Anfang Mai=2023-05");
    }

    @Test
    void yearsStandAloneButQuantitiesDoNot() {
        assertThat(found("im Krieg zwischen 1950 und 1953")).containsExactly("1950=1950", "1953=1953");
        assertThat(found("rund 2000 Soldaten, 1500 Menschen und 2010 Euro")).isEmpty();
        assertThat(found("seit den 1950er Jahren und in the 1990s")).isEmpty();
    }

    @Test
    void relativeDaysMonthsAndYears() {
        assertThat(found("gestern und yesterday")).containsExactly("gestern=2023-07-25", "yesterday=2023-07-25");
        assertThat(found("im vergangenen Jahr, last month")).containsExactly("vergangenen Jahr=2022", "last month=2023-06");
        assertThat(found("Bis heute dementiert Nordkorea")).isEmpty();
        assertThat(found("vergangene Woche")).as("a week is no day, month or year").isEmpty();
    }

    @Test
    void impossibleDatesAreNoMentions() {
        assertThat(found("am 31. Februar")).isEmpty();
        assertThat(found("the may 5 plan")).isEmpty();
    }
}
