package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline opening the first paragraph: "Pjöngjang – ...", "Frankfurt/Main (dpa) – ...", "WASHINGTON — ...",
 * "ROTTERDAM, Jan 22 (Reuters) - ...". The body keeps it (it is part of the text); the place and the credited
 * agencies are reported on their own.
 *
 * @param place the place, as written
 * @param agencies the agencies in its parenthetical, e.g. {@code ["dpa"]}
 */
record Dateline(String place, List<String> agencies) {

    private static final Pattern OPENING = Pattern.compile(
            "^(\\p{Lu}[\\p{L}\\p{M}'’./-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’./-]*){0,3})"
                    + "(?:,\\s*([\\p{L}\\d. ]{1,20}?))?\\s*(?:\\(([^()]{1,40})\\))?\\s*[–—-]{1,2}\\s+\\S");

    /** "Goslar. Nachdem ..." — a one-word place ending in a full stop, as regional papers write it. */
    /** Between the agencies of a credit: "dpa/AFP", "AP, Reuters", "dpa und AFP". */
    private static final Pattern CREDIT_PARTS = Pattern.compile("\\s*[/,;]\\s*|\\s+(?:and|und|et|y|e)\\s+");

    private static final Pattern PLACE_SENTENCE =
            Pattern.compile("^(\\p{Lu}\\p{Ll}{2,}(?:/\\p{Lu}\\p{Ll}+)?)\\.\\s+\\p{Lu}");

    Dateline {
        agencies = List.copyOf(agencies);
    }

    static Optional<Dateline> find(List<BodyBlock> blocks) {
        BodyBlock first = blocks.stream().filter(block -> block.kind() == BlockKind.PARAGRAPH).findFirst().orElse(null);
        if (first == null) {
            return Optional.empty();
        }
        Matcher m = OPENING.matcher(first.text());
        if (m.find() && isPlace(m)) {
            return Optional.of(new Dateline(m.group(1), m.group(3) == null ? List.of() : agencies(m.group(3))));
        }
        Matcher place = PLACE_SENTENCE.matcher(first.text());
        return place.find() ? Optional.of(new Dateline(place.group(1), List.of())) : Optional.empty();
    }

    /**
     * Several capitalised words before a dash may be a sentence ("Die Regierung – so heißt es"); they are a place
     * only in capitals or with a date or credit after them. One word before the dash is a place.
     */
    private static boolean isPlace(Matcher m) {
        String place = m.group(1);
        return !place.contains(" ") || place.equals(place.toUpperCase(java.util.Locale.ROOT))
                || m.group(2) != null || m.group(3) != null;
    }

    private static List<String> agencies(String credit) {
        List<String> agencies = new ArrayList<>();
        for (String part : CREDIT_PARTS.split(credit)) {
            if (!part.isBlank()) {
                agencies.add(part.strip());
            }
        }
        return agencies;
    }
}
