package io.newsflow.enrich.metadata.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Merges the mentions of one article into entities: the same gazetteer entry or the same name up to spelling
 * ("Schoigu"/"Shoigu"), a genitive onto its base ("Putins" → "Putin"), and a single name onto the person whose first
 * or last name it is ("Kim" → "Kim Jong-Un", "Schoigu" → "Sergei Schoigu"). Mentions that stay untyped are dropped.
 */
final class EntityMerger {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");


    private static final Pattern ACCENTS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N} ]");
    private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");
    /** An acronym ("NASA", "EU"), no person's first or last name. */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}");
    /** Spelling keys of generational suffixes, which end a person's name after the last name ("Jr."). */
    private static final Set<String> GENERATIONS = NameBounds.GENERATIONS.stream().map(EntityMerger::spellingKey)
            .collect(Collectors.toUnmodifiableSet());

    private EntityMerger() {
    }

    static List<RecognizedEntity> merge(List<Mention> mentions, LanguageRules rules) {
        return merge(mentions, rules, false);
    }

    static List<RecognizedEntity> merge(List<Mention> mentions, LanguageRules rules, boolean english) {
        return merge(mentions, rules, null, english);
    }

    /**
     * The entities of {@code mentions}.
     *
     * @param english whether the text is English, where an entity whose mentions have equally strong evidence for two
     *     types takes the type more of them give (else the first of person, organisation, place), and an acronym
     *     never merges into a person as a first or last name ("NASA" into "NASA Administrator Charles Bolden"). Both
     *     were measured on English labelled text only.
     * @param gazetteer names an entity known there only in the genitive ("Floridas") by its base form ("Florida");
     *     null to keep the surface
     */
    static List<RecognizedEntity> merge(List<Mention> mentions, LanguageRules rules, @Nullable Gazetteer gazetteer,
            boolean english) {
        Map<String, EntityGroup> groups = groups(mentions, rules, english);
        List<RecognizedEntity> entities = new ArrayList<>();
        for (EntityGroup group : groups.values()) {
            EntityType type = group.type();
            if (type != null) {
                entities.add(entity(group, type, rules, gazetteer, english));
            }
        }
        entities.sort(Comparator.comparingInt(RecognizedEntity::mentions).reversed()
                .thenComparingInt(e -> e.firstOffset() < 0 ? -1 : e.firstOffset()));
        return List.copyOf(entities);
    }

    /**
     * The body mentions that belong to a typed entity, in text order, each with its entity's type: what a
     * span-level evaluation compares with labelled text.
     */
    static List<EntitySpan> spans(List<Mention> mentions, LanguageRules rules, boolean english) {
        List<EntitySpan> spans = new ArrayList<>();
        for (EntityGroup group : groups(mentions, rules, english).values()) {
            EntityType type = group.type();
            if (type == null) {
                continue;
            }
            for (Mention mention : group.members) {
                if (mention.offset() >= 0) {
                    spans.add(new EntitySpan(mention.offset(), mention.offset() + nameLength(mention.surface()), type));
                }
            }
        }
        spans.sort(Comparator.comparingInt(EntitySpan::start).thenComparingInt(EntitySpan::end));
        return List.copyOf(spans);
    }

    /** The length of a surface without an English possessive ("Samsung's" names Samsung, as labelled text marks it). */
    private static int nameLength(String surface) {
        boolean possessive = surface.length() > 3 && (surface.endsWith("'s") || surface.endsWith("’s"));
        return possessive ? surface.length() - 2 : surface.length();
    }

    private static Map<String, EntityGroup> groups(List<Mention> mentions, LanguageRules rules, boolean english) {
        Map<String, EntityGroup> groups = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            String key = mention.gazetteerId() != null ? mention.gazetteerId() : "n:" + spellingKey(mention.surface());
            groups.computeIfAbsent(key, k -> new EntityGroup(english)).add(mention);
        }
        mergeGenitives(groups, rules, english);
        mergeIntoPersons(groups, rules, english);
        return groups;
    }

    /**
     * Merges a group named in the genitive into the group of its base ("Putins" into "Putin"). In English the base may
     * be a gazetteer entity's ("Hamas's", "Russia’s" the model found into the gazetteer's Hamas and Russia): a
     * possessive names its base, whatever found it.
     */
    private static void mergeGenitives(Map<String, EntityGroup> groups, LanguageRules rules, boolean english) {
        Map<String, String> bySurface = english ? groupsBySurface(groups) : Map.of();
        for (String key : List.copyOf(groups.keySet())) {
            EntityGroup group = groups.get(key);
            if (group == null || group.gazetteerId != null) {
                continue;
            }
            String surface = group.surfaces.keySet().iterator().next();
            String base = rules.stripGenitive(surface);
            if (base.equals(surface)) {
                continue;
            }
            String baseKey = "n:" + spellingKey(base);
            if (baseKey.equals(key) || !groups.containsKey(baseKey)) {
                // "Hamas's" has the spelling key of "Hamas" (doubled letters are one), its own
                baseKey = bySurface.getOrDefault(spellingKey(base), baseKey);
            }
            if (!baseKey.equals(key) && groups.containsKey(baseKey)) {
                groups.get(baseKey).absorb(groups.remove(key), true);
            }
        }
    }

    /** The key of the first group with each surface (as its spelling key) of a gazetteer entity. */
    private static Map<String, String> groupsBySurface(Map<String, EntityGroup> groups) {
        Map<String, String> keys = new HashMap<>();
        groups.forEach((key, group) -> {
            if (group.gazetteerId != null) {
                group.surfaces.keySet().forEach(surface -> keys.putIfAbsent(spellingKey(surface), key));
            }
        });
        return keys;
    }

    private static void mergeIntoPersons(Map<String, EntityGroup> groups, LanguageRules rules, boolean english) {
        List<EntityGroup> persons = groups.values().stream()
                .filter(g -> g.maxWords > 1 && g.type() == EntityType.PERSON).toList();
        for (String key : List.copyOf(groups.keySet())) {
            EntityGroup group = groups.get(key);
            if (group.maxWords > 1 || group.gazetteerId != null || group.strongestEvidence() >= Mention.NAME_SHAPE
                    || group.type() != null && group.type() != EntityType.PERSON
                    && group.strongestEvidence() >= Mention.CUE) {
                continue;
            }
            String surface = group.surfaces.keySet().iterator().next();
            if (english && ACRONYM.matcher(surface).matches()) {
                continue;
            }
            EntityGroup person = personWithName(persons, surface, rules);
            if (person != null) {
                person.absorb(groups.remove(key), false);
            }
        }
    }

    /** The person one of whose names is {@code name} (or its base form): last names first, then first names. */
    private static @Nullable EntityGroup personWithName(List<EntityGroup> persons, String name, LanguageRules rules) {
        String key = spellingKey(name);
        String baseKey = spellingKey(rules.stripGenitive(name));
        for (boolean last : new boolean[] {true, false}) {
            for (EntityGroup person : persons) {
                for (String[] parts : person.nameParts()) {
                    String part = last ? lastName(parts) : parts[0];
                    if (parts.length > 1 && (part.equals(key) || part.equals(baseKey))) {
                        return person;
                    }
                }
            }
        }
        return null;
    }

    /** The last name among a name's spelling keys, before a generational suffix ("king" of "martin luther king jr"). */
    private static String lastName(String[] parts) {
        int last = parts.length - 1;
        return last > 1 && GENERATIONS.contains(parts[last]) ? parts[last - 1] : parts[last];
    }

    private static RecognizedEntity entity(EntityGroup group, EntityType type, LanguageRules rules,
            @Nullable Gazetteer gazetteer, boolean english) {
        String canonical = null;
        for (Map.Entry<String, Integer> surface : group.surfaces.entrySet()) {
            if (canonical == null || better(surface.getKey(), surface.getValue(), canonical, group, rules)) {
                canonical = surface.getKey();
            }
        }
        String based = gazetteer == null ? canonical : baseForm(canonical, group, rules, gazetteer);
        String name = english && gazetteer != null ? withoutPossessive(based, gazetteer) : based;
        List<String> aliases = group.surfaces.keySet().stream().filter(s -> !s.equals(name)).toList();
        return new RecognizedEntity(name, type, aliases, group.mentions, group.firstOffset);
    }

    /**
     * The base form of a gazetteer entity's name in the genitive, when the gazetteer has it as a name of the same
     * entry: an article that names Florida only as "Floridas" is about Florida. A name that only looks like a genitive
     * ("Texas", "Paris") is in the gazetteer as it is written, so its shortened form is no name of its entry.
     */
    private static String baseForm(String name, EntityGroup group, LanguageRules rules, Gazetteer gazetteer) {
        String base = rules.stripGenitive(name);
        if (group.gazetteerId == null || base.equals(name)) {
            return name;
        }
        return gazetteer.lookup(base).filter(e -> e.id().equals(group.gazetteerId)).map(e -> base).orElse(name);
    }

    /**
     * An English name without its possessive: an article that names Britain or Al Gore only as "Britain’s" or
     * "Al Gore’s" is about Britain and Al Gore, and {@link #spans} marks the mentions without it. A name known with
     * its "'s" (a gazetteer or listed organisation: "Sainsbury's", "Macy's") keeps it.
     */
    private static String withoutPossessive(String name, Gazetteer gazetteer) {
        if (nameLength(name) == name.length() || gazetteer.lookup(name).isPresent()
                || NameLists.shipped().placeOrOrganisation(name.replace('’', '\'').toLowerCase(Locale.ROOT))) {
            return name;
        }
        return name.substring(0, nameLength(name));
    }

    /** Whether {@code candidate} names the group better than {@code current}: more words, no genitive, more uses. */
    private static boolean better(String candidate, int uses, String current, EntityGroup group, LanguageRules rules) {
        int words = WHITESPACE.split(candidate).length - WHITESPACE.split(current).length;
        if (words != 0) {
            return words > 0;
        }
        boolean candidateGenitive = group.surfaces.containsKey(rules.stripGenitive(candidate))
                && !rules.stripGenitive(candidate).equals(candidate);
        boolean currentGenitive = group.surfaces.containsKey(rules.stripGenitive(current))
                && !rules.stripGenitive(current).equals(current);
        if (candidateGenitive != currentGenitive) {
            return currentGenitive;
        }
        return uses > group.surfaces.get(current);
    }

    /**
     * A key equal for spellings of one name across transliterations: "Schoigu"/"Shoigu", "Wladimir"/"Vladimir",
     * "Selenskyj"/"Zelensky". Lower case, no accents, no hyphens, doubled letters single.
     */
    static String spellingKey(String name) {
        String key = ACCENTS.matcher(Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("").replace("ß", "ss");
        key = key.replace("tsch", "ch").replace("sch", "sh").replace("w", "v").replace("z", "s").replace("j", "y")
                .replace("ph", "f").replace("ck", "k").replace("c", "k");
        return DOUBLED.matcher(NOT_NAME.matcher(key).replaceAll("")).replaceAll("$1").strip();
    }
}
