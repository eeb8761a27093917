package io.newsflow.enrich.metadata.entity;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An acronym in brackets right after an organisation's name is that organisation's short name: "International
 * Renewable Energy Agency (IRENA)", "Bundesamt für Migration und Flüchtlinge (BAMF)". An all-caps word alone is no
 * evidence (on real pages most are terms: SEO, PDF), but a text that defines it after a name says what it names. Only
 * after an organisation: after a person the bracket gives the party ("Olaf Scholz (SPD)"), after a place the news
 * agency ("Berlin (AFP)"), neither of them a short name of the name before. The acronym starts with the name's
 * initial: a bracket after a name that the model cut short or ran on ("Business Administration (MBA)") gives none.
 */
final class BracketAcronyms {

    private BracketAcronyms() {
    }

    /**
     * {@code mention} as the short name of the organisation just before it, with {@link Mention#CUE} evidence, when it
     * is a single acronym between brackets right after the end of an organisation in {@code before} whose first letter
     * it shares; else null.
     */
    static @Nullable Mention organisation(List<Word> words, Mention mention, List<Mention> before) {
        int i = Word.indexAt(words, mention.offset()); // -1 for a title's mention (offset -1)
        if (mention.words() != 1 || i < 2 || i + 1 >= words.size() || !words.get(i).acronym()
                || !words.get(i - 1).text().equals("(") || !words.get(i + 1).text().equals(")")) {
            return null;
        }
        int nameEnd = words.get(i - 2).end();
        for (Mention name : before) {
            if (name.type() == EntityType.ORGANIZATION && name.offset() >= 0
                    && name.offset() + name.surface().length() == nameEnd
                    && name.surface().charAt(0) == mention.surface().charAt(0)) {
                return new Mention(mention.surface(), 1, mention.gazetteerId(), EntityType.ORGANIZATION, Mention.CUE,
                        mention.offset());
            }
        }
        return null;
    }
}
