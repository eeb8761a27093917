package io.newsflow.enrich.metadata.entity;

import org.jspecify.annotations.Nullable;

/**
 * One mention of a possible entity.
 *
 * @param surface the text as written
 * @param words how many words it spans
 * @param gazetteerId id of the gazetteer entry it names, or null
 * @param type its type, or null while unknown (a single capitalised word that only counts as an alias)
 * @param evidence how strong the type is: {@link #GAZETTEER} &gt; {@link #NAME_SHAPE} &gt; {@link #CUE} &gt;
 *     {@link #MODEL} &gt; {@link #SHAPE} &gt; {@link #WEAK}
 * @param offset character offset in the body, or -1 for a mention in the title
 */
record Mention(String surface, int words, @Nullable String gazetteerId, @Nullable EntityType type, int evidence,
        int offset) {

    /** A gazetteer name. */
    static final int GAZETTEER = 6;
    /** An organisation or place word in the name itself: "University", "AG", "-rat", "Straße". */
    static final int NAME_SHAPE = 5;
    /** A word next to the name: a title or role before a person, an organisation noun before a company. */
    static final int CUE = 4;
    /**
     * The statistical name model ({@link NameModel}) found it and typed it: below a cue, so that a one-word name the
     * model typed still merges into the person whose surname it is ("Lauterbachs" → "Karl Lauterbach").
     */
    static final int MODEL = 3;
    /** The name's shape alone: several proper nouns in a row (a person), an acronym (an organisation). */
    static final int SHAPE = 2;
    /** A preposition before a single unknown name (a place), or a verb of speech next to it (a person). */
    static final int WEAK = 1;
    /** No type yet. */
    static final int NONE = 0;

    Mention withOffset(int base) {
        return new Mention(surface, words, gazetteerId, type, evidence, offset < 0 ? offset : offset + base);
    }
}
