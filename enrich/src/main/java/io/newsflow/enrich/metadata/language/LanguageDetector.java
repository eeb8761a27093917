package io.newsflow.enrich.metadata.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.newsflow.enrich.metadata.DetectedLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Detects the language of a title or body among a configured set of languages, with Lingua's n-gram models in
 * low-accuracy mode (trigrams only: about 10x less heap than its high-accuracy mode, still right on short titles).
 *
 * <p>Chosen over OpenNLP's langdetect model by {@code LanguageBenchmark}: see docs/operators.md for the figures.
 * Text longer than {@link #MAX_CHARS} is cut at a word boundary first: more text adds cost, not accuracy.
 * Models are loaded once, in the constructor; {@link #detect} is thread-safe.
 */
public final class LanguageDetector {

    /** Characters of text considered; the first few sentences decide the language of an article. */
    static final int MAX_CHARS = 400;

    /** Fewer letters than this is too little text to judge. */
    static final int MIN_LETTERS = 3;

    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;
    private final List<String> languages;

    /**
     * Loads the models of {@code isoCodes}.
     *
     * @param isoCodes ISO 639-1 codes, at least two, e.g. {@code ["de", "en", "fr"]}
     * @throws IllegalArgumentException naming every code Lingua does not know
     */
    public LanguageDetector(List<String> isoCodes) {
        this.languages = List.copyOf(isoCodes);
        this.lingua = LanguageDetectorBuilder.fromIsoCodes639_1(isoCodes(languages))
                .withLowAccuracyMode()
                .withPreloadedLanguageModels()
                .build();
    }

    /** The configured languages, as given. */
    public List<String> languages() {
        return languages;
    }

    /** The language of {@code text}, or empty when there is too little text or none of the languages fits. */
    public Optional<DetectedLanguage> detect(String text) {
        String sample = sample(text);
        if (letters(sample) < MIN_LETTERS) {
            return Optional.empty();
        }
        SortedMap<Language, Double> values = lingua.computeLanguageConfidenceValues(sample);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        Map.Entry<Language, Double> best = values.entrySet().iterator().next();
        if (best.getKey() == Language.UNKNOWN || best.getValue() <= 0) {
            return Optional.empty();
        }
        String code = best.getKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT);
        return Optional.of(new DetectedLanguage(code, Math.min(1.0, best.getValue())));
    }

    /** Validates {@code isoCodes} without loading models; an empty list means all are known. */
    public static List<String> unknownCodes(List<String> isoCodes) {
        List<String> unknown = new ArrayList<>();
        for (String code : isoCodes) {
            if (isoCode(code).isEmpty()) {
                unknown.add(code);
            }
        }
        return unknown;
    }

    private static IsoCode639_1[] isoCodes(List<String> codes) {
        List<String> unknown = unknownCodes(codes);
        if (!unknown.isEmpty() || codes.size() < 2) {
            throw new IllegalArgumentException("enrich.languages needs at least two ISO 639-1 codes Lingua knows; "
                    + "unknown: " + unknown + " in " + codes);
        }
        return codes.stream().map(code -> isoCode(code).orElseThrow()).toArray(IsoCode639_1[]::new);
    }

    private static Optional<IsoCode639_1> isoCode(String code) {
        try {
            IsoCode639_1 iso = IsoCode639_1.valueOf(code.trim().toUpperCase(Locale.ROOT));
            return iso == IsoCode639_1.NONE ? Optional.empty() : Optional.of(iso);
        } catch (IllegalArgumentException e) {
            // Not a constant of the enum: the code is unknown, which the caller reports with all others at once.
            return Optional.empty();
        }
    }

    static String sample(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_CHARS);
        return text.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
    }

    private static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length() && count < MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
