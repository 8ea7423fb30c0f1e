package org.explainer.gates;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Not a gate: whole-page screenshots of each kind of page, on a phone and a laptop, light and dark,
 * in {@code target/screenshots/}, for people to look at in a review. Nothing compares them.
 */
class ScreenshotsIT {

    private static Path site;
    private static SiteInBrowser served;

    @BeforeAll
    static void serveTheSite() {
        site = SiteFiles.bakedSite();
        served = SiteInBrowser.start(SiteFiles.serveAsBuilt(site), "screenshots of each kind of page for review");
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void savesEachKindOfPageInEachDisplay() throws IOException {
        Path folder = Files.createDirectories(site.resolveSibling("screenshots"));
        Map<String, String> pages = pageKinds();
        BrowserWindow window = served.browser().window(Display.ALL.get(0));
        for (Map.Entry<String, String> page : pages.entrySet()) {
            window.open(served.url(page.getValue()));
            for (Display display : Display.ALL) {
                window.show(display);
                Files.write(folder.resolve(page.getKey() + "-" + display.label() + ".png"), window.screenshotOfWholePage());
            }
        }
        System.out.printf("Screenshots: %d kinds of page in %d displays, in %s%n", pages.size(), Display.ALL.size(), folder);
        try (var saved = Files.list(folder)) {
            assertTrue(saved.count() >= (long) pages.size() * Display.ALL.size());
        }
    }

    /** One address for each kind of page, by file name, so new content needs no change here. */
    private static Map<String, String> pageKinds() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "");
        pages.put("explainer", firstPageIn("explainers/"));
        pages.put("background", firstPageIn("background/"));
        pages.put("glossary-index", "glossary/");
        pages.put("glossary-entry", firstPageIn("glossary/"));
        pages.put("search", "search.html?q=" + URLEncoder.encode(firstOtherName(), StandardCharsets.UTF_8));
        pages.put("not-found", SubPathLinkChecker.MISSING_PATH);
        return pages;
    }

    /** A glossary entry's other name from the site's search index, so the results page shows a find. */
    private static String firstOtherName() {
        return SearchIndexFile.read(site).stream().map(SearchIndexFile::names).filter(names -> !names.isEmpty())
                .map(names -> names.get(0)).findFirst().orElse("");
    }

    private static String firstPageIn(String section) {
        return SiteFiles.htmlPages(site.resolve(section)).stream()
                .map(file -> section + file.getFileName())
                .filter(name -> !name.endsWith("/index.html"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no page in " + section));
    }
}
