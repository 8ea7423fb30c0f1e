package org.explainer.gates;

import org.explainer.preview.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The keyboard checker's own test, on broken fixtures. It starts Chromium, so it runs in {@code verify} with the gates, not in {@code package}. */
class KeyboardCheckerIT {

    private static SiteInBrowser served;
    private static List<Finding> findings;

    @BeforeAll
    static void walkTheFixture() {
        served = SiteInBrowser.start(SiteFiles.serve(SiteFiles.fixture("invisible-focus"), "/"), "the keyboard checker's own test");
        findings = KeyboardChecker.check(served.browser().window(Display.LAPTOP_LIGHT), served.url(""));
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

    @Test
    void seesInEachDisplayWhatOnlyThatDisplayGetsWrong() {
        try (StaticServer server = SiteFiles.serve(SiteFiles.fixture("focus-by-display"), "/")) {
            List<Finding> byDisplay = KeyboardChecker.checkInEachDisplay(served.browser().window(Display.LAPTOP_LIGHT),
                    server.url(), Display.ALL, null);

            assertAll(
                    () -> assertTrue(has(byDisplay, "[1280-dark]", "#two", "shows no visible change"), byDisplay::toString),
                    () -> assertTrue(has(byDisplay, "[390-light]", "#three", "cannot be reached"), byDisplay::toString),
                    () -> assertTrue(has(byDisplay, "[390-dark]", "#two", "shows no visible change"), byDisplay::toString),
                    () -> assertTrue(has(byDisplay, "[390-dark]", "#three", "cannot be reached"), byDisplay::toString),
                    () -> assertEquals(4, byDisplay.size(), byDisplay::toString));
        }
    }

    private static boolean has(List<Finding> findings, String display, String href, String problem) {
        return findings.stream().anyMatch(f -> f.where().endsWith(display) && f.message().contains("href=\"" + href + "\"")
                && f.message().contains(problem));
    }

    private static boolean has(String link, String problem) {
        return findings.stream().anyMatch(f -> f.message().contains(link) && f.message().contains(problem));
    }
}
