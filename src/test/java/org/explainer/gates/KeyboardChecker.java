package org.explainer.gates;

import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Walks a page with the Tab key as a keyboard user would: every link, button and field must be
 * reached, must look different when focused, and must not be hidden behind anything (such as a sticky
 * bar) once focused. The browser half is {@code focus-probe.js}; all the Tab presses go in one batch
 * and the probe notes each focus as it happens, so a page costs one round trip, not hundreds.
 */
public final class KeyboardChecker {

    private static final String PROBE = resource("focus-probe.js");

    private final BrowserWindow window;

    public KeyboardChecker(BrowserSession browser, Display display) {
        this.window = browser.window(display);
    }

    /** Loads {@code url} afresh and reports every element a keyboard user cannot reach or see focused. */
    public List<Finding> check(String url) {
        window.open(url);
        window.driver().executeScript(PROBE);
        long stops = (Long) window.driver().executeScript("return window.__gatesFocusProbe.install();");
        Actions tabs = new Actions(window.driver());
        // A few presses more than there are stops, so an extra stop cannot end the walk early.
        for (long i = 0; i < stops + 3; i++) {
            tabs.sendKeys(Keys.TAB);
        }
        tabs.perform();
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) window.driver().executeScript("return window.__gatesFocusProbe.report();");
        String where = url + " [" + window.display().label() + "]";
        return problems.stream().map(problem -> Finding.at(where, problem)).toList();
    }

    private static String resource(String name) {
        try (InputStream in = KeyboardChecker.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
