package org.explainer.gates;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.explainer.gates.PageBudgetChecker.kb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageBudgetCheckerTest {

    private final Path oversized = SiteFiles.fixture("oversized-page");

    @Test
    void reportsAPageOverBothBudgets() {
        List<Finding> findings = new PageBudgetChecker().check(oversized).findings();

        assertEquals(2, findings.size(), findings::toString);
        assertTrue(findings.get(0).message().startsWith("31.5 KB of HTML, CSS and JavaScript, compressed: over the 30.0 KB budget"),
                findings::toString);
        assertTrue(findings.get(1).message().startsWith("first screen 13.8 KB compressed, over its 8.0 KB budget"),
                findings::toString);
        assertTrue(findings.stream().allMatch(f -> f.where().equals("index.html")), findings::toString);
    }

    @Test
    void countsADeferredScriptInTheTotalButNotInTheFirstScreen() {
        PageBudgetChecker.PageWeight page = new PageBudgetChecker().check(oversized).heaviest(1).get(0);

        assertEquals(page.firstScreenHtml() + page.stylesheets(), page.firstScreen());
        assertEquals(page.html() + page.stylesheets() + page.scripts(), page.total());
    }

    @Test
    void weighsImagesAndOnDemandDataWithoutBudgetingThem() {
        PageBudgetChecker.Report report = new PageBudgetChecker().check(oversized);

        assertEquals(112, report.heaviest(1).get(0).images());
        assertEquals(Map.of("search-index.json", 55L), report.onDemandData());
    }

    @Test
    void reportsAFirstScreenOverBudgetOnAPageWithinTheTotal() {
        PageBudgetChecker.Report report = new PageBudgetChecker().check(SiteFiles.fixture("first-screen-over-budget"));

        assertEquals(List.of("index.html:133", "no-lede.html:0"),
                report.findings().stream().map(f -> f.where() + ":" + f.line()).toList(), report.findings()::toString);
        assertTrue(report.findings().stream().allMatch(f -> f.message().startsWith("first screen")), report.findings()::toString);
        assertTrue(report.pages().stream().allMatch(page -> page.total() < PageBudgetChecker.TOTAL_BUDGET));
    }

    @Test
    void endsTheFirstScreenAfterTheLedeNotAKickerAboveTheTitle() {
        PageBudgetChecker.PageWeight page = new PageBudgetChecker().check(SiteFiles.fixture("first-screen-over-budget"))
                .heaviestFirstScreens(2).stream().filter(weight -> weight.page().equals("index.html")).findFirst().orElseThrow();

        assertTrue(page.firstScreen() > PageBudgetChecker.FIRST_SCREEN_BUDGET, () -> kb(page.firstScreen()));
        assertTrue(page.firstScreen() < page.html(), () -> kb(page.firstScreen()) + " of " + kb(page.html()));
    }

    @Test
    void holdsALongReadToTheTotalLikeAnyPage() {
        PageBudgetChecker.Report report = new PageBudgetChecker().check(SiteFiles.fixture("long-read-over-budget"));

        assertEquals(1, report.findings().size(), report.findings()::toString);
        assertTrue(report.findings().get(0).message().contains("over the 30.0 KB budget"), report.findings()::toString);
        PageBudgetChecker.PageWeight page = report.pages().get(0);
        assertTrue(page.firstScreen() < 1024, () -> kb(page.firstScreen()));
    }

    @Test
    void passesALongReadWhoseFirstScreenAndTotalAreWithinBudget() {
        PageBudgetChecker.Report report = new PageBudgetChecker().check(SiteFiles.fixture("long-read"));

        assertEquals(List.of(), report.findings());
        PageBudgetChecker.PageWeight page = report.pages().get(0);
        assertTrue(page.html() > 14 * 1024, () -> kb(page.html()));
        assertTrue(page.firstScreen() < 1024, () -> kb(page.firstScreen()));
    }
}
