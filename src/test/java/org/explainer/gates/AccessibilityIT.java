package org.explainer.gates;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;

/**
 * Gate 2: every page, in a real browser, meets WCAG 2.0, 2.1 and 2.2 at levels A and AA as far as
 * axe-core can tell, on a phone and a laptop, in the light and the dark scheme; and works with a
 * keyboard alone. The site is served over HTTP, as readers get it, not opened from files.
 */
class AccessibilityIT {

    private static final String UNCHECKED = "accessibility (axe-core WCAG 2.0/2.1/2.2 A and AA at 390 and 1280 px,"
            + " light and dark; keyboard reach and visible focus)";

    // Keyboard users are mostly at a desktop or laptop; the walk is the slowest check, so it runs at one width.
    private static final Display KEYBOARD_DISPLAY = Display.LAPTOP_LIGHT;

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
        AxeChecker axe = new AxeChecker(served.browser(), Display.ALL);
        KeyboardChecker keyboard = new KeyboardChecker(served.browser(), KEYBOARD_DISPLAY);
        List<Finding> violations = new ArrayList<>();
        List<Finding> keyboardProblems = new ArrayList<>();
        List<Path> pages = SiteFiles.htmlPages(site);
        for (Path page : pages) {
            String url = served.url(SiteFiles.urlPath(site, page));
            // axe works in its own windows while the keyboard walk runs in another.
            AxeChecker.Pending pending = axe.start(url);
            keyboardProblems.addAll(keyboard.check(url));
            violations.addAll(pending.findings());
        }
        System.out.printf("Accessibility: %d pages, each in %d displays: %d axe violations; keyboard walk at %s: %d problems%n",
                pages.size(), Display.ALL.size(), violations.size(), KEYBOARD_DISPLAY.label(), keyboardProblems.size());
        assertAll(
                () -> Findings.assertNone("axe-core, WCAG A and AA", violations),
                () -> Findings.assertNone("Keyboard", keyboardProblems));
    }
}
