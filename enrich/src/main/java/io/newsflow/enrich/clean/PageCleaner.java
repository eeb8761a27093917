package io.newsflow.enrich.clean;

import io.newsflow.enrich.extract.PageParser;
import io.newsflow.enrich.step.Reason;
import io.newsflow.enrich.step.StepResult;
import io.newsflow.schemas.avro.RawArticle;
import java.nio.ByteBuffer;

/** First step: checks that the raw record holds a fetched page and parses it, once, into a DOM. */
public final class PageCleaner {

    private PageCleaner() {}

    /** The parsed page, or a rejection when the fetch did not return one or the page is over {@code maxBytes}. */
    public static StepResult<ParsedPage> clean(RawArticle raw, long maxBytes) {
        if (raw.getHttpStatus() < 200 || raw.getHttpStatus() > 299) {
            return StepResult.rejected(
                    Reason.NOT_FETCHED, "HTTP status " + raw.getHttpStatus() + " for " + raw.getFinalUrl(), raw);
        }
        if (raw.getBody().remaining() > maxBytes) {
            return StepResult.rejected(Reason.TOO_LARGE, "page of " + raw.getBody().remaining()
                    + " bytes is over enrich.max.page.bytes (" + maxBytes + ")", raw);
        }
        ByteBuffer body = raw.getBody().duplicate();
        byte[] bytes = new byte[body.remaining()];
        body.get(bytes);
        return StepResult.ok(new ParsedPage(raw, PageParser.parse(bytes, raw.getCharset(), raw.getFinalUrl())));
    }
}
