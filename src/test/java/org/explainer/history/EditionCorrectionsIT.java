package org.explainer.history;

import org.explainer.base.ProjectConfig;
import org.explainer.testing.TestProject;
import org.explainer.testing.TestRepository;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each language's corrections, in a site in English and German whose fares page and its translation are
 * corrected in one commit: each language lists its own pages' corrections on a page and in a feed of its
 * own, in its folder, and the commit's English words are marked as English on the German pages. Dutch is
 * declared too, with no page yet: it has nothing to correct.
 */
class EditionCorrectionsIT {

    private static final String CORRECTION = "the fare is twelve pounds, not ten.";
    private static TestProject built;
    private static String siteUrl;

    private static String page(String title, String body, String extraHeader) {
        return "title=" + title + "\ntype=explainer\nsummary=What the ferry costs.\ndate=2025-08-01\nreviewed=2025-08-02\n"
                + "status=published\ntags=test\n" + extraHeader + "~~~~~~\n\n" + body + "\n";
    }

    /** A project in English, German and Dutch, with the German and Dutch interface text. */
    private static TestProject inThreeLanguages(Path dir) {
        TestProject project = TestProject.create(dir);
        project.write(ProjectConfig.FILE_NAME, read(dir.resolve(ProjectConfig.FILE_NAME))
                .replace("site.language=en", "language.de=Deutsch | ltr | de-DE\nlanguage.nl=Nederlands | ltr | nl-NL\nsite.language=en"));
        String text = read(TestProject.REAL.resolve("templates/text/en.properties")) + "\n" + read(dir.resolve("text/en.properties"));
        project.write("text/de.properties", text + "\ndiff.source=Quelle: {note}\n");
        project.write("text/nl.properties", text);
        return project;
    }

    @BeforeAll
    static void correctAPageAndItsTranslationInOneCommit(@TempDir Path dir) {
        // Dutch is declared, and nothing is written in it yet.
        TestProject project = inThreeLanguages(dir);
        project.write("content/explainers/fares.md", page("Ferry fares", "The ferry costs ten pounds.[^list]\n\n[^list]: The ferry company, price list.",
                "correction=Corrected on 4 August 2025: the ferry costs twelve pounds.\n"));
        project.write("content/de/explainers/fares.md", page("Fährpreise", "Die Fähre kostet zehn Pfund.[^list]\n\n[^list]: Die Fährgesellschaft, Preisliste.",
                "correction=Korrigiert am 4. August 2025: Die Fähre kostet zwölf Pfund.\n"));
        try (TestRepository repository = TestRepository.init(project)) {
            repository.commit("2025-08-01", "Add the site and its German edition");
            project.write("content/explainers/fares.md", page("Ferry fares", "The ferry costs twelve pounds.[^list]\n\n[^list]: The ferry company, price list.",
                    "correction=Corrected on 4 August 2025: the ferry costs twelve pounds.\n"));
            project.write("content/de/explainers/fares.md", page("Fährpreise", "Die Fähre kostet zwölf Pfund.[^list]\n\n[^list]: Die Fährgesellschaft, Preisliste.",
                    "correction=Korrigiert am 4. August 2025: Die Fähre kostet zwölf Pfund.\n"));
            repository.commit("2025-08-04", "Fix the fare\n\nCorrection: " + CORRECTION);
            siteUrl = project.buildWithHistory().getSettings().getUrl();
        }
        built = project;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document html(String path) {
        return Jsoup.parse(built.read(path));
    }

    @Test
    void eachLanguageListsItsOwnPagesCorrectionsInItsFolder() {
        Document english = html("corrections.html");
        Document german = html("de/corrections.html");
        assertEquals("de-DE", german.selectFirst("html").attr("lang"));
        // Each lists the commit's correction and the page's own note, of its own language's page alone.
        assertEquals(List.of("explainers/fares.html", "explainers/fares.html"),
                english.select(".corrections-list a:not([href*=history])").eachAttr("href"));
        assertEquals(List.of("../de/explainers/fares.html", "../de/explainers/fares.html"),
                german.select(".corrections-list a:not([href*=history])").eachAttr("href"));
        assertEquals("../de/corrections.xml", german.selectFirst(".article-header a").attr("href"));
        // Its readers read the English pages it has no translation of too: their corrections are a link away.
        assertEquals(List.of("../corrections.html"), german.select("article > p a[hreflang=en-GB]").eachAttr("href"));
        assertTrue(english.select("article > p a[hreflang]").isEmpty());
    }

    @Test
    void theCorrectionsPagesLinkEachOtherForReadersAndSearchEngines() {
        Document german = html("de/corrections.html");
        assertEquals("../corrections.html", german.selectFirst(".languages a[hreflang=en-GB]").attr("href"));
        assertEquals("de-DE", german.selectFirst(".languages [aria-current]").attr("lang"));
        assertEquals(List.of("en-GB", "x-default", "de-DE"), german.select("head link[rel=alternate][hreflang]").eachAttr("hreflang"));
        Document sitemap = Jsoup.parse(built.read("sitemap.xml"), "", Parser.xmlParser());
        assertEquals(List.of(siteUrl + "corrections.html", siteUrl + "de/corrections.html"),
                sitemap.select("loc").eachText().stream().filter(address -> address.endsWith("corrections.html")).toList());
    }

    @Test
    void aComparisonShowsASourceNoteInThePagesLanguage() {
        Document change = html("de/explainers/fares.change-2.html");
        assertTrue(change.select(".diff__unchanged p").eachText().contains("Quelle: Die Fährgesellschaft, Preisliste."),
                change.select(".diff").text());
        assertTrue(html("explainers/fares.change-2.html").select(".diff__unchanged p").eachText()
                .contains("Source: The ferry company, price list."));
    }

    @Test
    void aLanguageWithNoPageYetHasNoCorrections() {
        assertFalse(Files.exists(built.output().resolve("nl/corrections.html")));
        assertFalse(Files.exists(built.output().resolve("nl/corrections.xml")));
        assertTrue(html("corrections.html").select(".languages a[hreflang=nl-NL]").isEmpty());
    }

    @Test
    void aGermanPageLinksTheGermanCorrections() {
        Element footerLink = html("de/explainers/fares.html").select(".site-footer a").last();
        assertEquals("../../de/corrections.html", footerLink.attr("href"));
        Element noteLink = html("de/explainers/fares.html").selectFirst("#corrections-title").parent().select("a").last();
        assertEquals("../../de/corrections.html", noteLink.attr("href"));
    }

    @Test
    void theCommitsEnglishWordsAreMarkedEnglishOnGermanPagesAndInTheGermanFeed() {
        Element listed = html("de/corrections.html").selectFirst(".corrections-list li");
        assertEquals(CORRECTION, listed.selectFirst("span[lang=en-GB][dir=ltr]").text());
        Element heading = html("de/explainers/fares.history.html").selectFirst(".history__heading span");
        assertEquals("Fix the fare", heading.text());
        assertEquals("en-GB", heading.attr("lang"));
        Element onThePage = html("de/explainers/fares.html").selectFirst("#corrections-title").parent();
        assertEquals("en-GB", onThePage.selectFirst("li span").attr("lang"));
        assertTrue(html("explainers/fares.history.html").select(".history__heading span[lang]").isEmpty(),
                "on the English pages the commit's words are in the page's own language");

        Document feed = Jsoup.parse(built.read("de/corrections.xml"), "", Parser.xmlParser());
        assertEquals("de-DE", feed.selectFirst("feed").attr("xml:lang"));
        assertEquals(siteUrl + "de/corrections.xml", feed.selectFirst("link[rel=self]").attr("href"));
        assertEquals(CORRECTION, feed.selectFirst("entry summary").text());
        assertEquals("en-GB", feed.selectFirst("entry summary").attr("xml:lang"));
        // The page's own note, in German, came with its publication, and is dated by it.
        Element note = feed.select("entry").get(1);
        assertEquals("Korrigiert am 4. August 2025: Die Fähre kostet zwölf Pfund.", note.selectFirst("summary").text());
        assertEquals("", note.selectFirst("summary").attr("xml:lang"));
        assertEquals("2025-08-01T00:00:00Z", note.selectFirst("updated").text());
        Document englishFeed = Jsoup.parse(built.read("corrections.xml"), "", Parser.xmlParser());
        assertEquals(2, englishFeed.select("entry").size());
        assertEquals("", englishFeed.selectFirst("entry summary").attr("xml:lang"));
    }

    @Test
    void aTranslationPublishedWithItsNoteListsTheCorrectionOnTheDayTheOriginalWasCorrected(@TempDir Path dir) {
        TestProject project = inThreeLanguages(dir);
        project.write("content/explainers/fares.md", page("Ferry fares", "The ferry costs ten pounds.", ""));
        try (TestRepository repository = TestRepository.init(project)) {
            repository.commit("2025-08-01", "Add the fares page");
            project.write("content/explainers/fares.md", page("Ferry fares", "The ferry costs twelve pounds.",
                    "correction=Corrected on 4 August 2025: the ferry costs twelve pounds, not ten.\n"));
            repository.commit("2025-08-04", "Fix the fare\n\nCorrection: " + CORRECTION);
            project.write("content/de/explainers/fares.md", page("Fährpreise", "Die Fähre kostet zwölf Pfund.",
                    "correction=Korrigiert am 4. August 2025: Die Fähre kostet zwölf Pfund, nicht zehn.\n"));
            repository.commit("2025-08-09", "Translate the fares page into German");
            project.buildWithHistory();
        }
        Document german = Jsoup.parse(project.read("de/corrections.html"));
        assertEquals(List.of("2025-08-04"), german.select(".corrections-list__page time").eachAttr("datetime"),
                "the German page was published on 9 August, already corrected");
        assertEquals(List.of("2025-08-04"), Jsoup.parse(project.read("corrections.html")).select(".corrections-list__page time")
                .eachAttr("datetime"));
    }
}
