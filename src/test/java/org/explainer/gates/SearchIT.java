package org.explainer.gates;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
            // The query in the quotation marks of the page's language: \u201c…\u201d, \u00ab…\u00bb.
            var quoted = new RegExp("[\u201c\u00ab]" + query.replace(/[.*+?^${}()|[\\]\\\\]/g, "\\\\$&") + "[\u201d\u00bb]");
            (function wait() {
              if (quoted.test(status.textContent)) {
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
        return searchPageFrom("");
    }

    /** Where the header's search link leads from a language's home page ({@code folder} empty for the default), from the root. */
    private static String searchPageFrom(String folder) {
        try {
            Path home = SiteFiles.bakedSite().resolve(folder + "index.html");
            return URI.create(folder).resolve(Jsoup.parse(home.toFile()).select("a.site-nav__search").attr("href")).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * In each other language's edition (a folder with its own search index), the first few pages found by a name
     * written in that language's script, searched on that edition's search page: its readers type names as their
     * language writes them (حميميم, Хмеймим), and its search finds the page in whatever language it is.
     */
    static Stream<Arguments> editionQueries() throws IOException {
        List<Arguments> queries = new ArrayList<>();
        try (Stream<Path> folders = Files.list(SiteFiles.bakedSite())) {
            for (Path folder : folders.filter(each -> Files.isRegularFile(each.resolve(SearchIndexFile.NAME))).sorted().toList()) {
                String code = folder.getFileName().toString();
                int script = UScript.getCode(new ULocale(code))[0];
                SearchIndexFile.read(folder).stream()
                        .flatMap(page -> SearchIndexFile.names(page).stream()
                                .filter(name -> UScript.getScript(name.codePointAt(0)) == script)
                                .limit(1).map(name -> Arguments.of(searchPageFrom(code + "/"), name, page.get("url"))))
                        .limit(ALIASES).forEach(queries::add);
            }
        }
        return queries.stream();
    }

    @ParameterizedTest(name = "on {0}, \"{1}\" finds {2}")
    @MethodSource("editionQueries")
    void eachEditionFindsPagesByTheirNamesInItsScript(String editionSearchPage, String query, String expected) {
        window.open(site.url(editionSearchPage) + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        searchPageOpen = false;
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) window.driver().executeAsyncScript(RESULTS, query, false, WAIT_SECONDS);
        assertNotNull(hrefs, () -> "searching " + editionSearchPage + " for \"" + query + "\" said nothing within " + WAIT_SECONDS + " s");
        assertTrue(hrefs.stream().limit(5).anyMatch(href -> href.equals(site.url(expected))),
                () -> "\"" + query + "\" should find " + expected + " among the first results, found " + hrefs);
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
