package io.newsflow.app.cli.bench.quality;

import io.newsflow.enrich.quality.Split;

/**
 * A row of the report: the pages of one set and group in one split, scored for one extractor.
 *
 * @param group the pages' group: fundus "news pages"; WCXB "article pages" apart from "other page types";
 *     trafilatura "all pages"; htmldate its two files
 */
record RowKey(EvalSet set, String group, Split split, Extractor extractor) {

    static RowKey of(GoldPage page, Extractor extractor) {
        return new RowKey(page.set(), group(page), page.split(), extractor);
    }

    private static String group(GoldPage page) {
        return switch (page.set()) {
            case FUNDUS -> "news pages";
            case WCXB -> page.group().equals(WcxbReader.ARTICLE) ? "article pages" : "other page types";
            case TRAFILATURA -> "all pages";
            case HTMLDATE -> page.group();
        };
    }
}
