package io.newsflow.app.cli.bench.quality;

import io.newsflow.enrich.quality.Split;
import java.util.List;

/**
 * One unit the recognizer runs on (a GermEval or UNER sentence, a GUM document) with its labelled mentions.
 *
 * @param id the item id the TUNE/MEASURE split is computed from
 * @param language ISO 639-1 code, as the pipeline passes it
 * @param text the text the recognizer reads
 * @param gold the labelled mentions, offsets into {@code text}
 */
record EntityDocument(String id, String language, String text, List<GoldSpan> gold) {

    /** The project's split rule: MEASURE when the first hex digit of sha1(item id) is 0-4, TUNE otherwise. */
    static boolean measure(String itemId) {
        return Split.of(itemId) == Split.MEASURE;
    }
}
