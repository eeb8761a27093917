package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Site names and separators a headline element or a title keeps, and which are not part of the headline. */
class TitleSegmentsTest {

    @Test
    void cutsTheSiteNameAHeadingRepeatsFromTheSeoTitle() {
        String title = "Vehicle rental News and Reporting Coverage | WRAL";

        assertThat(TitleResolver.resolve(List.of(title), List.of(title), List.of(), title, List.of("WRAL.com")))
                .isEqualTo("Vehicle rental News and Reporting Coverage");
    }

    @Test
    void keepsASiteNameTheHeadingSetsAfterADash() {
        String title = "Wendi Weiner – The Writing Guru";

        assertThat(TitleResolver.resolve(List.of(title), List.of(title), List.of(), title, List.of("The Writing Guru")))
                .isEqualTo(title);
    }

    @Test
    void dropsASeparatorLeftBeforeTheHeadline() {
        assertThat(TitleResolver.resolve(List.of(), List.of(), List.of(), "mediaarchitecture.de // » Jens Weber",
                List.of("mediaarchitecture")))
                .isEqualTo("Jens Weber");
    }

    @Test
    void keepsQuotationMarksThatOpenTheHeadline() {
        assertThat(SiteSegments.undecorated("»Reformstau lösen« – Stetter-Karp gewählt"))
                .isEqualTo("»Reformstau lösen« – Stetter-Karp gewählt");
        assertThat(SiteSegments.undecorated("Wer hat Angst vor dem – ?")).isEqualTo("Wer hat Angst vor dem – ?");
        assertThat(SiteSegments.undecorated("– Angsten vil øke")).isEqualTo("– Angsten vil øke");
    }
}
