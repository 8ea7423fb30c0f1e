package org.explainer.gates;

import org.explainer.preview.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubPathLinkCheckerTest {

    private static StaticServer server;
    private static List<Finding> findings;

    @BeforeAll
    static void crawlTheFixture() {
        server = SiteFiles.serve(SiteFiles.fixture("broken-links"), SiteFiles.SUB_PATH);
        findings = new SubPathLinkChecker(SiteFiles.fixture("broken-links"), URI.create(server.url())).check();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void reportsABrokenFragment() {
        assertTrue(has("/repo-name/", 12, "#missing-section, which is not an id on /repo-name/page.html"), findings::toString);
    }

    @Test
    void reportsAMissingPage() {
        assertTrue(has("/repo-name/", 13, "leads to /repo-name/gone.html, which answers 404"), findings::toString);
    }

    @Test
    void reportsALinkThatLeavesTheSubPath() {
        assertTrue(has("/repo-name/", 14, "leads to /page.html, outside the sub-path /repo-name/"), findings::toString);
    }

    @Test
    void reportsAMissingFileAStylesheetLoads() {
        assertTrue(has("/repo-name/style.css", 2, "leads to /repo-name/fonts/missing.woff2, which answers 404"), findings::toString);
    }

    @Test
    void reportsWhatPagesLoadFromOtherSites() {
        assertTrue(has("/repo-name/", 7, "script refers to https://cdn.example.com/library.js on another site"), findings::toString);
        assertTrue(has("/repo-name/", 16, "img refers to https://images.example.com/map.png on another site"), findings::toString);
    }

    @Test
    void letsPagesLinkToOtherSites() {
        assertFalse(findings.stream().anyMatch(f -> f.message().contains("example.com/source")), findings::toString);
    }

    @Test
    void reportsAPageNothingLinksTo() {
        assertTrue(has("orphan.html", 0, "no link leads here from the home page"), findings::toString);
    }

    @Test
    void reportsASiteWithoutItsOwn404Page() {
        assertTrue(has("404.html", 0, "the site has no 404 page"), findings::toString);
    }

    @Test
    void readsThe404PagesBaseAsTheSitesRootWhereverItIsServed() {
        try (StaticServer elsewhere = SiteFiles.serve(SiteFiles.fixture("site-root-404"), SiteFiles.SUB_PATH)) {
            List<Finding> found = new SubPathLinkChecker(SiteFiles.fixture("site-root-404"), URI.create(elsewhere.url())).check();

            assertEquals(List.of(), found, "built for https://example.org/, served under /repo-name/");
        }
    }

    private static boolean has(String where, int line, String message) {
        return findings.stream().anyMatch(f -> f.where().equals(where) && f.line() == line && f.message().contains(message));
    }
}
