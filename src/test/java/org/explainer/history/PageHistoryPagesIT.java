package org.explainer.history;

import org.explainer.testing.TestProject;
import org.explainer.testing.TestRepository;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages the standard history gives ({@link StandardHistory}), built once and only read: dates, the history
 * and change pages, corrections, the moved page's old address. The tests that commit more, or build another way,
 * are in {@link PageHistoryBuildIT}.
 */
class PageHistoryPagesIT {

    private static TestProject built;

    @BeforeAll
    static void buildTheStandardHistoryOnce(@TempDir Path shared) {
        TestProject project = TestProject.create(shared);
        try (TestRepository repository = StandardHistory.commit(project)) {
            project.buildWithHistory();
        }
        built = project;
    }

    @Test
    void aPageShowsWhenItLastChangedBesideTheWritersDatesAndLinksItsHistory() {
        Document page = built("explainers/ferry-fares.html");
        Element dates = page.selectFirst("dl.dates");
        assertTrue(dates.text().contains("Last reviewed 2 August 2025"), dates.text());
        assertTrue(dates.text().contains("Last changed 5 August 2025"), dates.text());
        assertEquals("../explainers/ferry-fares.history.html", dates.selectFirst("a").attr("href"));
    }

    @Test
    void theHistoryPageListsEveryCommitSincePublicationNewestFirst() {
        Document history = built("explainers/ferry-fares.history.html");
        List<String> headings = history.select(".history__heading").eachText();
        assertEquals(List.of("5 August 2025: Rename the fares page", "4 August 2025: Fix the fare",
                "3 August 2025: Say how often the ferry sails", "1 August 2025: Add the site"), headings);
        assertTrue(history.text().contains("First published 1 August 2025"), history.text());
        assertEquals("noindex", history.selectFirst("meta[name=robots]").attr("content"));
    }

    @Test
    void eachChangeIsComparedWordByWordWithTheUnchangedParagraphsFolded() {
        Element listed = built("explainers/ferry-fares.history.html").select(".history__change").get(2);
        assertEquals("../explainers/ferry-fares.change-2.html", listed.selectFirst("a").attr("href"));
        Document change = built("explainers/ferry-fares.change-2.html");
        assertEquals("noindex", change.selectFirst("meta[name=robots]").attr("content"));
        assertEquals("3 August 2025: Say how often the ferry sails", change.selectFirst(".history__heading").text());
        assertEquals(List.of("[removed: hour]"), change.select("del").eachText());
        assertEquals(List.of("[added: two hours]"), change.select("ins").eachText());
        assertEquals("It sails every [removed: hour][added: two hours].", change.select(".diff__changed").get(0).wholeText());
        assertTrue(change.select("details.diff__unchanged summary").eachText().contains("1 unchanged paragraph"),
                change.select("details").eachText().toString());
    }

    @Test
    void aCorrectionShowsOnThePageOnTheCorrectionsPageAndInItsFeed() {
        Element note = built("explainers/ferry-fares.html").selectFirst("#corrections-title").parent();
        assertTrue(note.text().contains("4 August 2025: the fare is twelve pounds, not ten."), note.text());
        // The note stands at the page's foot, after its sources: its dates say there is one.
        assertEquals("#corrections-title", built("explainers/ferry-fares.html").selectFirst("dl.dates a[href^=#corr]").attr("href"));
        List<String> listed = built("corrections.html").select(".corrections-list li").eachText();
        assertEquals(List.of("4 August 2025: Ferry fares the fare is twelve pounds, not ten. (history)"), listed);
        Document feed = Jsoup.parse(built.read("corrections.xml"), "", org.jsoup.parser.Parser.xmlParser());
        assertEquals(List.of("the fare is twelve pounds, not ten."), feed.select("entry > summary").eachText());
        assertEquals("2025-08-04T00:00:00Z", feed.selectFirst("feed > updated").text());
    }

    @Test
    void aChangeWithoutTheTrailerIsNoCorrection() {
        assertEquals(1, built("corrections.html").select(".corrections-list li").size());
        assertFalse(built("explainers/ferry-fares.history.html").select(".history__change").get(2).text().contains("Correction:"));
    }

    @Test
    void aDraftsHistoryStartsWhenItIsPublished() {
        Document history = built("explainers/later.history.html");
        assertEquals(List.of("6 August 2025: Publish the later page"), history.select(".history__heading").eachText());
        assertTrue(history.text().contains("First published 6 August 2025"), history.text());
    }

    @Test
    void aMovedPagesOldAddressSendsReadersToTheNewOne() {
        Document redirect = built("explainers/fares.html");
        assertEquals("0; url=../explainers/ferry-fares.html", redirect.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("https://example.org/sub-path/explainers/ferry-fares.html", redirect.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("../explainers/ferry-fares.html", redirect.selectFirst("main a").attr("href"));
        String sitemap = built.read("sitemap.xml");
        assertTrue(sitemap.contains("explainers/ferry-fares.html"));
        assertFalse(sitemap.contains("explainers/fares.html"), sitemap);
    }

    @Test
    void historyChangeCorrectionsAndRedirectPagesHaveTheSitesOneFrame() {
        for (String path : List.of("explainers/ferry-fares.history.html", "explainers/ferry-fares.change-2.html",
                "corrections.html", "explainers/fares.html")) {
            // An ordinary page at the same depth, so the relative links match.
            Document ordinary = built(path.contains("/") ? "glossary/index.html" : "about.html");
            Document generated = built(path);
            assertEquals(siteHeader(ordinary), siteHeader(generated), path);
            assertEquals(ordinary.selectFirst("footer.site-footer").outerHtml(), generated.selectFirst("footer.site-footer").outerHtml(), path);
            List<String> expected = new java.util.ArrayList<>(headKeys(ordinary));
            expected.remove("script application/ld+json");
            List<String> head = new java.util.ArrayList<>(headKeys(generated));
            head.removeAll(List.of("meta robots", "meta refresh"));
            assertEquals(expected, head, path);
            assertTrue(generated.select("script[type=application/ld+json]").isEmpty(), path);
        }
        assertEquals("noindex", built("explainers/fares.html").selectFirst("meta[name=robots]").attr("content"));
        assertTrue(built("corrections.html").select("meta[name=robots]").isEmpty(), "the corrections page is in the sitemap");
    }

    /** What a page's head says, by name: each meta's name or property, each link's rel, each script's address. */
    private static List<String> headKeys(Document page) {
        return page.head().children().stream().map(element -> element.tagName() + " " + element.attr("name")
                + element.attr("property") + element.attr("http-equiv") + element.attr("rel")).toList();
    }

    /** The site header's markup, with no link marked as the current page or section. */
    private static String siteHeader(Document page) {
        return page.selectFirst("header.site-header").outerHtml().replaceAll(" aria-current=\"[a-z]+\"", "");
    }

    /** A page of the standard history's shared build. */
    private static Document built(String path) {
        return Jsoup.parse(built.read(path));
    }
}
