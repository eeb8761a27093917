package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Author credits real pages give in shapes the byline rules missed: each rule on a small page written for it. */
class AuthorCreditsTest {

    private static final Instant FETCHED = Instant.parse("2026-12-01T00:00:00Z");

    private static final String BODY = "<p>" + "Der Gemeinderat hat am Abend lange über den Haushalt beraten und"
            + " schließlich mit knapper Mehrheit zugestimmt. ".repeat(6) + "</p>";

    private static ExtractedArticle extract(String head, String header) {
        String html = "<html lang='de'><head>" + head + "</head><body><main><article><header><h1>Haushalt beschlossen"
                + "</h1>" + header + "</header>" + BODY + "</article></main></body></html>";
        return new ArticleExtractor().extract(Jsoup.parse(html, "https://zeitung.example/a"), FETCHED);
    }

    private static String jsonLd(String author) {
        return "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Haushalt beschlossen\","
                + "\"author\":" + author + "}</script>";
    }

    @Test
    void creditsTheAgencyAPageDeclaresItsAuthorWhenNoPersonIsNamed() {
        assertThat(extract(jsonLd("{\"@type\":\"Person\",\"name\":\"dpa \"}"), "").authors()).containsExactly("dpa");
        assertThat(extract(jsonLd("[\"Associated Press\"]"), "").authors()).containsExactly("Associated Press");
    }

    @Test
    void aDeclaredAgencyDoesNotJoinTheNamedReporters() {
        String both = "[{\"@type\":\"Person\",\"name\":\"Paula Steiger\"},{\"@type\":\"Person\",\"name\":\"SDA\"}]";

        assertThat(extract(jsonLd(both), "").authors()).containsExactly("Paula Steiger");
    }

    @Test
    void aNewsAgencyNamedInABylineIsNotAPerson() {
        ExtractedArticle article = extract(jsonLd("{\"@type\":\"Person\",\"name\":\"SID\"}"),
                "<div class='byline'>SID Nachrichtenagentur</div>");

        assertThat(article.authors()).containsExactly("SID");
    }

    @Test
    void readsACreditLabelledErstelltVon() {
        assertThat(extract("<meta name='author' content='Erstellt von Andri Bryner'>", "").authors())
                .containsExactly("Andri Bryner");
    }

    @Test
    void separatesALabelGluedToTheName() {
        assertThat(BylineParser.names("AuthorAndreas Kalt")).containsExactly("Andreas Kalt");
        assertThat(BylineParser.names("Byron Miles")).containsExactly("Byron Miles");
    }

    @Test
    void dropsTheReporterTitleAfterAKoreanName() {
        assertThat(BylineParser.structuredNames("신현주 기자")).containsExactly("신현주");
    }

    @Test
    void takesTheHandleAloneInTheFirstBylineElementWhenNothingNamesTheAuthor() {
        String card = "<span class='author vcard'><a class='url fn n' href='/author/andrea/'>Andrea</a></span>";

        assertThat(extract("", card).authors()).containsExactly("Andrea");
        assertThat(extract("<meta name='author' content='Andrea Bottlinger'>", card).authors())
                .containsExactly("Andrea Bottlinger");
    }

    @Test
    void readsAClassThatGluesAuthorAndNameIntoOneWord() {
        // "authorname" is "author name" written as one word: the same byline mark as "author-name"
        String byline = "<span class='authorname-txt'><span class='truncate'>Anna Fazackerley</span></span>";

        assertThat(extract("", byline).authors()).containsExactly("Anna Fazackerley");
    }

    @Test
    void takesAOneWordNameAfterAPostedByLineByTheHeadline() {
        assertThat(extract("", "<p>Posted by Konstantin</p>").authors()).containsExactly("Konstantin");
        assertThat(extract("", "<p>mit Video</p>").authors()).isEmpty();
    }

    @Test
    void anEditorsSignOrAnAgencyCodeIsNoHandle() {
        assertThat(extract("", "<span class='author'>amw</span>").authors()).isEmpty();
        assertThat(extract("", "<span class='author'>ERBOL</span>").authors()).isEmpty();
        assertThat(extract("", "<span class='author'>Unknown</span>").authors()).isEmpty();
        assertThat(extract("", "<span class='author'>statista.com</span>").authors()).isEmpty();
    }

    @Test
    void aPageWordOrADefaultAccountIsNoHandle() {
        assertThat(extract("", "<span class='author'>Category</span>").authors()).isEmpty();
        assertThat(extract("", "<span class='author'>admin</span>").authors()).isEmpty();
        assertThat(extract("", "<span class='author'>Method</span>").authors()).isEmpty();
    }

    @Test
    void creditsTheDeskOrTeamABylineNamesWhenNoPersonIsNamed() {
        assertThat(extract("", "<div class='author-name'><span>By Staff Writer</span></div>").authors())
                .containsExactly("Staff Writer");
        assertThat(extract("", "<span class='byline author'>von Redaktion, </span>").authors())
                .containsExactly("Redaktion");
        assertThat(extract("", "<p>Written by <a href='/author/orbi-team/'>NETGEAR Orbi Team</a></p>").authors())
                .containsExactly("NETGEAR Orbi Team");
    }

    @Test
    void aTeamDeclaredAloneInTheStructuredDataIsTheAuthor() {
        ExtractedArticle article = extract(jsonLd("{\"@type\":\"Person\",\"name\":\"The Ledger Team\"}"),
                "<p>Reviewed by <span class='author'>Jane Doe</span></p>");

        assertThat(article.authors()).containsExactly("The Ledger Team");
    }

    @Test
    void aForumThreadIsCreditedToThePosterOfItsFirstMessage() {
        String post = "<article class='message message--post' data-author='%s'><div class='message-user'>"
                + "<span class='username'>%s</span></div><div class='message-content'><p>%s</p></div></article>";
        String html = "<html lang='de'><body><main><h1>Fell verliert Dreck</h1>"
                + post.formatted("Pepemaus", "Pepemaus", "Jede Nacht verliert mein Kater Dreck aus dem Fell. ".repeat(5))
                + post.formatted("Mika Sonne", "Mika Sonne", "Das kenne ich, bürste ihn doch öfter.")
                + "</main></body></html>";

        assertThat(new ArticleExtractor().extract(Jsoup.parse(html, "https://forum.example/t/1"), FETCHED).authors())
                .containsExactly("Pepemaus");
    }

    @Test
    void messagesUnderADeclaredArticleAreItsReadersCommentsNotItsAuthor() {
        String comment = "<article class='message' data-author='Pepemaus'><p>Wer zahlt das alles?</p></article>";
        String html = "<html lang='de'><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Stadtrat beschließt Haushalt\"}</script></head><body><main>"
                + "<h1>Stadtrat beschließt Haushalt</h1><p class='byline'>Von Jana Berger</p>"
                + "<p>" + "Der Stadtrat hat den Haushalt für das kommende Jahr beschlossen. ".repeat(6) + "</p>"
                + comment + "</main></body></html>";

        assertThat(new ArticleExtractor().extract(Jsoup.parse(html, "https://news.example/a/1"), FETCHED).authors())
                .containsExactly("Jana Berger");
    }

    @Test
    void readsTheAuthorOfAForumPostingOrRecipeNodeWhenNoArticleNodeIsDeclared() {
        String recipe = "<script type='application/ld+json'>{\"@type\":\"Recipe\",\"name\":\"Haushalt beschlossen\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"kuchenfee\"}}</script>";
        String thread = recipe.replace("Recipe", "DiscussionForumPosting");

        assertThat(extract(recipe, "").authors()).containsExactly("kuchenfee");
        assertThat(extract(thread, "").authors()).containsExactly("kuchenfee");
    }

    @Test
    void aDeskInTheBylineDoesNotJoinANamedReporter() {
        assertThat(extract("", "<div class='byline'>By Jane Doe and Staff</div>").authors()).containsExactly("Jane Doe");
        assertThat(DeskCredit.credit("The team met on Monday: 12 people")).isEmpty();
        assertThat(DeskCredit.credit("By Jane Doe")).isEmpty();
    }

    @Test
    void theCreditOfARelatedArticleTeaserIsNotTheArticlesAuthor() {
        String html = "<html lang='de'><head></head><body><main><article><header><h1>Haushalt beschlossen</h1>"
                + "<p class='author'>von Julia Kern</p></header>" + BODY + "</article><section class='related'>"
                + "<div><h3><a href='/b'>Biografiearbeit im Coaching</a></h3><p class='author'>von Petra Basler</p></div>"
                + "</section></main></body></html>";
        ExtractedArticle article = new ArticleExtractor().extract(Jsoup.parse(html, "https://zeitung.example/a"), FETCHED);

        assertThat(article.authors()).containsExactly("Julia Kern");
    }

    @Test
    void aHandleBylineRunningOnIntoItsDateGivesTheHandle() {
        assertThat(BylineHandle.credited("Gespeichert von rasos am 24. Juli 2017 - 18:55")).containsExactly("rasos");
        assertThat(BylineHandle.credited("Posted by BeauHD on Friday December 19")).containsExactly("BeauHD");
        assertThat(BylineHandle.credited("Posted by BeauHD")).containsExactly("BeauHD");
        assertThat(BylineHandle.credited("Posted by the team on Friday")).isEmpty();
    }

    @Test
    void aNameRepeatedWithItsLastNameCutToAnInitialIsOneAuthor() {
        ExtractedArticle article = extract("", "<div class='byline'>By Scott Pletcher</div><div class='byline'>Scott P.</div>");

        assertThat(article.authors()).containsExactly("Scott Pletcher");
    }

    @Test
    void aFooterMarkedAsBylineCreditsNobody() {
        assertThat(BylineParser.names("©2026 AFPA. Terms & Conditions Privacy Policy")).isEmpty();
        assertThat(BylineParser.names("Copyright 2026 Zeitung GmbH")).isEmpty();
        assertThat(BylineParser.names("Von Jane Doe © dpa")).containsExactly("Jane Doe");
        ExtractedArticle article = extract("", "<ul class='site-byline'><li>©2026 AFPA.</li><li><a href='/t'>Terms &amp;"
                + " Conditions</a></li><li><a href='/p'>Privacy Policy</a></li></ul>");

        assertThat(article.authors()).isEmpty();
    }

    @Test
    void anAuthorPageLinkIsReadWithoutItsLabel() {
        assertThat(BylineParser.structuredNames("Articles by Juliette")).containsExactly("Juliette");
        assertThat(BylineParser.structuredNames("View all posts by Jane Doe")).containsExactly("Jane Doe");
        assertThat(BylineParser.names("Text Generation API")).isEmpty();
    }

    @Test
    void aBylineRunningOnIntoTheTextEndsAtTheSentence() {
        assertThat(BylineParser.names("von HiFi-Trends. Zudem gibt es")).isEmpty();
        assertThat(BylineParser.names("Peter Addor, Elisabeth! Ich")).containsExactly("Peter Addor");
        assertThat(BylineParser.names("By Prof. Jane Doe")).containsExactly("Prof. Jane Doe");
        assertThat(BylineParser.names("Von Frank Bueltge - http://bueltge.de")).containsExactly("Frank Bueltge");
    }

    @Test
    void labelsOfAuthorBoxesAndSponsoredBlocksAreNoNames() {
        assertThat(BylineParser.names("SHOW ALL ARTICLES OF Heiko")).isEmpty();
        assertThat(BylineParser.names("Gesponserte Inhalte")).isEmpty();
    }

    @Test
    void aCompoundRoleBeforeTheNameIsNoPartOfIt() {
        assertThat(BylineParser.structuredNames("FOCUS-Online-Experte Robin Tschöpe")).containsExactly("Robin Tschöpe");
        assertThat(BylineParser.names("Von SPIEGEL-Korrespondent Jan Roe")).containsExactly("Jan Roe");
        assertThat(BylineParser.names("Von Hans-Peter Müller")).containsExactly("Hans-Peter Müller");
    }

    @Test
    void janIsAFirstNameUnlessADayFollows() {
        assertThat(BylineParser.names("Von Jan Fleischhauer")).containsExactly("Jan Fleischhauer");
        assertThat(BylineParser.names("By Jane Doe Jan. 5, 2024")).containsExactly("Jane Doe");
        assertThat(BylineParser.names("By Jane Doe Jan 5, 2024")).containsExactly("Jane Doe");
    }

    @Test
    void readsThePersonAWebPageNodeNamesWhenNoArticleNodeIsDeclared() {
        String page = "<script type='application/ld+json'>{\"@type\":\"WebPage\",\"headline\":\"Haushalt beschlossen\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Çelik Nimani\"}}</script>"
                + "<meta name='author' content='Stadtblatt'>";
        String organisation = "<script type='application/ld+json'>{\"@type\":\"WebPage\",\"author\":{\"@type\":"
                + "\"Organization\",\"name\":\"Stadtblatt Verlag\"}}</script><meta name='author' content='Jana Roe'>";

        assertThat(extract(page, "").authors()).containsExactly("Çelik Nimani");
        assertThat(extract(organisation, "").authors()).containsExactly("Jana Roe");
    }

    @Test
    void aCreditJoiningTwoFirstNamesNamesTwoAuthors() {
        assertThat(extract("<meta name='author' content='Maria &amp; Katerina'>", "").authors())
                .containsExactly("Maria", "Katerina");
        assertThat(extract("<meta name='author' content='Linny and Peter'>", "").authors())
                .containsExactly("Linny", "Peter");
        // a lone word beside a full name is still a place, not a second author
        assertThat(extract("<meta name='author' content='Jane Doe, Berlin'>", "").authors()).containsExactly("Jane Doe");
    }

    @Test
    void theSiteNameGivenAsAuthorIsNoPairOfFirstNames() {
        String head = "<meta property='og:site_name' content='Jobs &amp; Hire'><meta name='author' content='Jobs &amp; Hire'>"
                + "<meta name='twitter:label1' content='Written by'><meta name='twitter:data1' content='Jose de la Cruz'>";

        assertThat(extract(head, "").authors()).containsExactly("Jose de la Cruz");
    }

    @Test
    void aCreditSpellingTheSiteDomainIsTheSite() {
        String head = "<meta property='og:site_name' content='www.stadtblatt.de'>"
                + jsonLd("{\"@type\":\"Person\",\"name\":\"Stadt Blatt\"}");
        String header = "<div class='autor'>Jana Roe</div><div class='autor'>Stadt Blatt Abonnieren</div>";

        assertThat(extract(head, header).authors()).containsExactly("Jana Roe");
    }

    @Test
    void aOneWordPersonNameTakesTheFullNameItsBioOpensWith() {
        String person = "{\"@type\":\"Person\",\"name\":\"Nils\",\"description\":\"Nils Pickert ist freier Autor"
                + " und Journalist.\"}";
        String dashed = "{\"@type\":\"Person\",\"name\":\"Stefan\",\"description\":\"Stefan Roe - Ingenieur,"
                + " Radfahrer.\"}";

        assertThat(extract(jsonLd(person), "").authors()).containsExactly("Nils Pickert");
        assertThat(extract(jsonLd(dashed), "").authors()).containsExactly("Stefan Roe");
    }

    @Test
    void readsTheWebPageAuthorAGraphGivesByReference() {
        String graph = "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebPage\",\"@id\":\"#page\","
                + "\"author\":{\"@id\":\"#/schema/person/1\"}},{\"@type\":\"Person\",\"@id\":\"#/schema/person/1\","
                + "\"name\":\"Florina Roe\"}]}</script><meta name='author' content='Kate May'>";

        assertThat(extract(graph, "").authors()).containsExactly("Florina Roe");
    }

    @Test
    void aSurnameWithAnInnerCapitalPartsFromADateWordGluedToIt() {
        assertThat(BylineParser.names("By Arlo Elin McRoePublished: Dec 20, 2023")).containsExactly("Arlo Elin McRoe");
        assertThat(BylineParser.names("Associated PressApril 28")).isEmpty();
    }

    @Test
    void aDateBeforeTheNameInAMetaLineIsNoPartOfTheByline() {
        assertThat(BylineParser.names("Dec. 19, 2025 · Nika Roe on behalf of the Core team")).containsExactly("Nika Roe");
        assertThat(BylineParser.names("5 min read • Jane Doe")).containsExactly("Jane Doe");
        assertThat(BylineParser.names("Jane Doe · 5 min read")).containsExactly("Jane Doe");
    }

    @Test
    void anInstitutionCreditedBesideTheAuthorIsNoPerson() {
        assertThat(BylineParser.names("Jane Doe, Island Restoration Programme, Flora International"))
                .containsExactly("Jane Doe");
        assertThat(BylineParser.structuredNames("Hope Foundation")).isEmpty();
    }
    @Test
    void theBylineAddsCoAuthorsTheStructuredDataLeavesOut() {
        String lead = jsonLd("{\"@type\":\"Person\",\"name\":\"Rudolf Fiedler\"}");

        assertThat(extract(lead, "<div class='byline'>von Rudolf Fiedler, Simone Kahl</div>").authors())
                .containsExactly("Rudolf Fiedler", "Simone Kahl");
        assertThat(extract(lead, "<div class='byline'>Rudolf Fiedler Rudolf Fiedler</div>").authors())
                .containsExactly("Rudolf Fiedler");
    }

    @Test
    void aLabelledAuthorLineAfterTheTextGivesAllItsNames() {
        String html = "<html lang='en'><body><main><article><h1>Budget passed</h1>" + "<p>"
                + "The council debated the budget for a long time and finally passed it by a narrow margin. ".repeat(6)
                + "</p><footer><p>Written by <b>Mona Kiel and Kate Shore</b></p></footer></article></main></body></html>";

        assertThat(new ArticleExtractor().extract(Jsoup.parse(html, "https://paper.example/a"), FETCHED).authors())
                .containsExactly("Mona Kiel", "Kate Shore");
    }
    @Test
    void labelledBylinesOfAListOfOtherArticlesCreditNobody() {
        String teasers = String.join("", java.util.List.of("Mona Kiel", "Kate Shore", "Theo Lind", "Ida Brandt",
                "Olaf Brand").stream().map(name -> "<li><a href='/x'>Budget news</a><p>By " + name + "</p></li>").toList());
        String html = "<html lang='en'><body><main><article><h1>Budget passed</h1>" + "<p>"
                + "The council debated the budget for a long time and finally passed it by a narrow margin. ".repeat(20)
                + "</p></article><section><h2>Latest</h2><ul>" + teasers + "</ul></section></main></body></html>";

        assertThat(new ArticleExtractor().extract(Jsoup.parse(html, "https://paper.example/a"), FETCHED).authors())
                .isEmpty();
    }

    @Test
    void aLayoutClassOnTheBodyDoesNotHideTheLabelledByline() {
        String html = "<html lang='de'><body class='node-type-article one-sidebar'><div class='node'><h2>Haushalt"
                + " beschlossen</h2>" + BODY + "<div class='submitted'>Gespeichert von <span>lenzi</span> am 24. Juli"
                + " 2017 - 18:55</div></div><div class='sidebar'><p>Archiv</p></div></body></html>";

        assertThat(new ArticleExtractor().extract(Jsoup.parse(html, "https://verein.example/a"), FETCHED).authors())
                .containsExactly("lenzi");
    }

    @Test
    void aBylineMarkedElsewhereOnThePageDoesNotJoinTheHeadlinesByline() {
        String html = "<html lang='de'><body><main><article><h1>Haushalt beschlossen</h1><p class='byline'>von Ida"
                + " Brandt</p>" + BODY + "</article><div class='box'><a href='/b'>Neue Schule eröffnet</a><span"
                + " class='author'>Theo Lind</span></div></main></body></html>";

        assertThat(new ArticleExtractor().extract(Jsoup.parse(html, "https://zeitung.example/a"), FETCHED).authors())
                .containsExactly("Ida Brandt");
    }

    @Test
    void coAuthorsMarkedOneByOneInTheBylineAreAllAuthors() {
        assertThat(extract("", "<div class='meta'>von <span class='author'>Ida Brandt</span>, <span class='author'>"
                + "Theo Lind</span></div>").authors()).containsExactly("Ida Brandt", "Theo Lind");
    }

    @Test
    void readsAGenderInclusiveAuthorLabel() {
        assertThat(extract("", "<p>Autor*in: Jana Lenz</p>").authors()).containsExactly("Jana Lenz");
        assertThat(BylineParser.names("Autorin/Autor Jana Lenz")).containsExactly("Jana Lenz");
    }

    @Test
    void aCreditWithAWebAddressIsThePublisherNotAPerson() {
        String page = "<html lang='de'><head><meta name='author' content='Deutsche Funkwelle (www.dfw.example)'>"
                + "</head><body><main><article><h1>Haushalt beschlossen</h1>" + BODY + "</article><div class='facts'>"
                + "<ul><li><strong>Autorin/Autor</strong> Jana Lenz</li></ul></div></main></body></html>";

        assertThat(new ArticleExtractor().extract(Jsoup.parse(page, "https://zeitung.example/a"), FETCHED).authors())
                .containsExactly("Jana Lenz");
        assertThat(BylineParser.structuredNames("Web Shop GmbH www.web-shop.example")).isEmpty();
    }

    @Test
    void aDeskCreditRunningOnIntoItsDateIsTheDesk() {
        assertThat(extract("", "<div class='byline'>von Redaktion, 24. Januar 2022</div>").authors())
                .containsExactly("Redaktion");
        assertThat(DeskCredit.credit("By Newsroom Staff, 5/12/2025 10:30")).isEqualTo("Newsroom Staff");
        assertThat(DeskCredit.credit("von Redaktion am 24.01.2022")).isEqualTo("Redaktion");
    }

    @Test
    void readsTheAuthorLabelledInAFactsBoxAside() {
        String html = "<html lang='en'><body><main><article><h1>Budget passed</h1><p>"
                + "The council debated the budget for a long time and finally passed it by a narrow margin. ".repeat(6)
                + "</p></article><aside class='facts'><div><h3>Published</h3><p>August 30, 2024</p></div><div>"
                + "<h3>Author</h3><p> Lena D. Ormond</p></div></aside></main></body></html>";

        assertThat(new ArticleExtractor().extract(Jsoup.parse(html, "https://paper.example/a"), FETCHED).authors())
                .containsExactly("Lena D. Ormond");
    }

    @Test
    void bylineMarksOnManyPeopleYieldToTheAuthorMeta() {
        String thread = String.join("", java.util.List.of("Max Tiller", "Ina Solm", "Olaf Brand", "Tom Weiler",
                "Eva Dorn").stream().map(name -> "<div class='author'>" + name + "</div><p>Stimmt.</p>").toList());

        assertThat(extract("<meta name='author' content='Ingrid Arens'>", thread).authors())
                .containsExactly("Ingrid Arens");
    }
    @Test
    void aPossessiveIsTheOwnersNameWithoutWhatItOwns() {
        assertThat(BylineParser.names("Mary Lee, Southern Garden's editorial guidelines"))
                .containsExactly("Mary Lee", "Southern Garden");
        assertThat(BylineParser.names("Jane Doe's")).containsExactly("Jane Doe");
    }

    @Test
    void aOneWordDeclaredNameTakesTheSurnameTheBylineShows() {
        String nickname = jsonLd("{\"@type\":\"Person\",\"name\":\"Todd\"}");

        assertThat(extract(nickname, "<p>By Todd Barnes Date February 5, 2020 Share</p>").authors())
                .containsExactly("Todd Barnes");
    }

    @Test
    void aRegionalDeskNamedWithTheSiteIsNoCoAuthor() {
        ExtractedArticle article = extract("<meta property='og:site_name' content='MDR'>",
                "<p class='byline'>von Jana Beispiel, MDR SACHSEN</p>");

        assertThat(article.authors()).containsExactly("Jana Beispiel");
    }

    @Test
    void aPersonIsNoDeskBecauseTheSiteIsNamedWithTheirFirstName() {
        ExtractedArticle article = extract("<meta property='og:site_name' content='Marion'>",
                "<p class='byline'>von Marion Weber</p>");

        assertThat(article.authors()).containsExactly("Marion Weber");
    }

    @Test
    void aSentenceOpenedByABylineWordNamesNoOne() {
        assertThat(BylineParser.names("Mit Vollgas Richtung neue Rekorde")).isEmpty();
        assertThat(BylineParser.names("Interview Grüne Dächer kühlen die Stadt")).isEmpty();
        assertThat(BylineParser.names("With Solar Panels everywhere, cities change")).isEmpty();
        assertThat(BylineParser.isByline("Mit Vollgas Richtung neue Rekorde")).isFalse();
        // a name that ends its phrase, or runs on into a place or a date, is still read
        assertThat(BylineParser.names("Mit Jane Doe")).containsExactly("Jane Doe");
        assertThat(BylineParser.names("Interview: Jane Doe")).containsExactly("Jane Doe");
        assertThat(BylineParser.names("With Jane Doe in Kyiv")).containsExactly("Jane Doe");
    }

    @Test
    void aReviewBadgeOrABareLabelIsNoName() {
        assertThat(BylineParser.names("Fact Checked")).isEmpty();
        assertThat(BylineParser.names("Medically Reviewed")).isEmpty();
        assertThat(BylineParser.names("Written By")).isEmpty();

        ExtractedArticle article = extract("",
                "<div class='byline'><span class='author'>By Jane Doe</span> | <span class='author'>Fact Checked</span>"
                        + "</div>");

        assertThat(article.authors()).containsExactly("Jane Doe");
    }

    @Test
    void anAuthorLabelOrARoleBesideTheNameIsNoName() {
        assertThat(BylineParser.names("Author Hub")).isEmpty();
        assertThat(BylineParser.names("No Author")).isEmpty();
        assertThat(BylineParser.names("By: Jane Doe, Licensed Family Therapist")).containsExactly("Jane Doe");
        assertThat(BylineParser.names("Jane Doe, Certified Coach, M.A. Journalism")).containsExactly("Jane Doe");
        // "Letters To the Editor": "To" ends a name, the lone word left is none
        assertThat(BylineParser.names("Notes To Self")).isEmpty();
    }

    @Test
    void aListingMenusByHeadingIsNoHandle() {
        assertThat(BylineHandle.credited("By industry")).isEmpty();
        assertThat(BylineHandle.credited("By Type")).isEmpty();
        assertThat(BylineHandle.lone("by Countries")).isEmpty();
        assertThat(BylineHandle.credited("Posted by Konstantin")).containsExactly("Konstantin");
    }

    @Test
    void aStructuredNameWrittenAsALinkIsItsText() {
        String linked = "[\"<a href=\\\"/autoren/jana-beispiel\\\" hreflang=\\\"de\\\">Jana Beispiel</a>\"]";

        assertThat(extract(jsonLd(linked), "").authors()).containsExactly("Jana Beispiel");
        assertThat(BylineParser.structuredNames("<a href='/autoren/jana-beispiel'>Jana Beispiel</a>"))
                .containsExactly("Jana Beispiel");
    }

    @Test
    void anExclaimedHeadingIsNoName() {
        assertThat(BylineParser.names("Big Sale Ahead!")).isEmpty();
        assertThat(BylineParser.names("Peter Addor, Elisabeth! Ich")).containsExactly("Peter Addor");
    }

    @Test
    void aForumsPresenceStatusIsNoPartOfAName() {
        assertThat(BylineParser.names("K Offline MaxR")).isEmpty();
    }

    @Test
    void theHeadlinesBylineNamingSomeoneElseThanTheDeclaredPosterIsTheAuthor() {
        String poster = jsonLd("{\"@type\":\"Person\",\"name\":\"Petra Webteam\"}");

        assertThat(extract(poster, "<p>Von Lena Kaufmann</p>").authors()).containsExactly("Lena Kaufmann");
        // the line agrees with the structured data: its fuller form changes nothing
        assertThat(extract(poster, "<p>Von Petra Webteam-Meier</p>").authors()).containsExactly("Petra Webteam");
    }

    @Test
    void aBylineInAnotherScriptThanTheDeclaredNameDoesNotOverrideIt() {
        String declared = jsonLd("{\"@type\":\"Person\",\"name\":\"新間\"}");

        assertThat(extract(declared, "<p>By Takeo Maeda</p>").authors()).containsExactly("新間");
    }

    @Test
    void aBlogPostWithoutBylineIsCreditedToTheNameItsAuthorsRepliesSignWith() {
        String reply = "<section id='comments'><ol class='comment-list'><li class='comment'><cite class='fn'>Reader One"
                + "</cite><p>Toller Beitrag!</p></li><li class='comment %s'><cite class='fn'>Jana Bloggerin</cite>"
                + "<p>Danke!</p></li></ol></section>";
        String html = "<html lang='de'><body><main><article><h1>Haushalt beschlossen</h1>" + BODY + "</article>%s"
                + "</main></body></html>";

        ExtractedArticle marked = new ArticleExtractor().extract(
                Jsoup.parse(html.formatted(reply.formatted("bypostauthor")), "https://blog.example/a"), FETCHED);
        ExtractedArticle unmarked = new ArticleExtractor().extract(
                Jsoup.parse(html.formatted(reply.formatted("odd")), "https://blog.example/a"), FETCHED);

        assertThat(marked.authors()).containsExactly("Jana Bloggerin");
        assertThat(unmarked.authors()).isEmpty();
    }

    @Test
    void aWithOrPlainTextLineAwayFromTheHeadlineCreditsNobody() {
        // after the whole text: beyond the headline's area
        String html = "<html lang='en'><body><main><article><h1>Haushalt beschlossen</h1>" + BODY.repeat(8)
                + "</article><div class='options'><p>%s</p></div></main></body></html>";

        for (String line : new String[] {"With Rental Package - $20.00", "MIT Professional Education",
                "Text Generation Inference"}) {
            ExtractedArticle article = new ArticleExtractor().extract(
                    Jsoup.parse(html.formatted(line), "https://shop.example/a"), FETCHED);
            assertThat(article.authors()).as(line).isEmpty();
        }
        // a credit label keeps crediting there
        ExtractedArticle credited = new ArticleExtractor().extract(
                Jsoup.parse(html.formatted("Text: Lena Kaufmann"), "https://shop.example/a"), FETCHED);
        assertThat(credited.authors()).containsExactly("Lena Kaufmann");
    }

    @Test
    void aPlaceholderForAMissingAuthorIsNoCredit() {
        assertThat(extract("<meta name='author' content='No Author'>", "").authors()).isEmpty();
        assertThat(extract("<meta name='author' content='DER SPIEGEL'>", "").authors()).containsExactly("DER SPIEGEL");
    }

    @Test
    void anAuthorCardUnderThePostCreditsTheNameItsBioOpensWith() {
        String html = "<html lang='en'><body><main><article><h1>Haushalt beschlossen</h1>" + BODY + "</article>"
                + "<div class='%s'><img src='a.jpg' alt=''><div><h4>Jane Bloggs</h4><div class='social'></div>"
                + "<p>%s is a software developer who writes about user interfaces and audio plug-ins. Before that she"
                + " built tools for broadcasters and taught courses on sound design at a school of music.</p></div></div>"
                + "</main></body></html>";

        for (String bio : new String[] {"Jane", "Jane Bloggs"}) {
            ExtractedArticle card = new ArticleExtractor().extract(
                    Jsoup.parse(html.formatted("blog-author", bio), "https://blog.example/a"), FETCHED);
            assertThat(card.authors()).as(bio).containsExactly("Jane Bloggs");
        }
        // a box the theme does not mark as the author's: a heading over its description (a product, a place)
        ExtractedArticle unmarked = new ArticleExtractor().extract(
                Jsoup.parse(html.formatted("feature", "Jane"), "https://blog.example/a"), FETCHED);
        assertThat(unmarked.authors()).isEmpty();
        // the bio of someone else
        ExtractedArticle other = new ArticleExtractor().extract(
                Jsoup.parse(html.formatted("blog-author", "Maria"), "https://blog.example/a"), FETCHED);
        assertThat(other.authors()).isEmpty();
    }

    @Test
    void aPostsCreditWrittenAsASentenceOrAnAuthorCardsLabelIntroducesTheName() {
        assertThat(BylineParser.names("This post was written by Jane Doe")).containsExactly("Jane Doe");
        assertThat(BylineParser.names("This article was written by Jane Doe")).containsExactly("Jane Doe");
        assertThat(LabelledLines.labelOnly("Article written by:")).isNotNull();
    }

    @Test
    void theRoleAfterANameDescribesThatPersonToItsEnd() {
        assertThat(BylineParser.names("By Jane Doe, Head of Marketing and Community Development"))
                .containsExactly("Jane Doe");
        assertThat(BylineParser.names("By Jane Doe, MD, gastroenterologist, Parkview Health."))
                .containsExactly("Jane Doe");
        // a word that is no description (an agency) does not end the credit
        assertThat(BylineParser.names("By Jane Doe, Reuters and John Roe")).containsExactly("Jane Doe", "John Roe");
    }

    @Test
    void takesTheNameSigningTheTextOnTheLastLineWhenNothingElseCreditsTheArticle() {
        assertThat(signed("<p><b><i>Stefan Wasmer</i></b></p>").authors()).containsExactly("Stefan Wasmer");
        assertThat(signed("<p>– David Dunkley</p>").authors()).containsExactly("David Dunkley");
    }

    @Test
    void aNameWithALineAfterItOrAPhraseUnderTheTextSignsNothing() {
        // a quote's attribution names the person quoted, with their role under the name
        assertThat(signed("<p><strong>Robert Cameron</strong></p><p>Product Manager at Unbounce</p>").authors())
                .isEmpty();
        assertThat(signed("<p>Weitere Informationen zum Haushalt</p>").authors()).isEmpty();
        assertThat(signed("<p>王小明</p>").authors()).isEmpty();
    }

    @Test
    void readsABylineSetAsASmallHeadingInTheText() {
        String html = "<html lang='de'><head><meta name='author' content='Bund der Verbraucher e.V.'></head><body>"
                + "<div class='nav'>Start</div><main><div class='headline'>Haushalt beschlossen</div>"
                + "<div class='text'><h6>Haushalt beschlossen</h6><h5><em>Von Leonora Holling</em></h5>" + BODY + BODY
                + "</div></main></body></html>";

        ExtractedArticle article = new ArticleExtractor().extract(Jsoup.parse(html, "https://zeitung.example/a"), FETCHED);

        assertThat(article.authors()).containsExactly("Leonora Holling");
        assertThat(article.body()).doesNotContain("Leonora");
    }

    @Test
    void aWithHeadingBelowTheFirstParagraphCreditsNobodyWhileAWithLineAboveTheTextStillDoes() {
        // a product review's section heading, in the headline area's reach but below the text it follows
        ExtractedArticle section = extract("", "" + BODY.replace("Gemeinderat", "Stadtrat")
                + "<h4>With Live Translation</h4>");
        ExtractedArticle credit = extract("", "<p>Mit Jana Berger</p>");

        assertThat(section.authors()).isEmpty();
        assertThat(credit.authors()).containsExactly("Jana Berger");
    }

    private static ExtractedArticle signed(String closing) {
        String html = "<html lang='de'><head></head><body><main><article><h1>Haushalt beschlossen</h1>" + BODY
                + BODY.replace("Gemeinderat", "Stadtrat") + closing + "</article></main></body></html>";
        return new ArticleExtractor().extract(Jsoup.parse(html, "https://zeitung.example/a"), FETCHED);
    }

    @Test
    void aReporterSigningTheTextWinsOverTheSiteCreditedAsItsOwnAuthor() {
        String html = "<html lang='de'><head><meta property='og:site_name' content='Stadtbote'>"
                + "<meta name='author' content='Stadtbote'></head><body><main><article><h1>Haushalt beschlossen</h1>"
                + BODY + BODY + "<p>Jana Holzer</p></article></main></body></html>";

        ExtractedArticle article =
                new ArticleExtractor().extract(Jsoup.parse(html, "https://stadtbote.example/a"), FETCHED);

        assertThat(article.authors()).containsExactly("Jana Holzer");
    }

    @Test
    void readsABylineSetAfterDashes() {
        String line = "<div><span><strong><em>---- by Kenneth Walsh</em></strong></span></div>";

        assertThat(extract("", line).authors()).containsExactly("Kenneth Walsh");
    }
}
