package io.newsflow.enrich.metadata.quotes;

import java.util.Map;
import java.util.Set;

/**
 * Quotation marks by opening mark, with the marks that may close it: German „…“ (and „…” as typed on many sites),
 * English “…”, typewriter "…", French and Swiss «…», German »…«, and the single forms ‚…‘ and ‘…’.
 */
final class QuoteMarks {

    static final Map<Character, Set<Character>> CLOSERS = Map.of(
            '„', Set.of('“', '”', '"'),
            '“', Set.of('”'),
            '"', Set.of('"'),
            '«', Set.of('»'),
            '»', Set.of('«'),
            '‚', Set.of('‘', '’'),
            '‘', Set.of('’'));

    private QuoteMarks() {}
}
