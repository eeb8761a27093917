package io.newsflow.enrich.extract;

import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The byline a page shows next to its headline when it names other people than its structured data declares.
 *
 * <p>Content systems fill the JSON-LD author with the account that posted the article (an editor, a member of the web
 * team), while the labelled line under the headline ("Von Matthias Lauerer", "By: Paul Fenaroli", "Auteur Uriel
 * Gadessaud") credits the writer the reader sees. When that line shares no word with any declared name, the two credit
 * different people, and the visible credit is the article's byline. It is taken only as the page's labelled byline
 * lines read it too, so that a label set before a heading or a notice ("By Advertiser Disclosure", a category's "By
 * Products Liability") is not taken for a credit. A line that repeats a declared name agrees with the structured data
 * and changes nothing; so does one in another script than the declared name (a Japanese name declared, the byline
 * romanised), which may be the same person.
 */
final class HeadlineCredit {

    private HeadlineCredit() {}

    /**
     * The persons the first labelled line of {@code areaLines} names, read as the first of the page's labelled byline
     * lines that names persons reads them, when they differ from every {@code declared} name; empty otherwise or when
     * nothing is declared.
     */
    static List<String> overriding(List<String> declared, List<String> areaLines, Supplier<LabelledLines> labelled,
            Predicate<String> accepted) {
        if (declared.isEmpty()) {
            return List.of();
        }
        String line = firstCredit(areaLines, accepted);
        if (line == null) {
            return List.of();
        }
        List<String> shown = BylineParser.names(line).stream().filter(accepted).toList();
        if (shown.stream().anyMatch(name -> sharesWord(name, declared) || script(name) != script(declared.get(0)))) {
            return List.of();
        }
        for (String labelledLine : labelled.get().bylines()) {
            List<String> persons = BylineParser.names(labelledLine).stream().filter(accepted).toList();
            if (!persons.isEmpty()) {
                // the labelled line reads the name without the words the headline area runs on into it
                boolean same = persons.stream().allMatch(line::contains)
                        && persons.stream().noneMatch(name -> sharesWord(name, declared));
                return same ? persons : List.of();
            }
        }
        return List.of();
    }

    /** The first line opening with a byline word ("By", "Von", "Auteur") that names a person. */
    private static @Nullable String firstCredit(List<String> areaLines, Predicate<String> accepted) {
        for (String areaLine : areaLines) {
            String text = BylineParser.LEADING_DECORATION.matcher(TextNormalizer.collapse(areaLine)).replaceFirst("");
            if (BylineParser.PREFIX.matcher(text).find()
                    && BylineParser.names(text).stream().anyMatch(accepted)) {
                return text;
            }
        }
        return null;
    }

    private static UnicodeScript script(String name) {
        return name.codePoints().filter(Character::isLetter).mapToObj(UnicodeScript::of).findFirst()
                .orElse(UnicodeScript.COMMON);
    }

    private static boolean sharesWord(String name, List<String> others) {
        List<String> words = List.of(name.toLowerCase(Locale.ROOT).split(" "));
        return others.stream().anyMatch(other -> List.of(other.toLowerCase(Locale.ROOT).split(" ")).stream()
                .anyMatch(words::contains));
    }
}
