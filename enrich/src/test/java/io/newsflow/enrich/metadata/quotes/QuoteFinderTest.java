package io.newsflow.enrich.metadata.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.newsflow.schemas.avro.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    private static List<Quote> find(String text, String... persons) {
        return QuoteFinder.find(text, List.of(persons));
    }

    @Test
    void findsTheSpeakerNamedAfterASpeechVerbAfterTheQuote() {
        String text = "„Der Besuch wird bedeutsam sein für den Austausch“, zitierte CNN Leif-Eric Easley, Professor für"
                + " Internationale Studien an der Ewha Womans University in Seoul.";
        assertThat(find(text)).extracting(Quote::getText, Quote::getSpeaker, Quote::getOffset)
                .containsExactly(tuple("Der Besuch wird bedeutsam sein für den Austausch", "Leif-Eric Easley", 0));
    }

    @Test
    void findsEnglishSpeakersBeforeAndAfter() {
        assertThat(find("\"We will not back down from this,\" said Jane Doe, the union leader."))
                .extracting(Quote::getSpeaker).containsExactly("Jane Doe");
        assertThat(find("“Prices will keep falling this year,” Maria Lopez told reporters."))
                .extracting(Quote::getSpeaker).containsExactly("Maria Lopez");
        assertThat(find("According to Peter Miller, “the bridge has to close for a year.”"))
                .extracting(Quote::getSpeaker).containsExactly("Peter Miller");
    }

    @Test
    void prefersKnownPersonsAndMapsALastNameToThem() {
        String text = "«Wir lassen uns nicht länger hinhalten», sagte Weselsky der Deutschen Presse-Agentur.";
        assertThat(find(text, "Claus Weselsky")).extracting(Quote::getSpeaker).containsExactly("Claus Weselsky");
    }

    @Test
    void aKnownPersonNamedByLastNameBeforeTheVerbIsTheSpeaker() {
        // a real page (fundus na/TheNamibian) made the speaker lookup cut the text at the full name it lacks
        assertThat(find("“We will win the vote,” Geingob.", "Hage Geingob")).extracting(Quote::getSpeaker)
                .containsExactly((String) null);
        assertThat(find("“We will win the vote,” Geingob said.", "Hage Geingob")).extracting(Quote::getSpeaker)
                .containsExactly("Hage Geingob");
    }

    @Test
    void aQuoteWithoutANamedSpeakerHasNone() {
        String text = "Zugleich hieß es aus Moskau: „Der Besuch wird zur Stärkung der Beziehungen beitragen.“ Die Aussage"
                + " dürfte für Aufruhr sorgen.";
        assertThat(find(text)).extracting(Quote::getText, Quote::getSpeaker)
                .containsExactly(tuple("Der Besuch wird zur Stärkung der Beziehungen beitragen.", null));
    }

    @Test
    void scareQuotesAndApostrophesAreNoQuotes() {
        assertThat(find("dass es die UN-Sanktionen „streng” umsetze und ‚hart‘ bleibe")).isEmpty();
        assertThat(find("Pekings ‚Unterstützung‘ und don’t ‘stop’ here")).isEmpty();
        assertThat(find("Er sagte: „Das ist nicht zu Ende\n\nNeuer Absatz ohne Ende")).isEmpty();
    }

    @Test
    void findsGuillemetsAndSingleQuotes() {
        assertThat(find("»Das ist ein klarer Fall von Betrug«, so Anna Schmidt. ‚Wir prüfen alle Optionen genau‘"))
                .extracting(Quote::getText, Quote::getSpeaker)
                .containsExactly(tuple("Das ist ein klarer Fall von Betrug", "Anna Schmidt"),
                        tuple("Wir prüfen alle Optionen genau", null));
    }
}
