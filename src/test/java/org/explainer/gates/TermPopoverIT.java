package org.explainer.gates;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A glossary term's definition opens in place from the keyboard, by touch and without JavaScript. */
class TermPopoverIT {

    private static SiteInBrowser site;
    private static String page;
    private static BrowserWindow window;

    @BeforeAll
    static void start() {
        page = firstPageWithATermReference(SiteFiles.bakedSite());
        site = SiteInBrowser.bakedSite("glossary popovers in a real browser");
        window = site.browser().window(Display.PHONE_LIGHT);
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    /** The first explainer, in the search index's order, that links a glossary term: any site has one. */
    private static String firstPageWithATermReference(Path baked) {
        return SearchIndexFile.read(baked).stream().filter(entry -> "explainer".equals(entry.get("type")))
                .map(entry -> (String) entry.get("url"))
                .filter(url -> read(baked.resolve(url)).contains("class=\"term__toggle\""))
                .findFirst().orElseThrow(() -> new IllegalStateException(baked + ": no explainer links a glossary term"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean open(ChromeDriver driver, WebElement popover) {
        return (Boolean) driver.executeScript("return arguments[0].matches(':popover-open')", popover);
    }

    @Test
    void keyboardOpensAndClosesTheDefinition() {
        window.open(site.url(page));
        ChromeDriver driver = window.driver();
        WebElement toggle = driver.findElement(By.cssSelector(".term__toggle"));
        WebElement popover = driver.findElement(By.id(toggle.getAttribute("popovertarget")));
        assertFalse(open(driver, popover));
        driver.executeScript("arguments[0].focus()", toggle);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertTrue(open(driver, popover), "Enter on the ? button opens the definition");
        assertFalse(popover.getText().isBlank());
        assertTrue(toggle.getDomAttribute("aria-label").startsWith("Definition: "), "the button says what it opens");
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertFalse(open(driver, popover), "Escape closes it");
    }

    @Test
    void worksWithoutJavaScript() {
        ChromeDriver driver = window.driver();
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            window.open(site.url(page));
            WebElement toggle = driver.findElement(By.cssSelector(".term__toggle"));
            WebElement popover = driver.findElement(By.id(toggle.getAttribute("popovertarget")));
            toggle.click();
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
            assertTrue(open(driver, popover), "a tap opens the definition with scripts off");
            WebElement link = driver.findElement(By.cssSelector(".term__link"));
            assertTrue(link.getAttribute("href").startsWith(site.url("glossary/")), "the term itself is a real link");
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }
}
