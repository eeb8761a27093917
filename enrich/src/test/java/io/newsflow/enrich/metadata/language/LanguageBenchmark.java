package io.newsflow.enrich.metadata.language;

import io.newsflow.enrich.metadata.DetectedLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Compares language detectors on the labelled set: accuracy on titles and bodies, microseconds per call, heap after
 * loading. One detector per JVM so heap figures do not mix. Run from the enrich module:
 *
 * <pre>
 * java -Xmx1g -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     io.newsflow.enrich.metadata.language.LanguageBenchmark lingua-low|lingua-high|opennlp|opennlp-restricted
 * </pre>
 */
public final class LanguageBenchmark {

    private static final int ROUNDS = 20;

    private LanguageBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<LabelledSample> samples = LabelledSample.load();
        List<String> languages = LabelledSample.languages(samples);
        long before = usedHeap();
        Function<String, Optional<String>> detector = detector(args[0], languages);
        long heap = usedHeap() - before;
        int titles = 0;
        int titlesRight = 0;
        int bodies = 0;
        int bodiesRight = 0;
        for (LabelledSample sample : samples) {
            Optional<String> detected = detector.apply(sample.text());
            boolean right = detected.filter(sample.language()::equals).isPresent();
            if (!right) {
                System.out.printf("  miss: %s detected as %s: %s%n", sample.language(), detected, sample.text());
            }
            if (sample.title()) {
                titles++;
                titlesRight += right ? 1 : 0;
            } else {
                bodies++;
                bodiesRight += right ? 1 : 0;
            }
        }
        String longText = longText(samples);
        double titleMicros = micros(detector, samples.stream().filter(LabelledSample::title).toList().stream()
                .map(LabelledSample::text).toList());
        double bodyMicros = micros(detector, List.of(longText));
        System.out.printf(Locale.ROOT, "%-20s titles %d/%d (%.1f%%)  bodies %d/%d (%.1f%%)  %.0f us/title  "
                        + "%.0f us/4KB body (CPU time)  heap after load %d MB%n", args[0], titlesRight, titles,
                100.0 * titlesRight / titles, bodiesRight, bodies, 100.0 * bodiesRight / bodies, titleMicros,
                bodyMicros, heap / (1024 * 1024));
    }

    private static Function<String, Optional<String>> detector(String name, List<String> languages)
            throws IOException {
        switch (name) {
            case "lingua-low":
                LanguageDetector lingua = new LanguageDetector(languages);
                return text -> lingua.detect(text).map(DetectedLanguage::code);
            case "lingua-high":
                com.github.pemistahl.lingua.api.LanguageDetector high = com.github.pemistahl.lingua.api
                        .LanguageDetectorBuilder.fromIsoCodes639_1(languages.stream()
                                .map(c -> com.github.pemistahl.lingua.api.IsoCode639_1.valueOf(
                                        c.toUpperCase(Locale.ROOT)))
                                .toArray(com.github.pemistahl.lingua.api.IsoCode639_1[]::new))
                        .withPreloadedLanguageModels().build();
                return text -> Optional.of(high.detectLanguageOf(LanguageDetector.sample(text)).getIsoCode639_1()
                        .name().toLowerCase(Locale.ROOT));
            case "opennlp":
            case "opennlp-restricted":
                return openNlp(name.endsWith("restricted") ? Set.copyOf(languages) : null);
            default:
                throw new IllegalArgumentException("unknown detector " + name);
        }
    }

    private static Function<String, Optional<String>> openNlp(Set<String> restrictTo) throws IOException {
        LanguageDetectorModel model;
        try (InputStream in = LanguageBenchmark.class.getResourceAsStream("/langdetect-183.bin")) {
            model = new LanguageDetectorModel(in);
        }
        LanguageDetectorME me = new LanguageDetectorME(model);
        Map<String, String> iso1 = iso3To1();
        return text -> {
            for (Language language : me.predictLanguages(text)) {
                String code = iso1.getOrDefault(language.getLang(), language.getLang());
                if (restrictTo == null || restrictTo.contains(code)) {
                    return Optional.of(code);
                }
            }
            return Optional.empty();
        };
    }

    private static Map<String, String> iso3To1() {
        Map<String, String> map = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            map.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
        }
        // OpenNLP's model uses individual-language codes where ISO 639-1 has a macrolanguage.
        map.put("cmn", "zh");
        map.put("pes", "fa");
        map.put("nob", "nb");
        map.put("zsm", "ms");
        map.put("ind", "id");
        map.put("heb", "he");
        return map;
    }

    private static String longText(List<LabelledSample> samples) {
        StringBuilder text = new StringBuilder();
        samples.stream().filter(s -> !s.title() && s.language().equals("de")).forEach(s -> text.append(s.text())
                .append(' '));
        while (text.length() < 4096) {
            text.append(text);
        }
        return text.substring(0, 4096);
    }

    /** CPU microseconds per call after warming up: wall time on a shared machine measures its load, not the code. */
    private static double micros(Function<String, Optional<String>> detector, List<String> texts) {
        for (int i = 0; i < ROUNDS * 5; i++) {
            texts.forEach(detector::apply);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < ROUNDS * 5; i++) {
            texts.forEach(detector::apply);
        }
        return (threads.getCurrentThreadCpuTime() - start) / 1000.0 / (ROUNDS * 5 * texts.size());
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
