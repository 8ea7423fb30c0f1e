package org.explainer.gates;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A glossary term's definition opens in place from the keyboard, by touch and without JavaScript. */
class TermPopoverIT {

    private static final String PAGE = "explainers/moscow-talks-2025.html";

    private static SiteInBrowser site;
    private static BrowserWindow window;

    @BeforeAll
    static void start() {
        site = SiteInBrowser.bakedSite("glossary popovers in a real browser");
        window = site.browser().window(Display.PHONE_LIGHT);
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    private static boolean open(ChromeDriver driver, WebElement popover) {
        return (Boolean) driver.executeScript("return arguments[0].matches(':popover-open')", popover);
    }

    @Test
    void keyboardOpensAndClosesTheDefinition() {
        window.open(site.url(PAGE));
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
            window.open(site.url(PAGE));
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
