package org.explainer.preview;

import org.explainer.base.Problem;
import org.explainer.gates.BrowserSession;
import org.explainer.gates.BrowserWindow;
import org.explainer.gates.Display;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In Chromium, a page the preview serves follows its builds: it reloads where it was, and shows a failed build's problems. */
class LivePreviewIT {

    private static BrowserSession browser;

    @TempDir
    Path site;

    @BeforeAll
    static void startBrowser() {
        browser = BrowserSession.start("the preview's live reload");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The Content Security Policy every page of the site carries, as the template library writes it. */
    private static String sitePolicy() throws IOException {
        Matcher policy = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\"[^>]*>")
                .matcher(Files.readString(Path.of("templates/lib/meta.ftl")));
        assertTrue(policy.find(), "templates/lib/meta.ftl has no Content Security Policy");
        return policy.group();
    }

    private void writePage(String text, int paragraphs) throws IOException {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head>" + sitePolicy() + "<title>Page</title></head><body><main><h1>")
                .append(text).append("</h1>");
        for (int index = 0; index < paragraphs; index++) {
            page.append("<p>Paragraph ").append(index).append(".</p>");
        }
        Files.writeString(site.resolve("index.html"), page.append("</main></body></html>"));
    }

    @Test
    void thePageShowsProblemsThenReloadsWhereItWasWhenTheBuildSucceeds() throws Exception {
        writePage("First", 300);
        BuildStatus status = new BuildStatus();
        status.succeeded();
        try (StaticServer server = StaticServer.preview(site, 0, status)) {
            BrowserWindow window = browser.window(Display.LAPTOP_LIGHT);
            ChromeDriver driver = window.driver();
            // The live reload works under the site's own policy: the preview does not relax it. Kept across reloads.
            window.addToEveryPage("document.addEventListener('securitypolicyviolation', event => {"
                    + " const seen = JSON.parse(sessionStorage.getItem('violations') || '[]');"
                    + " seen.push(event.effectiveDirective + ' ' + event.blockedURI);"
                    + " sessionStorage.setItem('violations', JSON.stringify(seen)); }, true);");
            window.open(server.url());
            driver.executeScript("window.scrollTo({top: 3000, behavior: 'instant'}); window.notReloaded = true;");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            // The page may reload between finding an element and reading it: look again, as for one not there yet.
            wait.ignoring(StaleElementReferenceException.class);

            status.failed(List.of(Problem.at("content/explainers/a.md", 9, "unknown glossary term 'alepo' (did you mean term:aleppo?)")));
            wait.until(d -> !d.findElements(By.id("preview-problems")).isEmpty());
            String overlay = driver.findElement(By.id("preview-problems")).getText();
            assertAll(
                    () -> assertEquals("alert", driver.findElement(By.id("preview-problems")).getAttribute("role")),
                    () -> assertTrue(overlay.contains("The site was not built: 1 problem to fix"), overlay),
                    () -> assertTrue(overlay.contains("content/explainers/a.md:9: unknown glossary term 'alepo' (did you mean term:aleppo?)"), overlay),
                    () -> assertEquals(Boolean.TRUE, driver.executeScript("return window.notReloaded === true")));

            driver.findElement(By.className("preview-problems__dismiss")).click();
            wait.until(d -> d.findElements(By.id("preview-problems")).isEmpty());

            writePage("Second", 300);
            status.succeeded();
            wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Second"));
            wait.until(d -> ((Number) driver.executeScript("return window.scrollY")).longValue() == 3000);
            assertEquals(Boolean.FALSE, driver.executeScript("return window.notReloaded === true"), "the page was reloaded");

            // A page that has become shorter keeps as much of the position as it still has.
            writePage("Third", 40);
            status.failed(List.of(Problem.in("templates/page.ftl", "a template failed")));
            wait.until(d -> !d.findElements(By.id("preview-problems")).isEmpty());
            // Escape hides the problems with the focus anywhere on the page, as the README says.
            assertEquals("body", driver.switchTo().activeElement().getTagName());
            new Actions(driver).sendKeys(Keys.ESCAPE).perform();
            wait.until(d -> d.findElements(By.id("preview-problems")).isEmpty());
            status.succeeded();
            wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Third"));
            long bottom = ((Number) driver.executeScript("return document.documentElement.scrollHeight - window.innerHeight")).longValue();
            wait.until(d -> ((Number) driver.executeScript("return window.scrollY")).longValue() == bottom);
            assertTrue(driver.findElements(By.id("preview-problems")).isEmpty(), "the overlay went away with the good build");
            assertEquals(List.of(), driver.executeScript("return JSON.parse(sessionStorage.getItem('violations') || '[]')"),
                    "the live reload broke the Content Security Policy");
        }
    }
}
