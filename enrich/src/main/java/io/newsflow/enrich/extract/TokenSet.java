package io.newsflow.enrich.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A named, validated set of lower-case heuristic tokens (class-name parts, tag names, phrases).
 *
 * <p>Validation runs when the constant loads, so an empty list or a stray upper-case entry fails loudly.
 *
 * @param name what the set is for, used in error messages
 * @param tokens the tokens, lower case and non-blank
 */
record TokenSet(String name, Set<String> tokens) {

    TokenSet {
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("heuristic token set " + name + " is empty");
        }
        for (String token : tokens) {
            if (token.isBlank() || !token.equals(token.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("bad token '" + token + "' in heuristic token set " + name);
            }
        }
        tokens = Set.copyOf(tokens);
    }

    static TokenSet of(String name, String... tokens) {
        return new TokenSet(name, Set.of(tokens));
    }

    /** This set less {@code removed}, under a new name; each removed token must be in this set. */
    TokenSet without(String newName, String... removed) {
        Set<String> kept = new HashSet<>(tokens);
        for (String token : removed) {
            if (!kept.remove(token)) {
                throw new IllegalArgumentException("token '" + token + "' is not in heuristic token set " + name);
            }
        }
        return new TokenSet(newName, kept);
    }

    boolean contains(String token) {
        return tokens.contains(token);
    }

    /** Whether any of {@code candidates} is in this set. */
    boolean containsAny(Iterable<String> candidates) {
        for (String candidate : candidates) {
            if (tokens.contains(candidate)) {
                return true;
            }
        }
        return false;
    }
}
