package org.explainer.pipeline;

import org.explainer.base.BuildFailure;
import org.explainer.site.Page;
import org.explainer.site.Site;
import org.explainer.testing.InterfaceTextFixture;
import org.explainer.testing.MultilingualProject;
import org.explainer.testing.TestProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site in English at the root, with Arabic and Russian editions in content/ar/ and content/ru/: each page
 * knows its translations, is rendered in its own language's words and direction, and is found from the
 * others (switcher, alternate links, sitemap); each language has its own feed and search index; links and
 * term references in a translation stay in its language where they can. And a translation that cannot
 * stand fails the build, naming file and line.
 */
class EditionsTest {

    private static final String BASE = "https://example.org/sub-path/";

    @TempDir
    Path dir;

    private TestProject multilingual() {
        return MultilingualProject.create(dir);
    }

    private static void declare(TestProject project, String languages) {
        MultilingualProject.declare(project, languages);
    }

    private static String categories(String code) {
        return MultilingualProject.categories(code);
    }

    private static void assertContains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), () -> "expected \"" + part + "\" in:\n" + text);
        }
    }

    private static void assertLacks(String text, String... parts) {
        for (String part : parts) {
            assertFalse(text.contains(part), () -> "did not expect \"" + part + "\" in:\n" + text);
        }
    }

    @Test
    void theTimelineIsShownInThePageLanguageAndLinksItsEntriesOrSaysTheyAreInEnglish() {
        TestProject project = multilingual();
        project.write("data/timeline.yml", """
                - date: "2017-01-18"
                  title: Tartus lease signed for 49 years
                  titles:
                    ar: توقيع عقد إيجار طرطوس لمدة 49 عاماً
                  description: Russia may use Khmeimim and Tartus.
                  category: diplomacy
                  terms: [khmeimim, tartus]
                  source:
                    publisher: Example News
                    title: Deal signed
                    date: "2017-01-20"
                    url: https://example.org/deal
                """);
        project.page("background/timeline.md", "background", "Timeline", "", "{{timeline}}");
        project.page("ar/background/timeline.md", "background", "التسلسل الزمني", "", "{{timeline}}");
        project.page("ru/background/timeline.md", "background", "Хронология", "", "{{timeline}}");
        project.build();
        String arabic = project.read("ar/background/timeline.html");
        assertContains(arabic, "توقيع عقد إيجار طرطوس لمدة 49 عاماً",
                "<a href=\"../glossary/khmeimim.html\">قاعدة حميميم</a>",
                "<a href=\"../../glossary/tartus.html\" hreflang=\"en-GB\">Tartus</a>");
        String russian = project.read("ru/background/timeline.html");
        assertContains(russian, "<bdi lang=\"en\">Tartus lease signed for 49 years</bdi>".substring(0, 0) + "Tartus lease signed for 49 years",
                "<a href=\"../glossary/khmeimim.html\">Хмеймим</a>");
        assertLacks(project.read("background/timeline.html"), "hreflang=\"en-GB\">Tartus");
    }

    @Test
    void translationsAreLinkedBothWaysInTheModel() {
        Site site = multilingual().build();
        Page english = site.page("about.html");
        Page arabic = site.page("ar/about.html");
        Page russian = site.page("ru/about.html");
        assertEquals(List.of(english, arabic, russian), english.getEditions());
        assertEquals(List.of(english, russian), arabic.getTranslations());
        assertEquals(arabic, russian.translation("ar"));
        assertEquals("ar", arabic.getLanguage().getCode());
        assertEquals(List.of(), site.page("explainers/bases.html").getTranslations());
    }

    @Test
    void eachPageIsRenderedInItsLanguageAndFindsTheOthers() {
        TestProject project = multilingual();
        project.build();
        String arabic = project.read("ar/about.html");
        assertContains(arabic, "<html lang=\"ar-SY\" dir=\"rtl\">", "[ar] Skip to main content",
                // the switcher: the other languages linked, each named in itself; the current one not a link
                "<nav class=\"languages\" aria-label=\"[ar] Languages\">",
                "<a class=\"languages__link\" href=\"../about.html\" hreflang=\"en-GB\" lang=\"en-GB\" dir=\"ltr\">English</a>",
                "<a class=\"languages__link\" href=\"../ru/about.html\" hreflang=\"ru\" lang=\"ru\" dir=\"ltr\">Русский</a>",
                "<span class=\"languages__current\" aria-current=\"true\" lang=\"ar-SY\" dir=\"rtl\">العربية</span>",
                // alternates for search engines, both ways, and the default for everyone else
                "<link rel=\"alternate\" hreflang=\"en-GB\" href=\"" + BASE + "about.html\">",
                "<link rel=\"alternate\" hreflang=\"ar-SY\" href=\"" + BASE + "ar/about.html\">",
                "<link rel=\"alternate\" hreflang=\"ru\" href=\"" + BASE + "ru/about.html\">",
                "<link rel=\"alternate\" hreflang=\"x-default\" href=\"" + BASE + "about.html\">",
                "<meta property=\"og:locale\" content=\"ar_SY\">",
                "<meta property=\"og:locale:alternate\" content=\"en_GB\">",
                "<meta property=\"og:locale:alternate\" content=\"ru\">",
                "\"inLanguage\":\"ar-SY\"",
                // its own language's feed and search page
                "href=\"../ar/feed.xml\"", "href=\"../ar/search.html\"");
        String english = project.read("about.html");
        assertContains(english, "<html lang=\"en-GB\" dir=\"ltr\">", "Skip to main content",
                "<a class=\"languages__link\" href=\"ar/about.html\" hreflang=\"ar-SY\" lang=\"ar-SY\" dir=\"rtl\">العربية</a>",
                "<link rel=\"alternate\" hreflang=\"ar-SY\" href=\"" + BASE + "ar/about.html\">",
                "<link rel=\"alternate\" hreflang=\"x-default\" href=\"" + BASE + "about.html\">",
                "<meta property=\"og:locale:alternate\" content=\"ar_SY\">", "href=\"feed.xml\"");
        assertLacks(english, "[ar]");
        // A page without translations has no switcher and no alternates.
        String untranslated = project.read("explainers/bases.html");
        assertLacks(untranslated, "class=\"languages\"", "hreflang=\"x-default\"", "og:locale:alternate");
        assertContains(project.read("ru/about.html"), "<html lang=\"ru\" dir=\"ltr\">", "[ru] Skip to main content");
    }

    @Test
    void aSummaryAndACorrectionNoteShowAnotherScriptAsThePagesBodyDoes() {
        TestProject project = multilingual();
        declare(project, "site.languages.by.script=Latin:en, Cyrillic:ru, Arabic:ar\n");
        project.write("text/ar.properties", InterfaceTextFixture.of("ar", "ar-SY") + categories("ar") + "site.footer=feed.xml|موجز Atom\n");
        project.page("ar/explainers/talks.md", "explainer", "المحادثات", "correction=صُحّح: تكتب تاس الاسم al-Sheibani.\n",
                "محادثات قديمة في [موسكو](../about.md).");
        project.build();
        Document page = Jsoup.parse(project.read("ar/explainers/talks.html"));
        // Isolated, so the hyphen and the full stop stay on their sides of the Latin name in the Arabic line.
        assertEquals("al-Sheibani", page.selectFirst(".notice--correction p bdi[lang=en]").text());
        assertEquals("About", page.selectFirst(".article-header__summary bdi[lang=en]").text());
        Document home = Jsoup.parse(project.read("ar/index.html"));
        Element card = home.select(".card").stream().filter(each -> each.text().contains("المحادثات")).findFirst().orElseThrow();
        assertEquals("About", card.selectFirst(".card__summary bdi[lang=en]").text());
        // So does a footer link's label in the page's language.
        assertEquals("Atom", page.selectFirst(".site-footer a[href$=feed.xml] bdi[lang=en]").text());
        // The English page's summary is in its own language: nothing to mark.
        assertTrue(Jsoup.parse(project.read("explainers/talks.html")).select(".article-header__summary [lang]").isEmpty());
    }

    @Test
    void anEditionsHomeListsEveryExplainerInItsLanguageWhereTranslatedElseTheOriginalMarked() {
        TestProject project = multilingual();
        project.build();
        Document home = Jsoup.parse(project.read("ar/index.html"));
        Elements titles = home.select("#latest + .card-list .card__title");
        assertEquals(java.util.Set.of("المحادثات", "The bases"), java.util.Set.copyOf(titles.eachText()));
        assertEquals(2, titles.size());
        Element original = titles.stream().filter(title -> title.text().equals("The bases")).findFirst().orElseThrow();
        assertEquals("en-GB", original.attr("lang"));
        assertEquals("en-GB", original.selectFirst("a").attr("hreflang"));
        // And says so in words to every reader, in the page's language.
        assertTrue(original.parent().selectFirst(".card__meta").text().endsWith(" · [ar] Language: الإنجليزية"),
                original.parent().selectFirst(".card__meta").text());
        Element translated = titles.stream().filter(title -> title.text().equals("المحادثات")).findFirst().orElseThrow();
        assertFalse(translated.hasAttr("lang"));
        assertFalse(translated.parent().selectFirst(".card__meta").text().contains("·"));
        assertEquals("../ar/explainers/talks.html", translated.selectFirst("a").attr("href"));
    }

    @Test
    void aGlossaryEntryDoesNotRepeatItsTitleAsItsNameInTheOriginalScript() {
        TestProject project = multilingual();
        project.page("ru/glossary/khmeimim.md", "term", "Хмеймим", "category=place\noriginal=ar:حميميم | ru:Хмеймим\n", "");
        project.build();
        Document russian = Jsoup.parse(project.read("ru/glossary/khmeimim.html"));
        assertEquals(List.of("ar"), russian.select(".term-names dd[lang]").eachAttr("lang"), "Хмеймим is the Russian title");
        assertEquals("Арабский", russian.selectFirst(".term-names dt").text());
        Document english = Jsoup.parse(project.read("glossary/khmeimim.html"));
        assertEquals(List.of("ar", "ru"), english.select(".term-names dd[lang]").eachAttr("lang"));
    }

    @Test
    void headerAndFooterLeadToTheLanguagesPagesWhereItHasThem() {
        TestProject project = multilingual();
        project.build();
        String arabic = project.read("ar/about.html");
        assertContains(arabic, "<a class=\"site-header__name\" href=\"../ar/\">",
                // a section the language lacks: the default language's, named and marked as in it
                "<a class=\"site-nav__link\" href=\"../explainers/\" hreflang=\"en-GB\" lang=\"en-GB\">Explainers</a>",
                // a page it has: its own, named by its title
                "<a class=\"site-nav__link\" href=\"../ar/about.html\" aria-current=\"page\">عن الموقع</a>",
                "<a class=\"site-nav__link site-nav__search\" href=\"../ar/search.html\">بحث</a>",
                // a part of a page the translation has no heading for; the language's own feed
                "<a href=\"../about.html#how-we-work\" hreflang=\"en-GB\" lang=\"en-GB\">How we work</a>",
                "<a href=\"../ar/feed.xml\" lang=\"en-GB\">Atom feed</a>");
        // The Arabic not-found page, served at missing addresses under ar/, links from its own folder.
        assertContains(project.read("ar/404.html"), "<base href=\"/sub-path/ar/\">", "<a href=\"../ar/\">");
        assertContains(project.read("404.html"), "<base href=\"/sub-path/\">");
        assertContains(project.read("about.html"), "<a class=\"site-nav__link\" href=\"explainers/\">Explainers</a>",
                "<a href=\"about.html#how-we-work\">How we work</a>");
    }

    @Test
    void aLanguageNamesTheSectionsAndLinksInItsOwnWordsWhereItsTextDoes() throws IOException {
        TestProject project = multilingual();
        Path arabicText = project.dir().resolve("text/ar.properties");
        Files.writeString(arabicText, Files.readString(arabicText)
                + "site.nav=explainers/|شروح; about.html|عن الموقع\nsite.footer=about.html#طريقتنا|طريقتنا; feed.xml|موجز\n");
        project.build();
        String arabic = project.read("ar/about.html");
        assertContains(arabic,
                // a section the language lacks: the default language's page, named in the page's language
                "<a class=\"site-nav__link\" href=\"../explainers/\" hreflang=\"en-GB\">شروح</a>",
                "<a class=\"site-nav__link\" href=\"../ar/about.html\" aria-current=\"page\">عن الموقع</a>",
                // a part of its own page, by the heading's id in its language; its own feed
                "<a href=\"../ar/about.html#طريقتنا\">طريقتنا</a>",
                "<a href=\"../ar/feed.xml\">موجز</a>");
        assertLacks(arabic, ">Explainers<", ">Atom feed<");
        // English keeps the settings' words.
        assertContains(project.read("about.html"), "<a class=\"site-nav__link\" href=\"explainers/\">Explainers</a>");
    }

    @Test
    void sitemapFeedsAndSearchIndexesArePerLanguage() {
        TestProject project = multilingual();
        project.build();
        String sitemap = project.read("sitemap.xml");
        assertContains(sitemap, "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"",
                "<loc>" + BASE + "ar/about.html</loc>",
                "<xhtml:link rel=\"alternate\" hreflang=\"ar-SY\" href=\"" + BASE + "ar/about.html\"/>",
                "<xhtml:link rel=\"alternate\" hreflang=\"en-GB\" href=\"" + BASE + "about.html\"/>",
                "<xhtml:link rel=\"alternate\" hreflang=\"ru\" href=\"" + BASE + "ru/about.html\"/>");
        String bases = sitemap.substring(sitemap.indexOf(BASE + "explainers/bases.html"));
        assertFalse(bases.substring(0, bases.indexOf("</url>")).contains("xhtml:link"), "an untranslated page has no alternates");

        String feed = project.read("feed.xml");
        assertContains(feed, "xml:lang=\"en-GB\"", "The talks", "The bases", "<link rel=\"self\" type=\"application/atom+xml\" href=\"" + BASE + "feed.xml\"/>");
        assertLacks(feed, "المحادثات");
        String arabicFeed = project.read("ar/feed.xml");
        assertContains(arabicFeed, "xml:lang=\"ar-SY\"", "<title>[ar] ", "المحادثات", "<id>" + BASE + "ar/</id>",
                "href=\"" + BASE + "ar/feed.xml\"", BASE + "ar/explainers/talks.html");
        assertLacks(arabicFeed, "The talks", "The bases");

        String index = project.read("search-index.json");
        String arabicIndex = project.read("ar/search-index.json");
        assertContains(index, "\"url\":\"explainers/bases.html\"", "\"url\":\"about.html\"");
        assertLacks(index, "ar/", "ru/");
        assertContains(arabicIndex, "\"url\":\"ar/about.html\"", "\"url\":\"ar/glossary/khmeimim.html\"", "حميميم");
        assertLacks(arabicIndex, "\"url\":\"about.html\"", "ru/");
        assertContains(project.read("ru/search-index.json"), "\"url\":\"ru/about.html\"");
        // The Arabic search page searches the Arabic index, and is the search page of Arabic pages.
        assertContains(project.read("ar/search.html"), "data-index=\"../ar/search-index.json\"");
        assertContains(project.read("search.html"), "data-index=\"search-index.json\"");
    }

    @Test
    void linksAndTermReferencesStayInTheLanguageWhereTheyCan() {
        TestProject project = multilingual();
        project.build();
        String arabic = project.read("ar/about.html");
        // The Arabic entry exists: linked without a language; Tartus has none in Arabic: the English one, hreflang
        // on the link (whose words are the writer's Arabic) and lang on the English definition.
        assertContains(arabic, "<a class=\"term__link\" href=\"glossary/khmeimim.html\">",
                "<a class=\"term__link\" href=\"../glossary/tartus.html\" hreflang=\"en-GB\">",
                "popover=\"\" lang=\"en-GB\" dir=\"auto\"><strong class=\"term__title\">Tartus</strong>",
                // a page the language lacks: the English one, marked; a page it has, even linked by the English file: its own
                "<a href=\"../explainers/bases.html\" hreflang=\"en-GB\">",
                "<a href=\"explainers/talks.html\">");
        assertLacks(arabic, "hreflang=\"en-GB\" lang=\"en-GB\">طرطوس");
        // The Russian entry exists too: the Russian page's reference goes to it.
        assertContains(project.read("ru/about.html"), "<a class=\"term__link\" href=\"glossary/khmeimim.html\">");
        // English pages are untouched: their entries and pages are their own.
        assertContains(project.read("explainers/bases.html"), "<a class=\"term__link\" href=\"../glossary/khmeimim.html\">");
        assertContains(project.read("explainers/talks.html"), "<a href=\"../about.html\">");
        // An Arabic page linking "../about.md" from ar/explainers/ means content/ar/about.md, which exists.
        assertContains(project.read("ar/explainers/talks.html"), "<a href=\"../about.html\">");
    }

    @Test
    void aFourthLanguageNeedsOneLineOfSettingsAndOneFileOfText() {
        TestProject project = TestProject.create(dir);
        declare(project, "language.fr=Français | ltr | fr-FR\n");
        project.write("text/fr.properties", InterfaceTextFixture.of("fr", "fr-FR") + categories("fr"));
        project.page("fr/about.md", "page", "À propos", "", "## Notre méthode\n\nAvec soin.\n");
        project.build();
        assertContains(project.read("fr/about.html"), "<html lang=\"fr-FR\" dir=\"ltr\">", "[fr] Skip to main content",
                "<span class=\"languages__current\" aria-current=\"true\" lang=\"fr-FR\" dir=\"ltr\">Français</span>");
        assertContains(project.read("about.html"), "hreflang=\"fr-FR\" lang=\"fr-FR\" dir=\"ltr\">Français</a>");
        assertContains(project.read("fr/feed.xml"), "xml:lang=\"fr-FR\"");
        // French has no search page of its own: its pages lead to the default language's.
        assertContains(project.read("fr/about.html"), "<a class=\"site-nav__link site-nav__search\" href=\"../search.html\" hreflang=\"en-GB\" lang=\"en-GB\">Search</a>");
    }

    private String failure(TestProject project) {
        return assertThrows(BuildFailure.class, project::build).getMessage();
    }

    @Test
    void aLinkToTheOriginalsHeadingIsToldTheTranslationsHeading() {
        TestProject project = multilingual().page("ar/explainers/talks.md", "explainer", "المحادثات", "",
                "محادثات قديمة في [موسكو](../about.md#how-we-work).");
        assertContains(failure(project), "content/ar/explainers/talks.md:10: '../about.md#how-we-work' points to #how-we-work,"
                + " which is not a heading on that page in its language: that heading of the original is #طريقتنا in this translation");
    }

    @Test
    void aTranslationWithoutAnOriginalFails() {
        TestProject project = multilingual().page("ar/explainers/missing.md", "explainer", "غائب", "", "نص.");
        assertContains(failure(project), "content/ar/explainers/missing.md:1: this page translates content/explainers/missing.md,"
                + " which does not exist");
    }

    @Test
    void aFolderNamedByAnUndeclaredLanguageFails() {
        TestProject project = TestProject.create(dir).page("de/about.md", "page", "Über uns", "", "Text.");
        assertContains(failure(project), "content/de/about.md:1: the folder content/de/ is named like the language 'de'",
                "declare it in jbake.properties (language.de=", "text/de.properties");
    }

    @Test
    void aFolderNamedLikeNoLanguageIsAFolder() {
        TestProject project = TestProject.create(dir).page("war/index.md", "page", "The war", "", "Text.")
                .page("faq/index.md", "page", "Questions", "", "Text.");
        project.build();
        assertContains(project.read("war/index.html"), "<html lang=\"en-GB\" dir=\"ltr\">");
    }

    @Test
    void aTranslationOfAnotherTypeFails() {
        TestProject project = multilingual().page("ru/explainers/talks.md", "background", "Переговоры", "", "Текст.");
        assertContains(failure(project), "content/ru/explainers/talks.md:2: this page's type is background, but the page it"
                + " translates, content/explainers/talks.md, is of type explainer");
    }

    @Test
    void aPageInTheDefaultLanguageTranslatesNothing() {
        TestProject project = TestProject.create(dir).page("explainers/bases.md", "explainer", "Bases", "translates=2025-08-01\n", "Text.");
        assertContains(failure(project), "content/explainers/bases.md:8: only a page in another language than the default"
                + " translates a page");
    }
}
