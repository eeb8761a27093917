package io.newsflow.enrich.metadata.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MentionCombinerTest {

    private static final LanguageRules GERMAN = LanguageRules.load("de");
    private static final Gazetteer GAZETTEER = Gazetteer.load(List.of(Locale.GERMAN, Locale.ENGLISH));
    private static final LanguageRules ENGLISH = LanguageRules.load("en");
    private static final Gazetteer ENGLISH_GAZETTEER = Gazetteer.load(List.of(Locale.ENGLISH));

    @Test
    void aTitleBeforeAPersonsNameIsNoPartOfIt() {
        List<Word> words = TaggedWords.of("Der Brief von Herrn/PROPN Comey/PROPN blieb");
        assertThat(surfaces(words, List.of(new NameModel.Name(3, 5, EntityType.PERSON)))).containsExactly("Comey");
    }

    @Test
    void aTitleOrStopWordAloneIsNoName() {
        List<Word> words = TaggedWords.of("König/NOUN Gongmin/PROPN sprach mit Herr/NOUN");
        List<NameModel.Name> names = List.of(new NameModel.Name(0, 1, EntityType.PERSON),
                new NameModel.Name(1, 2, EntityType.PERSON), new NameModel.Name(4, 5, EntityType.PERSON));
        assertThat(surfaces(words, names)).containsExactly("Gongmin");
    }

    @Test
    void rulersTitlesAndAnAbbreviatedDoctorAreTitlesToo() {
        List<Word> words = TaggedWords.of(
                "die Kaiser/NOUN seit Kaiser/NOUN Quaxo/PROPN und Dr/PROPN . Bernd/PROPN Rabe/PROPN");
        List<NameModel.Name> names = List.of(new NameModel.Name(1, 2, EntityType.PERSON),
                new NameModel.Name(3, 5, EntityType.PERSON), new NameModel.Name(6, 7, EntityType.PERSON),
                new NameModel.Name(8, 10, EntityType.PERSON));
        assertThat(surfaces(words, names)).containsExactly("Quaxo", "Bernd Rabe");
    }

    @Test
    void twoNamesJoinedByAConjunctionAreTwoPeople() {
        List<Word> words = TaggedWords.of("Söhne Edmund/PROPN IV/PROPN und/CCONJ Rainer/PROPN III/PROPN "
                + "und Anna/PROPN Hell/PROPN "
                + "von FDP/PROPN und/CCONJ Kai/PROPN Dunkel/PROPN");
        List<NameModel.Name> names = List.of(new NameModel.Name(1, 6, EntityType.PERSON),
                new NameModel.Name(7, 14, EntityType.PERSON));
        assertThat(surfaces(words, names)).as("not a phrase with more than names in it")
                .containsExactly("Edmund IV", "Rainer III", "Anna Hell von FDP und Kai Dunkel");
    }

    @Test
    void anEnglishPersonsNameTakesTheSurnameInThePossessiveAfterIt() {
        // the model, trained on text with the "'s" split off, stops before "Zorbatt's"; a common word after the name
        // is no surname
        List<Word> words = TaggedWords.of("Funded by Bernard/PROPN Zorbatt's/PROPN money and Joe/PROPN Biden/PROPN "
                + "Administration's/PROPN plans");
        List<NameModel.Name> names = List.of(new NameModel.Name(2, 3, EntityType.PERSON),
                new NameModel.Name(6, 8, EntityType.PERSON));
        assertThat(combineEnglish(words, List.of(), names)).extracting(Mention::surface)
                .containsExactly("Bernard Zorbatt's", "Joe Biden");

        String text = "7. Zorbatt\n\nZorbatt's team advises firms.";
        List<Word> lines = TaggedWords.in(text, "7/NUM ./PUNCT Zorbatt/PROPN Zorbatt's/PROPN team/NOUN advises/VERB "
                + "firms/NOUN ./PUNCT");
        assertThat(MentionCombiner.combine(text, lines, false, List.of(),
                List.of(new NameModel.Name(2, 3, EntityType.PERSON)), ENGLISH_GAZETTEER, ENGLISH, true))
                .extracting(Mention::surface).as("not the word of the next paragraph").containsExactly("Zorbatt");
    }

    @Test
    void anEnglishNameTakesItsLastWordInThePossessiveWhenTheWholeNameIsKnown() {
        // the model, trained on text with the "'s" split off, stops before "Kong's"; "Wurld's" makes no known name
        List<Word> words = TaggedWords.of("in Hong/PROPN Kong's/PROPN history , Saudi/ADJ Arabia's/PROPN army and "
                + "Quorn/PROPN Wurld's/PROPN shops");
        List<NameModel.Name> names = List.of(new NameModel.Name(1, 2, EntityType.LOCATION),
                new NameModel.Name(5, 6, EntityType.LOCATION), new NameModel.Name(9, 10, EntityType.ORGANIZATION));
        assertThat(combineEnglish(words, List.of(), names)).extracting(Mention::surface)
                .containsExactly("Hong Kong's", "Saudi Arabia's", "Quorn");
    }

    @Test
    void anAbbreviatedPrefixAndItsPeriodJoinTheNameAfterThem() {
        // the model, trained on text that keeps "St." whole, takes the period for a name's end
        String text = "to St. Michael and St. Elmo Steak House at 3rd St. Unit 5";
        List<Word> words = TaggedWords.in(text, "to/ADP St/PROPN ./PUNCT Michael/PROPN and/CCONJ St/PROPN ./PUNCT "
                + "Elmo/PROPN Steak/PROPN House/PROPN at/ADP 3rd/ADJ St/PROPN ./PUNCT Unit/PROPN 5/NUM");
        List<NameModel.Name> names = List.of(new NameModel.Name(1, 3, EntityType.LOCATION),
                new NameModel.Name(3, 4, EntityType.PERSON), new NameModel.Name(5, 7, EntityType.ORGANIZATION),
                new NameModel.Name(12, 14, EntityType.LOCATION));
        List<Mention> combined = MentionCombiner.combine(text, words, false, List.of(), names, ENGLISH_GAZETTEER,
                ENGLISH, true);
        assertThat(combined).extracting(Mention::surface)
                .as("the model's next name, else the one word after the period; not a street's suffix")
                .containsExactly("St. Michael", "St. Elmo", "St.");
        assertThat(combined).extracting(Mention::type)
                .as("the type of the name after the prefix, unless a person's: a saint's name names a place")
                .containsExactly(EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.LOCATION);
    }

    @Test
    void aPersonsNameEndingInAnInitialJoinsTheNameAfterIt() {
        // "Adnan Z." and "Amin" were two people; "Zorbatt" after a place's initial stays apart
        String text = "Adnan Z. Amin met Hugh Q. Zorbatt in Area B. Zorbatt at the Sol R. Quibble Museum";
        List<Word> words = TaggedWords.in(text, "Adnan/PROPN Z/PROPN ./PUNCT Amin/PROPN met/VERB Hugh/PROPN Q/PROPN "
                + "./PUNCT Zorbatt/PROPN in/ADP Area/PROPN B/PROPN ./PUNCT Zorbatt/PROPN at/ADP the/DET Sol/PROPN "
                + "R/PROPN ./PUNCT Quibble/PROPN Museum/PROPN");
        List<NameModel.Name> names = List.of(new NameModel.Name(0, 3, EntityType.PERSON),
                new NameModel.Name(3, 4, EntityType.PERSON), new NameModel.Name(5, 8, EntityType.PERSON),
                new NameModel.Name(10, 13, EntityType.LOCATION), new NameModel.Name(13, 14, EntityType.PERSON),
                new NameModel.Name(16, 19, EntityType.PERSON), new NameModel.Name(19, 21, EntityType.PERSON));
        List<Mention> combined = MentionCombiner.combine(text, words, false, List.of(), names, GAZETTEER, GERMAN,
                false);
        assertThat(combined).extracting(Mention::surface)
                .as("the model's next name, else the one word after the period; not after a place's initial, not "
                        + "a name that ends in an organisation word")
                .containsExactly("Adnan Z. Amin", "Hugh Q. Zorbatt", "Area B.", "Zorbatt", "Sol R.", "Quibble Museum");
    }

    @Test
    void anUnknownSingleNameInTheEnglishPossessiveIsAPersons() {
        List<Word> words = TaggedWords.of("Critics praised Quibbler's/PROPN book and PC/PROPN Wurld's/PROPN review and "
                + "London's/PROPN mayor");
        List<Mention> found = List.of(new Mention("Quibbler's", 1, null, null, Mention.NONE, 16),
                new Mention("Wurld's", 1, null, null, Mention.NONE, 39),
                new Mention("London's", 1, null, null, Mention.NONE, 58));
        List<Mention> combined = combineEnglish(words, found, List.of());
        assertThat(combined).extracting(Mention::surface).containsExactly("Quibbler's", "Wurld's", "London's");
        assertThat(combined).extracting(Mention::type).as("not after a capitalised word, not a listed place")
                .containsExactly(EntityType.PERSON, null, null);
    }

    @Test
    void anEnglishPossessiveEndsAName() {
        List<Word> words = TaggedWords.of("like Apple's/NOUN Siri/PROPN at Quorn's/PROPN High/PROPN Court/PROPN "
                + "of the Korean/ADJ People's/NOUN Army/PROPN");
        List<NameModel.Name> names = List.of(new NameModel.Name(1, 3, EntityType.ORGANIZATION),
                new NameModel.Name(4, 7, EntityType.ORGANIZATION), new NameModel.Name(9, 12, EntityType.ORGANIZATION));
        assertThat(combineEnglish(words, List.of(), names)).extracting(Mention::surface)
                .as("a gazetteer name the tagger calls a noun, a proper noun; not a common noun")
                .containsExactly("Apple's", "Siri", "Quorn's", "High Court", "Korean People's Army");
    }

    @Test
    void aFirstNameOrAnOfficesHolderInThePossessiveStaysInsideAName() {
        List<Word> words = TaggedWords.of("on Martha's/PROPN Vineyard/PROPN and at Tom's/PROPN Guide/PROPN and "
                + "Harris/PROPN County/PROPN Sheriff's/PROPN Office/PROPN");
        List<NameModel.Name> names = List.of(new NameModel.Name(1, 3, EntityType.LOCATION),
                new NameModel.Name(5, 7, EntityType.ORGANIZATION), new NameModel.Name(8, 12, EntityType.ORGANIZATION));
        assertThat(combineEnglish(words, List.of(), names)).extracting(Mention::surface)
                .as("a place and a business named after a first name, an office named by its holder: no owner")
                .containsExactly("Martha's Vineyard", "Tom's Guide", "Harris County Sheriff's Office");
    }

    @Test
    void anUnknownSingleNameTheListsKnowOnlyAsAPersonsIsAPersonsInEnglish() {
        List<Word> words = TaggedWords.of("Winstone/PROPN met Duffy/PROPN , the/DET Church/PROPN , Linares/PROPN "
                + "and Zorblax/PROPN , Duffy/PROPN television/NOUN and Duffy/PROPN Road/PROPN");
        String text = spaced(words);
        List<Mention> found = List.of(new Mention("Winstone", 1, null, null, Mention.NONE, 0),
                new Mention("Duffy", 1, null, null, Mention.NONE, 13), new Mention("Church", 1, null, null, Mention.NONE, 25),
                new Mention("Linares", 1, null, null, Mention.NONE, 34),
                new Mention("Zorblax", 1, null, null, Mention.NONE, 46),
                new Mention("Duffy", 1, null, null, Mention.NONE, 56),
                new Mention("Duffy", 1, null, null, Mention.NONE, 77));
        assertThat(found).allSatisfy(m -> assertThat(text.substring(m.offset())).startsWith(m.surface()));
        List<Mention> combined = combineEnglish(words, found, List.of());
        assertThat(combined).extracting(Mention::type).as("a surname, a first name; not after 'the', not a listed "
                + "place, not unknown, not before a noun or another capitalised word").containsExactly(
                        EntityType.PERSON, EntityType.PERSON, null, null, null, null, null);
    }

    @Test
    void aListedFirstNameInADateOrAsAnImperativeIsNoPerson() {
        List<Word> words = TaggedWords.of("on 22 Jan/PROPN . ^Trace/PROPN the/DET lines at 10th/ADJ Duffy/PROPN");
        String text = spaced(words);
        List<Mention> found = List.of(new Mention("Jan", 1, null, null, Mention.NONE, 6),
                new Mention("Trace", 1, null, null, Mention.NONE, 12),
                new Mention("Duffy", 1, null, null, Mention.NONE, 36));
        assertThat(found).allSatisfy(m -> assertThat(text.substring(m.offset())).startsWith(m.surface()));
        assertThat(MentionCombiner.combine(text, words, false, found, List.of(), Gazetteer.load(List.of(Locale.ENGLISH)),
                LanguageRules.load("en"), true)).extracting(Mention::type).containsExactly(null, null, null);
    }

    @Test
    void aNameOfAListedFirstNameAndSurnameIsAPersonsWhateverTypeTheModelGaveIt() {
        List<Word> words = TaggedWords.of("records with Hugh/ADJ Murphy/PROPN , the/DET Velvet/PROPN "
                + "Underground/PROPN and Thomas/PROPN Lincoln/PROPN Center/PROPN");
        List<NameModel.Name> names = List.of(new NameModel.Name(2, 4, EntityType.ORGANIZATION),
                new NameModel.Name(6, 8, EntityType.ORGANIZATION), new NameModel.Name(9, 12, EntityType.LOCATION));
        assertThat(combineEnglish(words, List.of(), names)).extracting(Mention::surface, Mention::type)
                .as("not with a common word or an organisation or place word in the name")
                .containsExactly(tuple("Hugh Murphy", EntityType.PERSON),
                        tuple("Velvet Underground", EntityType.ORGANIZATION),
                        tuple("Thomas Lincoln Center", EntityType.LOCATION));
    }

    @Test
    void anEventAwardOrTreatyIsNoEntityNorIsANameInIt() {
        List<Word> words = TaggedWords.of("the/DET Davis/PROPN Cup/PROPN and the/DET Paris/PROPN Agreement/PROPN , "
                + "said Carrie/PROPN Song/PROPN");
        String text = spaced(words);
        List<Mention> found = List.of(new Mention("Paris", 1, "Paris", EntityType.LOCATION, Mention.GAZETTEER,
                text.indexOf("Paris")));
        List<NameModel.Name> names = List.of(new NameModel.Name(1, 3, EntityType.ORGANIZATION),
                new NameModel.Name(5, 7, EntityType.LOCATION), new NameModel.Name(9, 11, EntityType.PERSON));
        assertThat(combineEnglish(words, found, names)).extracting(Mention::surface)
                .as("a person's name of a first name and a surname that is also an event word stays")
                .containsExactly("Carrie Song");
    }

    @Test
    void aNameEndingInAnEventWordAfterAnOrganisationWordIsAnOrganisation() {
        List<Word> words = TaggedWords.of("analysts/NOUN at the/DET Institute/PROPN for/ADP the/DET Study/PROPN of/ADP "
                + "War/PROPN said/VERB");
        List<NameModel.Name> names = List.of(new NameModel.Name(3, 9, EntityType.ORGANIZATION));
        assertThat(combineEnglish(words, List.of(), names)).extracting(Mention::surface, Mention::type)
                .containsExactly(tuple("Institute for the Study of War", EntityType.ORGANIZATION));
    }

    @Test
    void aGenerationalSuffixBelongsToThePersonsName() {
        List<Word> words = TaggedWords.of("ein Denkmal für Mark/PROPN Lutz/PROPN Kling/PROPN , Jr/PROPN .");
        List<NameModel.Name> names = List.of(new NameModel.Name(3, 6, EntityType.PERSON),
                new NameModel.Name(7, 8, EntityType.PERSON));
        assertThat(surfaces(words, names)).containsExactly("Mark Lutz Kling , Jr");
    }

    @Test
    void theSurnameAloneStillMergesIntoTheNameWithASuffix() {
        LanguageRules english = LanguageRules.load("en");
        List<Mention> mentions = List.of(
                new Mention("Mark Lutz Kling, Jr.", 4, null, EntityType.PERSON, Mention.MODEL, 0),
                new Mention("Kling", 1, null, null, Mention.NONE, 40));
        assertThat(EntityMerger.merge(mentions, english)).singleElement()
                .satisfies(e -> assertThat(e.mentions()).isEqualTo(2));
    }

    @Test
    void aOneWordPersonTheListsKnowOnlyAsAnOrganisationIsAnOrganisation() {
        List<Word> words = TaggedWords.of("Rheinmetall/PROPN bestätigte , Ford/PROPN , Bismarck/PROPN und Merkel/PROPN "
                + "und Rheinmetall/PROPN Müller/PROPN");
        List<NameModel.Name> names = List.of(new NameModel.Name(0, 1, EntityType.PERSON),
                new NameModel.Name(3, 4, EntityType.PERSON), new NameModel.Name(5, 6, EntityType.PERSON),
                new NameModel.Name(7, 8, EntityType.PERSON), new NameModel.Name(9, 11, EntityType.PERSON));
        assertThat(combine(spaced(words), words, names)).extracting(Mention::type).as("Ford is also a name, Bismarck a place, Merkel a surname; "
                + "only one-word names").containsExactly(EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PERSON,
                EntityType.PERSON, EntityType.PERSON);
    }

    @Test
    void aOneWordGermanPersonTheDictionaryKnowsOnlyAsACommonWordIsNone() {
        List<Word> words = TaggedWords.of("Vögel/PROPN fühlen Schmerz , sagte Fiedler/PROPN , Koch/PROPN und "
                + "Gnisa/PROPN über Leasing/PROPN und Sauna/PROPN in Berlin/PROPN");
        List<NameModel.Name> names = List.of(new NameModel.Name(0, 1, EntityType.PERSON),
                new NameModel.Name(5, 6, EntityType.PERSON), new NameModel.Name(7, 8, EntityType.PERSON),
                new NameModel.Name(9, 10, EntityType.PERSON), new NameModel.Name(11, 12, EntityType.PERSON),
                new NameModel.Name(13, 14, EntityType.LOCATION), new NameModel.Name(15, 16, EntityType.LOCATION));
        assertThat(surfaces(words, names)).as("Fiedler can be a surname (a masculine noun), Koch is a listed surname, "
                + "Gnisa unknown; places keep theirs").containsExactly("Fiedler", "Koch", "Gnisa", "Sauna", "Berlin");
    }

    @Test
    void aGermanSurnameAfterAFirstNameStaysInThePersonsNameWhenTheTaggerCallsItANoun() {
        List<Word> words = TaggedWords.of("sagte Karl/PROPN Richter/NOUN , dann Brad/NOUN Buetow/PROPN , "
                + "Lauterbachs/PROPN Sprecher/NOUN , Analyst/NOUN Frank/PROPN Schwope/PROPN und Venus/PROPN "
                + "Besserung/NOUN und Werner/PROPN Sehr/ADV");
        List<NameModel.Name> names = List.of(new NameModel.Name(1, 3, EntityType.PERSON),
                new NameModel.Name(5, 7, EntityType.PERSON), new NameModel.Name(8, 10, EntityType.PERSON),
                new NameModel.Name(11, 14, EntityType.PERSON), new NameModel.Name(15, 17, EntityType.PERSON),
                new NameModel.Name(18, 20, EntityType.PERSON));
        assertThat(surfaces(words, names)).as("a role before the first name and a common word after the surname, or "
                + "a known common word after a first name, still go")
                .containsExactly("Karl Richter", "Brad Buetow", "Lauterbachs", "Frank Schwope", "Venus", "Werner");
    }

    @Test
    void aGenitiveFirstNameIsNotFollowedByItsSurname() {
        List<Word> words = TaggedWords.of("wegen Kims/PROPN Gesundheitszustand/NOUN , sagte Karl/PROPN Richter/NOUN");
        List<NameModel.Name> names = List.of(new NameModel.Name(1, 3, EntityType.PERSON),
                new NameModel.Name(5, 7, EntityType.PERSON));
        assertThat(surfaces(words, names)).as("Kim's state of health is no person's name")
                .containsExactly("Kims", "Karl Richter");
    }

    @Test
    void anOrganisationCueBeforeAOneWordPersonMakesItAnOrganisation() {
        List<Word> words = TaggedWords.of("die Söldnertruppe Wagner/PROPN und Richard/PROPN Wagner/PROPN");
        String text = spaced(words);
        List<Mention> found = List.of(new Mention("Wagner", 1, null, EntityType.ORGANIZATION, Mention.CUE, 18));
        List<NameModel.Name> names = List.of(new NameModel.Name(2, 3, EntityType.PERSON),
                new NameModel.Name(4, 6, EntityType.PERSON));
        assertThat(MentionCombiner.combine(text, words, false, found, names, GAZETTEER, GERMAN, false))
                .extracting(Mention::type).containsExactly(EntityType.ORGANIZATION, EntityType.PERSON);
    }

    @Test
    void aGermanNameEndingInAnOrganisationWordIsAnOrganisation() {
        List<Word> words = TaggedWords.of("bei Leopold/PROPN Stocker/PROPN Verlag/NOUN , im Ulmer/ADJ Theater/NOUN , "
                + "Heath/PROPN Pearce/PROPN von/ADP Zweitligist/PROPN und Hans/PROPN Verlag/PROPN");
        List<NameModel.Name> names = List.of(new NameModel.Name(1, 4, EntityType.PERSON),
                new NameModel.Name(6, 8, EntityType.LOCATION), new NameModel.Name(9, 13, EntityType.PERSON),
                new NameModel.Name(14, 16, EntityType.PERSON));
        assertThat(combine(spaced(words), words, names)).extracting(m -> m.surface() + "/" + m.type())
                .as("a cue after a function word is where the model ran on; a surname that is an organisation word"
                        + " after a first name stays a person's")
                .containsExactly("Leopold Stocker Verlag/ORGANIZATION", "Ulmer Theater/ORGANIZATION",
                        "Heath Pearce von Zweitligist/PERSON", "Hans Verlag/PERSON");
    }

    @Test
    void aGermanPlaceNameInCapitalsIsThePlace() {
        List<Word> words = TaggedWords.of("BERLIN/PROPN : Die NASA/PROPN und die UNO/PROPN laden nach PARIS/PROPN");
        List<NameModel.Name> names = List.of(new NameModel.Name(0, 1, EntityType.ORGANIZATION),
                new NameModel.Name(3, 4, EntityType.ORGANIZATION), new NameModel.Name(6, 7, EntityType.ORGANIZATION),
                new NameModel.Name(9, 10, EntityType.PERSON));
        assertThat(combine(spaced(words), words, names)).extracting(m -> m.surface() + "/" + m.type())
                .as("a dateline's place; acronyms stay organisations")
                .containsExactly("BERLIN/LOCATION", "NASA/ORGANIZATION", "UNO/ORGANIZATION", "PARIS/LOCATION");
    }

    @Test
    void aNameEndsBeforeAFunctionWordOrSymbolTheModelRanOnWith() {
        List<Word> words = TaggedWords.of("des Deutschen/ADJ Caritasverbandes/PROPN und/CCONJ der Bundesagentur/PROPN "
                + "für/ADP , in München/PROPN //SYM Bern/PROPN , Apple/PROPN Inc/PROPN ./PUNCT");
        List<NameModel.Name> names = List.of(new NameModel.Name(1, 4, EntityType.ORGANIZATION),
                new NameModel.Name(5, 7, EntityType.ORGANIZATION), new NameModel.Name(9, 11, EntityType.LOCATION),
                new NameModel.Name(13, 16, EntityType.ORGANIZATION));
        assertThat(surfaces(words, names)).as("a period stays: 'Inc.'")
                .containsExactly("Deutschen Caritasverbandes", "Bundesagentur", "München", "Apple Inc .");
    }

    @Test
    void aNameEndsAtAnOpeningQuoteButKeepsAPersonsQuotedNickname() {
        String text = "Die ARD-Doku „Loriot“ lief, sagte Tim „Ripper“ Owens.";
        List<Word> words = List.of(word(text, "Die", "DET", true), word(text, "ARD-Doku", "PROPN", false),
                word(text, "Loriot", "PROPN", false), word(text, "lief", "VERB", false),
                word(text, "sagte", "VERB", false), word(text, "Tim", "PROPN", false),
                word(text, "Ripper", "PROPN", false), word(text, "Owens", "PROPN", false));
        List<NameModel.Name> names = List.of(new NameModel.Name(1, 3, EntityType.ORGANIZATION),
                new NameModel.Name(5, 8, EntityType.PERSON));
        assertThat(combine(text, words, names)).extracting(Mention::surface)
                .containsExactly("ARD-Doku", "Tim „Ripper“ Owens");
    }

    @Test
    void bareSingleLettersAreNoNameButInitialsAndAbbreviationsAre() {
        List<Word> words = TaggedWords.of("X/PROPN X/PROPN X/PROPN , S/PROPN , U.S./PROPN , Lutz/PROPN S./PROPN "
                + "sagte , S./PROPN schwieg , G7/PROPN");
        List<NameModel.Name> names = List.of(new NameModel.Name(0, 3, EntityType.PERSON),
                new NameModel.Name(4, 5, EntityType.ORGANIZATION), new NameModel.Name(6, 7, EntityType.LOCATION),
                new NameModel.Name(8, 10, EntityType.PERSON), new NameModel.Name(12, 13, EntityType.PERSON),
                new NameModel.Name(15, 16, EntityType.ORGANIZATION));
        assertThat(surfaces(words, names)).containsExactly("U.S.", "Lutz S.", "S.", "G7");
    }

    @Test
    void wordsTheRulesListAsNeverANameAreNone() {
        // Blogs and forums write "Du", "Dir", "Euer" capitalised; the model took them for names (24 times on one page).
        List<Word> words =
                TaggedWords.of("Du/PROPN willst , schau es Dir/PROPN an , Nr/PROPN . 5 , Euer/PROPN André/PROPN");
        List<NameModel.Name> names = List.of(new NameModel.Name(0, 1, EntityType.PERSON),
                new NameModel.Name(5, 6, EntityType.LOCATION), new NameModel.Name(8, 9, EntityType.PERSON),
                new NameModel.Name(12, 13, EntityType.PERSON), new NameModel.Name(13, 14, EntityType.PERSON));
        assertThat(surfaces(words, names)).containsExactly("André");
        List<Word> english = TaggedWords.of("I’m/PROPN here , said Ann/PROPN");
        assertThat(MentionCombiner.combine("I’m here , said Ann", english, false, List.of(),
                List.of(new NameModel.Name(0, 1, EntityType.PERSON), new NameModel.Name(4, 5, EntityType.PERSON)),
                GAZETTEER, LanguageRules.load("en"), true)).extracting(Mention::surface).containsExactly("Ann");
    }

    @Test
    void aGermanNameInTheGenitiveIsTheGazetteerNameOfItsBase() {
        List<Word> words = TaggedWords.of("die Strände Floridas/PROPN und des Weißen/ADJ Hauses/PROPN");
        List<Mention> mentions = combine(spaced(words), words, List.of(new NameModel.Name(2, 3, EntityType.PERSON),
                new NameModel.Name(5, 7, EntityType.ORGANIZATION)));
        assertThat(mentions).extracting(Mention::surface, Mention::gazetteerId, Mention::type).containsExactly(
                tuple("Floridas", GAZETTEER.lookup("Florida").orElseThrow().id(), EntityType.LOCATION),
                tuple("Weißen Hauses", GAZETTEER.lookup("Weißen Haus").orElseThrow().id(), EntityType.ORGANIZATION));
    }

    @Test
    void aGermanOwnerInTheGenitiveEndsTheNameBeforeTheNounItOwns() {
        List<Word> words = TaggedWords.of("Rauk/PROPN sagte , Rauks/PROPN Zölle/NOUN und Irans/PROPN Justiz/NOUN "
                + "und Rauks/PROPN Tochter/NOUN Anna/PROPN Söder/PROPN");
        List<NameModel.Name> names = List.of(new NameModel.Name(0, 1, EntityType.PERSON),
                new NameModel.Name(3, 5, EntityType.ORGANIZATION), new NameModel.Name(6, 8, EntityType.LOCATION),
                new NameModel.Name(9, 13, EntityType.PERSON));
        assertThat(surfaces(words, names)).as("the words after the noun stay a name of their own")
                .containsExactly("Rauk", "Rauks", "Irans", "Rauks", "Anna Söder");
    }

    @Test
    void aNameEndingInSNowhereWrittenWithoutItIsNoGenitive() {
        List<Word> words = TaggedWords.of("das Quobbs/PROPN House/NOUN");
        assertThat(surfaces(words, List.of(new NameModel.Name(1, 3, EntityType.LOCATION))))
                .containsExactly("Quobbs House");
    }

    @Test
    void aHyphenatedRoleNounBeforeAGermanPersonsNameIsNoPartOfIt() {
        List<Word> words = TaggedWords.of("sagte USA-Kenner/PROPN Thomas/PROPN Quast/PROPN , "
                + "FDP-Generalsekretär/PROPN Anna/PROPN Bell/PROPN und Hans-Peter/PROPN Quast/PROPN ; "
                + "der FDP-Generalsekretär/PROPN");
        List<NameModel.Name> names = List.of(new NameModel.Name(1, 4, EntityType.PERSON),
                new NameModel.Name(5, 8, EntityType.PERSON), new NameModel.Name(9, 11, EntityType.PERSON),
                new NameModel.Name(13, 14, EntityType.LOCATION));
        assertThat(surfaces(words, names)).as("a first name stays; a role alone names no one")
                .containsExactly("Thomas Quast", "Anna Bell", "Hans-Peter Quast");
    }

    @Test
    void aGermanCompoundOfCommonNounsIsNoPerson() {
        List<Word> words = TaggedWords.of("Landessynode/PROPN tagte , China-Netzwerk/PROPN meldet , Quabdings/PROPN "
                + "lacht , Rosenberg/PROPN lacht");
        List<NameModel.Name> names = List.of(new NameModel.Name(0, 1, EntityType.PERSON),
                new NameModel.Name(3, 4, EntityType.PERSON), new NameModel.Name(6, 7, EntityType.PERSON),
                new NameModel.Name(9, 10, EntityType.PERSON));
        assertThat(surfaces(words, names)).as("not after an unknown first part, nor a masculine noun")
                .containsExactly("Quabdings", "Rosenberg");
    }

    @Test
    void aGermanWordKnownOnlyInLowerCaseIsNoPersonUnlessInAPersonsName() {
        List<Word> words = TaggedWords.of("Irgendwann/PROPN kam Steffen/PROPN Kauert/PROPN . ^Kauert/PROPN lachte");
        List<NameModel.Name> names = List.of(new NameModel.Name(0, 1, EntityType.PERSON),
                new NameModel.Name(2, 4, EntityType.PERSON), new NameModel.Name(5, 6, EntityType.PERSON));
        assertThat(surfaces(words, names)).containsExactly("Steffen Kauert", "Kauert");
    }

    @Test
    void theChrOfAYearBeforeChristIsNoName() {
        List<Word> words = TaggedWords.of("um 500 v. Chr./PROPN in Athen/PROPN , Chr./PROPN");
        List<NameModel.Name> names = List.of(new NameModel.Name(3, 4, EntityType.PERSON),
                new NameModel.Name(5, 6, EntityType.LOCATION), new NameModel.Name(7, 8, EntityType.PERSON));
        assertThat(surfaces(words, names)).as("only after v. or n.").containsExactly("Athen", "Chr.");
    }

    @Test
    void theChrOfAYearBeforeChristIsNoNameAsTheTokenizerSplitsIt() {
        // The tokenizer gives "v. Chr." as "v", ".", "Chr", "."; the model's name may take the period or not.
        List<Word> words = TaggedWords.of("um 500 v/NOUN . Chr/X . in Athen/PROPN , n/NOUN . Chr/X . lebte Chr/PROPN");
        List<NameModel.Name> names = List.of(new NameModel.Name(4, 6, EntityType.PERSON),
                new NameModel.Name(7, 8, EntityType.LOCATION), new NameModel.Name(11, 12, EntityType.PERSON),
                new NameModel.Name(14, 15, EntityType.PERSON));
        assertThat(surfaces(words, names)).as("only after v. or n.").containsExactly("Athen", "Chr");
    }

    private static List<String> surfaces(List<Word> words, List<NameModel.Name> names) {
        return combine(spaced(words), words, names).stream().map(Mention::surface).toList();
    }

    /** The German mentions of the model's {@code names} in {@code text}, without rule mentions. */
    private static List<Mention> combine(String text, List<Word> words, List<NameModel.Name> names) {
        return MentionCombiner.combine(text, words, false, List.of(), names, GAZETTEER, GERMAN, false);
    }

    /** The English mentions of rule mentions {@code found} and the model's {@code names} in {@code words}. */
    private static List<Mention> combineEnglish(List<Word> words, List<Mention> found, List<NameModel.Name> names) {
        return MentionCombiner.combine(spaced(words), words, false, found, names, ENGLISH_GAZETTEER, ENGLISH, true);
    }

    /** The text {@link TaggedWords} stands for: its words with a space between each two. */
    private static String spaced(List<Word> words) {
        return String.join(" ", words.stream().map(Word::text).toList());
    }

    /** Word {@code word} at its first place in {@code text}. */
    private static Word word(String text, String word, String pos, boolean sentenceStart) {
        int at = text.indexOf(word);
        return new Word(word, at, at + word.length(), pos, sentenceStart);
    }

    /** Words separated by spaces, each optionally with its part of speech after a slash (default NOUN or ADP). */
}
