package org.explainer.gates;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;

/**
 * Gate 2: every page, in a real browser, meets WCAG 2.0, 2.1 and 2.2 at levels A and AA as far as
 * axe-core can tell, on a phone and a laptop, in the light and the dark scheme; and works with a
 * keyboard alone. The site is served over HTTP, as readers get it, not opened from files. Which check
 * runs on which page in which display: {@link AccessibilityGate}, and the README. The pass that loads every
 * page also reads what the browser said about the page's Content Security Policy, so this gate fails, too,
 * on a page without it or with a violation ({@link ContentSecurityPolicyIT} proves that pass sees one).
 */
class AccessibilityIT {

    private static final String UNCHECKED = "accessibility (axe-core WCAG 2.0/2.1/2.2 A and AA at 390 and 1280 px,"
            + " light and dark; keyboard reach and visible focus)";

    /**
     * Pages loaded at once in the first pass. One: two windows took as long as one on the two-core machine
     * (bench/README.md); -Dgates.windows=2 tries more on a machine with more cores.
     */
    private static final int WINDOWS = Integer.getInteger("gates.windows", 1);

    private static Path site;
    private static SiteInBrowser served;

    @BeforeAll
    static void serveTheSite() {
        site = SiteFiles.bakedSite();
        served = SiteInBrowser.start(SiteFiles.serveAsBuilt(site), UNCHECKED);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void everyPageMeetsWcagAaAndWorksWithTheKeyboard() {
        List<String> pages = SiteFiles.htmlPages(site).stream().map(page -> served.url(SiteFiles.urlPath(site, page))).toList();
        AccessibilityGate.Result result = new AccessibilityGate(served.browser(), WINDOWS).check(pages);
        System.out.printf("Accessibility: %d pages in %s; %d kinds of element, all on %d of them (checked in every display,"
                        + " %d walked with the keyboard); %d further checks of kinds hidden in %s; %d axe violations,"
                        + " %d keyboard problems; %d Content Security Policy findings%n  steps 1, 2, 3 took %s s%n  checked in every display: %s%n",
                result.pages(), AccessibilityGate.EVERY_PAGE.label(), result.kinds(), result.representatives().size(),
                result.walked(), result.rechecks(), AccessibilityGate.EVERY_PAGE.label(), result.axe().size(),
                result.keyboard().size(), result.policy().size(), result.stepSeconds().stream().map(s -> String.format("%.1f", s)).toList(),
                result.representatives().stream().map(url -> "/" + url.substring(served.url("").length())).toList());
        assertAll(
                () -> Findings.assertNone("axe-core, WCAG A and AA", result.axe()),
                () -> Findings.assertNone("Keyboard", result.keyboard()),
                () -> Findings.assertNone("Content Security Policy", result.policy()));
    }
}
