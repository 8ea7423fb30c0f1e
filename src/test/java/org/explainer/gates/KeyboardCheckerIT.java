package org.explainer.gates;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The keyboard checker's own test, on broken fixtures. It starts Chromium, so it runs in {@code verify} with the gates, not in {@code package}. */
class KeyboardCheckerIT {

    private static SiteInBrowser served;
    private static List<Finding> findings;

    @BeforeAll
    static void walkTheFixture() {
        served = SiteInBrowser.start(SiteFiles.serve(SiteFiles.fixture("invisible-focus"), "/"), "the keyboard checker's own test");
        findings = new KeyboardChecker(served.browser(), Display.LAPTOP_LIGHT).check(served.url(""));
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void reportsAFocusThatCannotBeSeen() {
        assertTrue(has("A link whose focus cannot be seen", "shows no visible change"), findings::toString);
    }

    @Test
    void reportsALinkOutOfTheTabOrder() {
        assertTrue(has("A link the Tab key never reaches", "cannot be reached"), findings::toString);
    }

    @Test
    void reportsAFocusedLinkHiddenBehindAFixedBar() {
        assertTrue(has("A link that sits under the banner", "is hidden behind <div class=\"banner\">"), findings::toString);
    }

    @Test
    void leavesTheBrowsersOwnFocusRingAlone() {
        assertEquals(3, findings.size(), findings::toString);
    }

    private static boolean has(String link, String problem) {
        return findings.stream().anyMatch(f -> f.message().contains(link) && f.message().contains(problem));
    }
}
