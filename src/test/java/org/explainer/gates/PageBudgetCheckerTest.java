package org.explainer.gates;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.explainer.gates.PageBudgetChecker.kb;
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
                + " over the 14.0 KB a server sends in its first round trip, and 15.3 KB without the content of <main>"),
                findings::toString);
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
    void reportsAPageOverTheFirstRoundTripByItsOwnTextAsALongRead() {
        PageBudgetChecker.Report report = new PageBudgetChecker().check(SiteFiles.fixture("long-read"));

        assertEquals(List.of(), report.findings());
        assertEquals(List.of("index.html"), report.longReads().stream().map(PageBudgetChecker.PageWeight::page).toList());
        PageBudgetChecker.PageWeight page = report.longReads().get(0);
        assertTrue(page.firstRoundTrip() > PageBudgetChecker.FIRST_ROUND_TRIP_BUDGET, () -> kb(page.firstRoundTrip()));
        assertTrue(page.frameFirstRoundTrip() < 1024, () -> kb(page.frameFirstRoundTrip()));
    }
}
