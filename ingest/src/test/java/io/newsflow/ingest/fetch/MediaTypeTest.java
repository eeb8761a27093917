package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaTypeTest {

    @Test
    void readsTypeAndQuotedCharset() {
        assertThat(MediaType.parse("Text/HTML; Charset=\"windows-1252\""))
                .isEqualTo(new MediaType("text/html", "windows-1252"));
    }

    @Test
    void hasNoCharsetWhenHeaderNamesNone() {
        assertThat(MediaType.parse("application/xhtml+xml").charset()).isNull();
        assertThat(MediaType.parse(null)).isEqualTo(new MediaType("", null));
    }

    @Test
    void acceptsOnlyHtmlAndXhtml() {
        assertThat(MediaType.parse("text/html;charset=utf-8").isHtml()).isTrue();
        assertThat(MediaType.parse("application/xhtml+xml").isHtml()).isTrue();
        assertThat(MediaType.parse("application/json").isHtml()).isFalse();
        assertThat(MediaType.parse(null).isHtml()).isFalse();
    }
}
