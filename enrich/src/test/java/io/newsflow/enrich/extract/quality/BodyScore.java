package io.newsflow.enrich.extract.quality;

/**
 * Token counts of one extracted body against its golden body.
 *
 * @param shared tokens in both (multiset intersection)
 * @param produced tokens in the extracted body
 * @param expected tokens in the golden body
 */
record BodyScore(int shared, int produced, int expected) {

    static BodyScore of(String producedText, String expectedText) {
        TokenBag produced = TokenBag.of(producedText);
        TokenBag expected = TokenBag.of(expectedText);
        return new BodyScore(produced.overlap(expected), produced.size(), expected.size());
    }

    BodyScore plus(BodyScore other) {
        return new BodyScore(shared + other.shared, produced + other.produced, expected + other.expected);
    }

    /** Precision; an empty extraction of an empty golden body is perfect. */
    double precision() {
        return produced == 0 ? (expected == 0 ? 1 : 0) : shared / (double) produced;
    }

    double recall() {
        return expected == 0 ? (produced == 0 ? 1 : 0) : shared / (double) expected;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
