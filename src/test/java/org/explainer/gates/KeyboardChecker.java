package org.explainer.gates;

import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Checks a page with the Tab key as a keyboard user would: every link, button and field must be
 * reached, must look different when focused, and must not be hidden behind anything (such as a sticky
 * bar) once focused. The browser half is {@code focus-probe.js}. For each element the element before it
 * on the page gets focus, then Tab is pressed: the press must land on the element, as it would on a walk
 * through the whole page. So the elements can be checked one each, or a few alone, and all the presses go
 * in one batch: a page costs one round trip, not one per element.
 */
public final class KeyboardChecker {

    private static final String PROBE = Resources.text("focus-probe.js");

    private KeyboardChecker() {
    }

    /** Loads {@code url} afresh in {@code window} and checks every element the Tab key should reach, in the window's display. */
    public static List<Finding> check(BrowserWindow window, String url) {
        window.open(url);
        return checkLoaded(window, url, null);
    }

    /**
     * As {@link #check}, in each of {@code displays} in turn on the page loaded once, on the first element of
     * each of {@code kinds} that the display shows (see {@link PageShape}, whose probe the window must have);
     * {@code null} for every element.
     */
    public static List<Finding> checkInEachDisplay(BrowserWindow window, String url, List<Display> displays,
                                                   Collection<String> kinds) {
        List<Finding> findings = new ArrayList<>();
        window.show(displays.get(0));
        window.open(url);
        for (Display display : displays) {
            window.show(display);
            List<?> only = kinds == null ? null : (List<?>) window.driver().executeScript(
                    "return window.__gatesPageShape.firstOf(arguments[0]);", List.copyOf(kinds));
            findings.addAll(checkLoaded(window, url, only));
        }
        return findings;
    }

    private static List<Finding> checkLoaded(BrowserWindow window, String url, List<?> only) {
        String where = url + " [" + window.display().label() + "]";
        window.driver().executeScript(PROBE);
        @SuppressWarnings("unchecked")
        Map<String, Object> ready = (Map<String, Object>) window.driver().executeScript(
                "return window.__gatesFocusProbe.install(arguments[0]);", only);
        if (ready.get("outOfOrder") != null) {
            return List.of(Finding.at(where, ready.get("outOfOrder") + " has a tabindex above 0, which takes it out of the"
                    + " page's order for the Tab key; the keyboard check needs the page's order"));
        }
        long presses = ((Number) ready.get("presses")).longValue();
        if (presses > 0) {
            Actions tabs = new Actions(window.driver());
            for (long i = 0; i < presses; i++) {
                tabs.sendKeys(Keys.TAB);
            }
            tabs.perform();
        }
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) window.driver().executeScript("return window.__gatesFocusProbe.report();");
        return problems.stream().map(problem -> Finding.at(where, problem)).toList();
    }
}
