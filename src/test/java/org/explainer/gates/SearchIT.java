package org.explainer.gates;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site search in a real browser, with the site served under a sub-path as on GitHub project pages:
 * pages are found by title and by any other name of a glossary entry, every explainer by its title. The queries come from the
 * baked site's own search index, so the test serves any site.
 */
class SearchIT {

    /** How many glossary entries are looked up by another of their names: enough to see it work, few enough to be quick. */
    private static final int ALIASES = 3;

    private static SiteInBrowser site;
    private static BrowserWindow window;
    private static String searchPage;

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
        search(query);
        // Each search says how many pages match the query, quoted; so these are this query's results, not the last one's.
        new WebDriverWait(window.driver(), Duration.ofSeconds(15), Duration.ofMillis(20)).until(driver -> driver.findElement(
                By.cssSelector("[data-search-status]")).getText().contains("\u201c" + query + "\u201d"));
        List<String> hrefs = window.driver().findElements(By.cssSelector("[data-search-results] li a")).stream()
                .map(link -> link.getAttribute("href")).toList();
        assertTrue(hrefs.stream().allMatch(href -> href.startsWith(site.url(""))), () -> "results leave the sub-path: " + hrefs);
        assertTrue(hrefs.stream().limit(5).anyMatch(href -> href.equals(site.url(expected))),
                () -> "\"" + query + "\" should find " + expected + " among the first results, found " + hrefs);
    }

    /**
     * The first search opens the search page with the query in its address, as a link to a search does; the
     * others type into the form the page shows, as a reader does, so the index is loaded once, not once a query.
     */
    private static void search(String query) {
        if (!window.driver().getCurrentUrl().startsWith(searchPage)) {
            window.open(searchPage + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            return;
        }
        WebElement input = window.driver().findElement(By.cssSelector("[data-search] input"));
        input.clear();
        input.sendKeys(query + Keys.ENTER);
    }
}
