package org.explainer.gates;

import org.explainer.preview.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The axe-core checker's own test, on broken fixtures. It starts Chromium, so it runs in {@code verify} with the gates, not in {@code package}. */
class AxeCheckerIT {

    private static BrowserSession browser;
    private static BrowserWindow window;

    @BeforeAll
    static void startBrowser() {
        browser = BrowserSession.start("the axe-core checker's own test");
        window = browser.window(Display.LAPTOP_LIGHT);
        AxeChecker.install(window);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void reportsAnImageWithoutAlt() {
        try (StaticServer server = SiteFiles.serve(SiteFiles.fixture("missing-alt"), "/")) {
            window.show(Display.LAPTOP_LIGHT);
            List<Finding> findings = AxeChecker.check(window, server.url());

            assertTrue(findings.stream().anyMatch(f -> f.message().startsWith("image-alt") && f.message().contains("img")),
                    "expected image-alt, got " + findings);
        }
    }

    @Test
    void checksTheDarkSchemeOnItsOwn() {
        try (StaticServer server = SiteFiles.serve(SiteFiles.fixture("dark-mode-contrast"), "/")) {
            List<Finding> findings = new ArrayList<>();
            for (Display display : List.of(Display.LAPTOP_LIGHT, Display.LAPTOP_DARK)) {
                window.show(display);
                findings.addAll(AxeChecker.check(window, server.url()));
            }

            assertTrue(findings.stream().anyMatch(f -> f.where().endsWith("[1280-dark]") && f.message().startsWith("color-contrast")),
                    "expected poor contrast in the dark scheme, got " + findings);
            assertFalse(findings.stream().anyMatch(f -> f.where().endsWith("[1280-light]")),
                    "the light scheme is fine, got " + findings);
        }
    }
}
