package org.explainer.gates;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site search in a real browser, with the site served under a sub-path as on GitHub project pages:
 * pages are found by title and by any other name of a glossary entry, every explainer by its title. The queries come from the
 * baked site's own search index, so the test serves any site.
 */
class SearchIT {

    /** How many glossary entries are looked up by another of their names: enough to see it work, few enough to be quick. */
    private static final int ALIASES = 3;

    private static final int WAIT_SECONDS = 15;

    // Submits the query if asked, then waits until the status quotes it (each search says how many pages match
    // the query, quoted: so the results are this query's, not the last one's) and returns every result's address.
    private static final String RESULTS = """
            var query = arguments[0], submit = arguments[1], seconds = arguments[2], done = arguments[arguments.length - 1];
            if (submit) {
              var input = document.querySelector("[data-search] input");
              input.value = query;
              input.form.requestSubmit();
            }
            var status = document.querySelector("[data-search-status]"), deadline = Date.now() + seconds * 1000;
            (function wait() {
              if (status.textContent.indexOf("\u201c" + query + "\u201d") >= 0) {
                done(Array.from(document.querySelectorAll("[data-search-results] li a"), function (link) { return link.href; }));
              } else if (Date.now() > deadline) {
                done(null);
              } else {
                setTimeout(wait, 10);
              }
            })();
            """;

    private static SiteInBrowser site;
    private static BrowserWindow window;
    private static String searchPage;
    private static boolean searchPageOpen;

    @BeforeAll
    static void start() {
        site = SiteInBrowser.bakedSite("site search in a real browser");
        window = site.browser().window(Display.PHONE_LIGHT);
        searchPage = site.url(searchPage());
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    /** The first few entries with another name, found by that name, and every explainer, found by its title. */
    static Stream<Arguments> queries() {
        List<Map<String, Object>> index = SearchIndexFile.read(SiteFiles.bakedSite());
        Stream<Arguments> aliases = index.stream().filter(page -> !SearchIndexFile.names(page).isEmpty()).limit(ALIASES)
                .map(page -> Arguments.of(SearchIndexFile.names(page).get(0), page.get("url")));
        Stream<Arguments> titles = index.stream().filter(page -> "explainer".equals(page.get("type")))
                .map(page -> Arguments.of(page.get("title"), page.get("url")));
        return Stream.concat(aliases, titles);
    }

    /** The search page, wherever the site puts it: where the header's search link leads. */
    private static String searchPage() {
        try {
            return Jsoup.parse(SiteFiles.bakedSite().resolve("index.html").toFile()).select("a.site-nav__search").attr("href");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @MethodSource("queries")
    void findsThePage(String query, String expected) {
        List<String> hrefs = search(query);
        assertNotNull(hrefs, () -> "searching for \"" + query + "\" said nothing within " + WAIT_SECONDS + " s");
        assertTrue(hrefs.stream().allMatch(href -> href.startsWith(site.url(""))), () -> "results leave the sub-path: " + hrefs);
        assertTrue(hrefs.stream().limit(5).anyMatch(href -> href.equals(site.url(expected))),
                () -> "\"" + query + "\" should find " + expected + " among the first results, found " + hrefs);
    }

    /**
     * The results' addresses, in order. The first search opens the search page with the query in its address,
     * as a link to a search does; the others put the query in the form the page shows and submit it, so the
     * index is loaded once, not once a query, and each query is one round trip to the browser. (A page load,
     * typing key by key and asking for each result's address in turn took 0.8 s a query on the busy two-core
     * machine: 38 s for the 49 queries of the 100-page synthetic site.)
     */
    @SuppressWarnings("unchecked")
    private static List<String> search(String query) {
        if (!searchPageOpen) {
            window.open(searchPage + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            searchPageOpen = true;
            return (List<String>) window.driver().executeAsyncScript(RESULTS, query, false, WAIT_SECONDS);
        }
        return (List<String>) window.driver().executeAsyncScript(RESULTS, query, true, WAIT_SECONDS);
    }
}
