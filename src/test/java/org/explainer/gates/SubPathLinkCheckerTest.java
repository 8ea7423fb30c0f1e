package org.explainer.gates;

import org.explainer.base.BuildFailure;
import org.explainer.base.ProblemCollector;
import org.explainer.check.OutputLinkChecker;
import org.explainer.preview.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
        assertTrue(has("/repo-name/", 14, "a '/page.html' is root-absolute"), findings::toString);
    }

    @Test
    void reportsAMissingFileAStylesheetLoads() {
        assertTrue(has("/repo-name/style.css", 2, "leads to /repo-name/fonts/missing.woff2, which answers 404"), findings::toString);
    }

    @Test
    void reportsWhatPagesLoadFromOtherSites() {
        assertTrue(has("/repo-name/", 7, "script 'https://cdn.example.com/library.js' is loaded from another site"), findings::toString);
        assertTrue(has("/repo-name/", 16, "img 'https://images.example.com/map.png' is loaded from another site"), findings::toString);
    }

    @Test
    void letsPagesLinkToOtherSites() {
        assertFalse(findings.stream().anyMatch(f -> f.message().contains("example.com/source")), findings::toString);
    }

    @Test
    void reportsAPageNothingLinksTo() {
        assertTrue(has("orphan.html", 0, "no link leads here from the home page or the 404 page"), findings::toString);
    }

    @Test
    void reportsASiteWithoutItsOwn404Page() {
        assertTrue(has("404.html", 0, "the site has no 404 page"), findings::toString);
    }

    @Test
    void readsThe404PagesBaseAsTheSitesRootWhereverItIsServedAndFollowsItsLinks() {
        try (StaticServer elsewhere = SiteFiles.serve(SiteFiles.fixture("site-root-404"), SiteFiles.SUB_PATH)) {
            List<Finding> found = new SubPathLinkChecker(SiteFiles.fixture("site-root-404"), URI.create(elsewhere.url())).check();

            // ar/404.html is linked from the 404 page alone, as a translation is from its language switcher.
            assertEquals(List.of(), found, "built for https://example.org/, served under /repo-name/");
        }
    }

    /** The gate judges by the build's own rules: over the same site, both find the same references wrong. */
    @Test
    void findsWhatTheBuildsOutputCheckFinds() {
        Path fixture = SiteFiles.fixture("link-rules");
        try (StaticServer elsewhere = SiteFiles.serve(fixture, SiteFiles.SUB_PATH)) {
            List<String> gate = new SubPathLinkChecker(fixture, URI.create(elsewhere.url())).check().stream()
                    .filter(finding -> finding.line() > 0)
                    .map(finding -> finding.where().substring(SiteFiles.SUB_PATH.length()) + ":" + finding.line() + ": "
                            + reference(finding.message()))
                    .sorted().toList();
            ProblemCollector problems = new ProblemCollector();
            OutputLinkChecker.check(fixture, URI.create("https://example.org/site/"), problems);
            List<String> build = Arrays.stream(assertThrows(BuildFailure.class, problems::throwIfAny).getMessage().split("\n"))
                    .skip(1).map(line -> reference(line.strip())).sorted().toList();

            assertEquals(13, build.size(), build::toString);
            assertEquals(build, gate);
        }
    }

    /** What a message is about: where, and which reference (what holds it and its address). */
    private static String reference(String message) {
        Matcher matcher = Pattern.compile("^.*? '[^']*'").matcher(message);
        assertTrue(matcher.find(), message);
        return matcher.group();
    }

    private static boolean has(String where, int line, String message) {
        return findings.stream().anyMatch(f -> f.where().equals(where) && f.line() == line && f.message().contains(message));
    }
}
