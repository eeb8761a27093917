package io.newsflow.app.cli.bench.quality;

import java.util.Arrays;
import java.util.Locale;

/** The evaluation sets {@code bench quality} reads, each from its folder of the cache. */
enum EvalSet {
    TRAFILATURA,
    FUNDUS,
    WCXB,
    HTMLDATE;

    /** The set's name on the command line and its folder in the cache. */
    String folder() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The set named {@code name}.
     *
     * @throws IllegalArgumentException naming the known sets
     */
    static EvalSet named(String name) {
        return Arrays.stream(values())
                .filter(set -> set.folder().equals(name.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown set '" + name + "'; known: "
                        + Arrays.stream(values()).map(EvalSet::folder).toList()));
    }
}
