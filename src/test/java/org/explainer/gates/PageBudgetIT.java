package org.explainer.gates;

import org.junit.jupiter.api.Test;

import java.util.Comparator;

import static org.explainer.gates.PageBudgetChecker.kb;

/**
 * Gate 4: every page stays light, by the same two figures: its first screen and its whole weight.
 * Prints both for the heaviest pages by each, and the images and the data fetched on demand, so a
 * growing page shows up here before it shows up in readers' phone bills.
 */
class PageBudgetIT {

    private static final String ROW = "  %-48s %9s %9s %9s %9s %13s %9s%n";

    @Test
    void everyPageIsWithinBudget() {
        PageBudgetChecker.Report report = new PageBudgetChecker().check(SiteFiles.bakedSite());
        System.out.printf("Page budget: %d pages, compressed; first screen within %s, whole page within %s.%n",
                report.pages().size(), kb(PageBudgetChecker.FIRST_SCREEN_BUDGET), kb(PageBudgetChecker.TOTAL_BUDGET));
        System.out.println(" Heaviest pages:");
        printRows(report.heaviest(5));
        System.out.println(" Heaviest first screens:");
        printRows(report.heaviestFirstScreens(5));
        report.pages().stream().max(Comparator.comparingLong(PageBudgetChecker.PageWeight::images))
                .ifPresent(page -> System.out.printf("  Most images: %s, %s as stored%n", page.page(), kb(page.images())));
        report.onDemandData().forEach((name, size) -> System.out.printf("  On demand: %s, %s compressed%n", name, kb(size)));
        Findings.assertNone("Page budget", report.findings());
    }

    private static void printRows(Iterable<PageBudgetChecker.PageWeight> pages) {
        System.out.printf(ROW, "page", "HTML", "CSS", "JS", "total", "first screen", "images");
        for (PageBudgetChecker.PageWeight page : pages) {
            System.out.printf(ROW, page.page(), kb(page.html()), kb(page.stylesheets()), kb(page.scripts()),
                    kb(page.total()), kb(page.firstScreen()), kb(page.images()));
        }
    }
}
