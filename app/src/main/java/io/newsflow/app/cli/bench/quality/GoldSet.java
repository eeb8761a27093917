package io.newsflow.app.cli.bench.quality;

import java.util.List;

/**
 * The pages of one set read from the cache, and the items whose page file is not there (listed in the report rather
 * than failing the run: a partial cache still measures what it holds).
 */
record GoldSet(EvalSet set, List<GoldPage> pages, List<String> missing) {

    GoldSet {
        pages = List.copyOf(pages);
        missing = List.copyOf(missing);
    }
}
