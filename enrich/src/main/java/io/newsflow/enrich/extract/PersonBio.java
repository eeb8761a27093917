package io.newsflow.enrich.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Completes a person's one-word display name from the bio that opens with the full name: blog software (WordPress
 * with Yoast) writes the user's nickname as the JSON-LD person's name ("Nils") and the profile's bio as its
 * description ("Nils Pickert ist freier Autor ...", "Stefanus Stahl - Maschinenbauer, ...").
 */
final class PersonBio {

    /** The bio's opening words: where a full name stands, short enough for the byline parser. */
    private static final int OPENING_WORDS = 6;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private PersonBio() {}

    /** The full name {@code bio} opens with when it is {@code name} and one or two more words, else {@code name}. */
    static @Nullable String fullName(@Nullable String name, @Nullable String bio) {
        if (name == null || bio == null || name.isBlank() || name.strip().contains(" ")) {
            return name;
        }
        String[] words = WHITESPACE.split(TextNormalizer.collapse(bio), OPENING_WORDS + 1);
        String opening = String.join(" ", List.of(words).subList(0, Math.min(words.length, OPENING_WORDS)));
        List<String> names = BylineParser.names(opening);
        if (names.isEmpty()) {
            return name;
        }
        String full = names.get(0);
        int extra = full.split(" ").length - 1;
        return full.startsWith(name.strip() + " ") && extra <= 2 ? full : name;
    }
}
