package org.explainer.gates;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site search in a real browser, with the site served under a sub-path as on GitHub project pages:
 * pages are found by title, by words of their text, and by any spelling of a glossary name.
 */
class SearchIT {

    private static SiteInBrowser site;
    private static BrowserWindow window;

    @BeforeAll
    static void start() {
        site = SiteInBrowser.bakedSite("site search in a real browser");
        window = site.browser().window(Display.PHONE_LIGHT);
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
            "Hmeimim, glossary/khmeimim.html",
            "al-Shibani, glossary/asaad-al-shaibani.html",
            "Tartous, glossary/tartus.html",
            "bases in Syria, explainers/russian-bases-tartus-khmeimim.html",
            "Material-Technical Support Point, explainers/russian-bases-tartus-khmeimim.html",
    })
    void findsThePage(String query, String expected) {
        window.open(site.url("search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        List<WebElement> links = new WebDriverWait(window.driver(), Duration.ofSeconds(15)).until(driver -> {
            List<WebElement> found = driver.findElements(By.cssSelector("[data-search-results] li a"));
            return found.isEmpty() ? null : found;
        });
        List<String> hrefs = links.stream().map(link -> link.getAttribute("href")).toList();
        assertTrue(hrefs.stream().allMatch(href -> href.startsWith(site.url(""))), () -> "results leave the sub-path: " + hrefs);
        assertTrue(hrefs.stream().limit(5).anyMatch(href -> href.equals(site.url(expected))),
                () -> "\"" + query + "\" should find " + expected + " among the first results, found " + hrefs);
    }
}
