package io.newsflow.enrich.metadata.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The type of a rule mention in English running text where its shape and the name lists say more than the rules
 * did: a lone surname in the possessive or a listed person's name is a person's ("Kipling's need", "partner Egan
 * on"), a generic business on a heading is no organisation ("Moving Company").
 */
final class RuleMentionTypes {

    /** Parts of speech before a single word that make it no lone person's name: "the Church", "22 Jan". */
    private static final Set<String> LISTED_PERSON_NOT_AFTER = Set.of("DET", "NUM");

    /** Parts of speech after a single word that make it no lone person's name: "French toast", "Day 1". */
    private static final Set<String> LISTED_PERSON_NOT_BEFORE = Set.of("NOUN", "NUM");

    private RuleMentionTypes() {
    }

    /**
     * {@code mention} of English running text with the type the rules below give it, else as it is.
     *
     * @param labelLine for each word, whether it is on a heading, list item or label line
     */
    static Mention retyped(List<Word> words, boolean[] labelLine, Mention mention, LanguageRules rules) {
        return listedPerson(words, possessivePerson(words, labelOrganisation(words, labelLine, mention), rules));
    }

    /**
     * An untyped single name in the possessive inside an English sentence ("Kipling's need", "Doss's feats") as a
     * person's, when no list knows it as a place, organisation or common word and no capitalised word before it makes
     * it the end of a longer name ("PC World's"): places and organisations in the possessive are mostly known ones,
     * which the gazetteer already types, and the model misses lone surnames.
     */
    private static Mention possessivePerson(List<Word> words, Mention mention, LanguageRules rules) {
        String surface = mention.surface();
        if (mention.type() != null || mention.words() != 1 || !(surface.endsWith("'s") || surface.endsWith("’s"))
                || surface.length() < 5) {
            return mention;
        }
        int at = Word.indexAt(words, mention.offset());
        if (at < 0) {
            return mention;
        }
        Word word = words.get(at);
        String base = surface.substring(0, surface.length() - 2);
        if (word.sentenceStart() || !word.properNoun() || word.acronym()
                || at > 0 && words.get(at - 1).capitalized() || rules.stop(base)
                || NameLists.shipped().placeOrganisationOrWord(base.toLowerCase(Locale.ROOT))) {
            return mention;
        }
        return new Mention(surface, 1, null, EntityType.PERSON, Mention.WEAK, mention.offset());
    }

    /**
     * An untyped single proper noun the model missed as a person's when the lists know it only as a first name or
     * surname ("Winstone met his wife", "partner Egan on"): the model misses lone names it has not seen. Not after an
     * article ("the Church"), a dash or a number ("10th Street"), nor before a capitalised word, a noun or a number,
     * where the word is part of a longer name ("Palm Sunday"), modifies the noun ("French television") or is part of a
     * date ("22 Jan", "Day 1"); a sentence's first word before an article is an imperative verb ("Trace the lines").
     */
    private static Mention listedPerson(List<Word> words, Mention mention) {
        if (mention.type() != null || mention.words() != 1) {
            return mention;
        }
        int at = Word.indexAt(words, mention.offset());
        if (at < 0 || !words.get(at).properNoun() || words.get(at).acronym()
                || at > 0 && (LISTED_PERSON_NOT_AFTER.contains(words.get(at - 1).pos())
                        || Character.isDigit(words.get(at - 1).text().charAt(0)))
                || at > 0 && words.get(at - 1).dash()
                || at + 1 < words.size() && !words.get(at + 1).sentenceStart() && (words.get(at + 1).capitalized()
                        || LISTED_PERSON_NOT_BEFORE.contains(words.get(at + 1).pos())
                        || words.get(at).sentenceStart() && words.get(at + 1).pos().equals("DET"))
                || !NameLists.shipped().onlyPersonName(mention.surface().toLowerCase(Locale.ROOT))) {
            return mention;
        }
        return new Mention(mention.surface(), 1, null, EntityType.PERSON, Mention.WEAK, mention.offset());
    }

    /**
     * An organisation named by its organisation word on a label line, untyped when its first word is a common word
     * ("Moving Company", "Fine Dining Service" as headings): a heading capitalises the words before a generic head
     * noun, so the run names a kind of business, not one; it still counts as an alias of a name the running text types.
     */
    private static Mention labelOrganisation(List<Word> words, boolean[] labelLine, Mention mention) {
        if (mention.type() != EntityType.ORGANIZATION || mention.evidence() != Mention.NAME_SHAPE
                || mention.words() < 2) {
            return mention;
        }
        int at = Word.indexAt(words, mention.offset());
        if (at < 0 || !labelLine[at]
                || !NameLists.shipped().commonWord(words.get(at).text().toLowerCase(Locale.ROOT))) {
            return mention;
        }
        return new Mention(mention.surface(), mention.words(), null, null, Mention.NONE, mention.offset());
    }
}
