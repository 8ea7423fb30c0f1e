package org.explainer.gates;

import org.openqa.selenium.chrome.ChromeDriver;

import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * One window of a {@link BrowserSession}, showing pages as one {@link Display} at a time. The viewport
 * and the media features are set through the DevTools protocol, as a reader's device would set them;
 * they stay for every page the window loads, and changing them needs no reload. Each call brings the
 * window to the driver's attention first, so windows can take turns while their pages keep working.
 */
public final class BrowserWindow {

    private final BrowserSession session;
    private final String handle;
    private Display display;

    BrowserWindow(BrowserSession session, String handle, Display display) {
        this.session = session;
        this.handle = handle;
        // Windows take turns with the driver, and a Tab past the last link leaves the page: either would
        // take focus away from the page, and with it the :focus styles the keyboard checks look at.
        driver().executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        show(display);
    }

    /** Shows the page, and the pages loaded next, as {@code display} does. */
    public void show(Display display) {
        ChromeDriver driver = driver();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", display.width(), "height", display.height(), "deviceScaleFactor", 1, "mobile", false));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of(
                Map.of("name", "prefers-color-scheme", "value", display.scheme().mediaValue()),
                // Smooth scrolling would leave a focused element, or a screenshot, half-way.
                Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        this.display = display;
    }

    public Display display() {
        return display;
    }

    /** The driver, pointed at this window. */
    public ChromeDriver driver() {
        return session.driverAt(handle);
    }

    /** Loads {@code url} and waits until it has loaded, deferred scripts included. */
    public void open(String url) {
        driver().get(url);
    }

    /** Has {@code source} run at the start of every page this window loads from now on. */
    public void addToEveryPage(String source) {
        driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
    }

    /** The whole page as a PNG, however long it is. */
    public byte[] screenshotOfWholePage() {
        Map<String, Object> shot = driver().executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "optimizeForSpeed", true));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }
}
