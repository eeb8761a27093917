package io.newsflow.enrich.metadata.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineFinderTest {

    @Test
    void findsTheDatelineAfterALead() {
        String body = "Der Versuch einer militärischen Annäherung? Russland und China entsenden Delegierte.\n\n"
                + "Pjöngjang – Russland bleiben im Ukraine-Krieg nur noch wenige Verbündete.";
        assertThat(DatelineFinder.find(body)).contains(new DatelineFinder.Dateline("Pjöngjang", null));
    }

    @Test
    void findsAgencyStyleDatelines() {
        assertThat(DatelineFinder.find("Berlin (dpa) – Die GDL streikt.")).contains(new DatelineFinder.Dateline("Berlin", "dpa"));
        assertThat(DatelineFinder.find("WASHINGTON, July 26 (Reuters) - The Senate voted."))
                .contains(new DatelineFinder.Dateline("Washington", "Reuters"));
        assertThat(DatelineFinder.find("Frankfurt/Main – Der Dax fiel.")).map(DatelineFinder.Dateline::place)
                .contains("Frankfurt/Main");
        assertThat(DatelineFinder.find("NEW YORK (AP) — Stocks rose.")).map(DatelineFinder.Dateline::place)
                .contains("New York");
    }

    @Test
    void ordinarySentencesWithADashAreNoDateline() {
        assertThat(DatelineFinder.find("Die Regierung – so heißt es – plant Neues.")).isEmpty();
        assertThat(DatelineFinder.find("Update – the vote was delayed.")).isEmpty();
        assertThat(DatelineFinder.find("Der Dax fiel am Montag deutlich.\n\nAnleger waren nervös.")).isEmpty();
    }
}
