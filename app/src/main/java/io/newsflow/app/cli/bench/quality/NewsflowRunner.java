package io.newsflow.app.cli.bench.quality;

import io.newsflow.enrich.quality.PipelineExtraction;
import io.newsflow.enrich.quality.PipelineOutcome;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** newsflow as the enrich topology runs it: parse, extract, and the topology's verdict on the page. */
final class NewsflowRunner {

    private final PipelineExtraction pipeline;

    NewsflowRunner(int minBodyChars) {
        this.pipeline = new PipelineExtraction(minBodyChars);
    }

    Extraction run(byte[] html, @Nullable String url, Instant fetchedAt) {
        PipelineOutcome outcome = pipeline.run(html, url, fetchedAt);
        String rejection = outcome.rejection() == null ? null : outcome.rejection() + ": " + outcome.rejectionDetail();
        return new Extraction(outcome.publishedBody(), outcome.article().title(), outcome.article().authors(),
                outcome.article().publishedAt(), rejection, outcome.declaresUrl(),
                outcome.refusedWithoutUrl());
    }
}
