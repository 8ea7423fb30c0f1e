package org.explainer.gates;

import org.explainer.preview.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyboardCheckerTest {

    private static BrowserSession browser;
    private static StaticServer server;
    private static List<Finding> findings;

    @BeforeAll
    static void walkTheFixture() {
        browser = BrowserSession.start("the keyboard checker's own test");
        server = SiteFiles.serve(SiteFiles.fixture("invisible-focus"), "/");
        findings = new KeyboardChecker(browser, Display.LAPTOP_LIGHT).check(server.url());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (browser != null) {
            browser.close();
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
