package org.explainer.gates;

import org.explainer.testing.MultilingualProject;
import org.explainer.testing.TestProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each language's search page, in a real browser, searches its language's index, and finds a word however
 * it is typed: Arabic with or without vowel marks, with taa marbuta or haa; Russian with ё or е.
 */
class EditionSearchIT {

    private static final int WAIT_SECONDS = 15;

    // Waits until the status quotes the query (so the results are this query's), then returns the results' addresses.
    private static final String RESULTS = """
            var query = arguments[0], seconds = arguments[1], done = arguments[arguments.length - 1];
            var status = document.querySelector("[data-search-status]"), deadline = Date.now() + seconds * 1000;
            (function wait() {
              if (status.textContent.indexOf("\u201c" + query + "\u201d") >= 0) {
                done(Array.from(document.querySelectorAll("[data-search-results] li a"),
                    function (link) { return link.href + (link.hreflang ? " " + link.hreflang : ""); }));
              } else if (Date.now() > deadline) {
                done(null);
              } else {
                setTimeout(wait, 10);
              }
            })();
            """;

    @TempDir
    static Path dir;

    private static SiteInBrowser site;
    private static BrowserWindow window;

    @BeforeAll
    static void start() {
        TestProject project = MultilingualProject.create(dir);
        project.build();
        site = SiteInBrowser.start(SiteFiles.serve(project.output(), SiteFiles.SUB_PATH), "search in each language in a real browser");
        window = site.browser().window(Display.PHONE_LIGHT);
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @ParameterizedTest(name = "on {0}, \"{1}\" finds {2}")
    @CsvSource({
            // with harakat (damma, fatha, sukun, kasra), as the entry's alias is written without them
            "ar/search.html, حُمَيْمِيم, ar/glossary/khmeimim.html",
            // taa marbuta typed as haa, and with tatweel
            "ar/search.html, قاعده, ar/glossary/khmeimim.html",
            "ar/search.html, قاعـدة, ar/glossary/khmeimim.html",
            // ё typed where the index has е, and е where it has ё
            "ru/search.html, Хмёймим, ru/glossary/khmeimim.html",
            "ru/search.html, все, ru/about.html",
            // the default language's search page searches the default language's pages
            "search.html, Khmeimim, glossary/khmeimim.html"})
    void findsThePageInItsLanguage(String searchPage, String query, String expected) {
        List<String> hrefs = search(searchPage, query);
        assertTrue(hrefs.contains(site.url(expected)), () -> "\"" + query + "\" should find " + expected + ", found " + hrefs);
        // The search page's language's pages, under its folder; a default-language page only where the edition
        // has no translation of it, marked as in its language; the default language's search finds only its own.
        String folder = searchPage.contains("/") ? searchPage.substring(0, searchPage.indexOf('/') + 1) : "";
        for (String result : hrefs) {
            String path = result.substring(site.url("").length());
            boolean own = folder.isEmpty() ? !path.matches("[a-z]{2}/.*") : path.startsWith(folder);
            assertTrue(own || (!folder.isEmpty() && !path.matches("[a-z]{2}/.*") && path.endsWith(" en-GB")
                            && !Files.exists(dir.resolve("content").resolve(folder + path.substring(0, path.indexOf(' ')).replaceAll("\\.html$", ".md")))),
                    () -> "a result outside the search page's language, or unmarked, or translated: " + result);
        }
    }

    /** An edition's search finds what the site says in the default language where the edition has no translation. */
    @Test
    void anEditionFindsTheOriginalOfWhatItLacksMarkedAsInItsLanguage() {
        assertTrue(search("ar/search.html", "Tartus").contains(site.url("glossary/tartus.html") + " en-GB"));
        assertFalse(search("ar/search.html", "Khmeimim").contains(site.url("glossary/khmeimim.html") + " en-GB"),
                "the Arabic edition has its own Khmeimim entry");
    }

    /**
     * Harakat are dropped, not taken for breaks between words: "حُمَيْمِيم" split at each mark would be five
     * short pieces, each in the talks' text ("محادثات قديمة في موسكو"), which does not have the word.
     */
    @Test
    void harakatAreDroppedNotTakenForBreaks() {
        List<String> hrefs = search("ar/search.html", "حُمَيْمِيم");
        assertFalse(hrefs.contains(site.url("ar/explainers/talks.html")), () -> "found a page without the word: " + hrefs);
    }

    @SuppressWarnings("unchecked")
    private static List<String> search(String searchPage, String query) {
        window.open(site.url(searchPage) + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        List<String> hrefs = (List<String>) window.driver().executeAsyncScript(RESULTS, query, WAIT_SECONDS);
        assertNotNull(hrefs, () -> "searching " + searchPage + " for \"" + query + "\" said nothing within " + WAIT_SECONDS + " s");
        return hrefs;
    }
}
