package org.explainer.gates;

import org.junit.jupiter.api.Test;

import java.util.Comparator;

import static org.explainer.gates.PageBudgetChecker.kb;

/**
 * Gate 4: every page stays light. Prints the five heaviest pages, the long reads, the images and the
 * data fetched on demand, so a growing page shows up here before it shows up in readers' phone bills.
 */
class PageBudgetIT {

    @Test
    void everyPageIsWithinBudget() {
        PageBudgetChecker.Report report = new PageBudgetChecker().check(SiteFiles.bakedSite());
        System.out.printf("Page budget: %d pages. Heaviest, compressed:%n", report.pages().size());
        System.out.printf("  %-48s %9s %9s %9s %9s %12s %9s%n", "page", "HTML", "CSS", "JS", "total", "first trip", "images");
        for (PageBudgetChecker.PageWeight page : report.heaviest(5)) {
            System.out.printf("  %-48s %9s %9s %9s %9s %12s %9s%n", page.page(), kb(page.html()), kb(page.stylesheets()),
                    kb(page.scripts()), kb(page.total()), kb(page.firstRoundTrip()), kb(page.images()));
        }
        System.out.printf("  Long reads (over the first round trip by their own text; frame and render-blocking CSS within it): %d%n",
                report.longReads().size());
        report.longReads().forEach(page -> System.out.printf("    %-46s first trip %s, frame %s%n", page.page(),
                kb(page.firstRoundTrip()), kb(page.frameFirstRoundTrip())));
        report.pages().stream().max(Comparator.comparingLong(PageBudgetChecker.PageWeight::images))
                .ifPresent(page -> System.out.printf("  Most images: %s, %s as stored%n", page.page(), kb(page.images())));
        report.onDemandData().forEach((name, size) -> System.out.printf("  On demand: %s, %s compressed%n", name, kb(size)));
        Findings.assertNone("Page budget", report.findings());
    }
}
