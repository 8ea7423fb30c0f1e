package org.explainer.gates;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageBudgetCheckerTest {

    private final Path fixture = SiteFiles.fixture("oversized-page");

    @Test
    void reportsAPageOverBothBudgets() {
        List<Finding> findings = new PageBudgetChecker().check(fixture).findings();

        assertEquals(2, findings.size(), findings::toString);
        assertTrue(findings.get(0).message().startsWith("31.5 KB of HTML, CSS and JavaScript, compressed: over the 30.0 KB budget"),
                findings::toString);
        assertTrue(findings.get(1).message().startsWith("15.4 KB of HTML and render-blocking CSS and JavaScript, compressed:"
                + " over the 14.0 KB"), findings::toString);
        assertTrue(findings.stream().allMatch(f -> f.where().equals("index.html")), findings::toString);
    }

    @Test
    void countsADeferredScriptInTheTotalButNotInTheFirstRoundTrip() {
        PageBudgetChecker.PageWeight page = new PageBudgetChecker().check(fixture).heaviest(1).get(0);

        assertEquals(page.html() + page.stylesheets(), page.firstRoundTrip());
        assertEquals(page.html() + page.stylesheets() + page.scripts(), page.total());
    }

    @Test
    void weighsImagesAndOnDemandDataWithoutBudgetingThem() {
        PageBudgetChecker.Report report = new PageBudgetChecker().check(fixture);

        assertEquals(112, report.heaviest(1).get(0).images());
        assertEquals(Map.of("search-index.json", 55L), report.onDemandData());
    }

    @Test
    void holdsALongReadToTheTotalBudgetOnly() {
        List<Finding> findings = new PageBudgetChecker(Set.of("index.html")).check(fixture).findings();

        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).message().contains("over the 30.0 KB budget"), findings::toString);
    }

    @Test
    void asksForALongReadThatFitsToLeaveTheList() {
        List<Finding> findings = new PageBudgetChecker(Set.of("light.html", "gone.html")).check(fixture).findings();

        assertTrue(findings.contains(Finding.at("light.html", "is listed as a long read but now fits the first round trip"
                + " (0.2 KB): take it off the list")), findings::toString);
        assertTrue(findings.contains(Finding.at("gone.html", "is listed as a long read but is not in the site: take it off the list")),
                findings::toString);
    }
}
