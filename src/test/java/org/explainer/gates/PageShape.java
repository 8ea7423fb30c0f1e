package org.explainer.gates;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of element on the page a window shows (the Java half of {@code shape-probe.js}): an
 * element's kind is its tag, the attributes the browser renders it by, the style rules that can apply
 * to it and whether it has text of its own, after its parent's kind, up to the page's language and
 * stylesheets and the template named on its body. A page's shape is the set of its kinds; pages of one
 * shape look alike in every display, whatever their text.
 *
 * @param kinds     every kind on the page
 * @param shown     the kinds with at least one element the reader can see in the window's current display
 * @param focusable the kinds of elements the Tab key stops at, or is meant to
 */
public record PageShape(Set<String> kinds, Set<String> shown, Set<String> focusable) {

    /** Has the probe ready in every page {@code window} loads from now on; {@link AxeChecker} uses it too. */
    public static void install(BrowserWindow window) {
        window.addToEveryPage(Resources.text("shape-probe.js"));
    }

    /** A script expression: the shape of the page, as {@link #from} reads it. */
    public static final String READ = "window.__gatesPageShape.read()";

    /** The shape of the page {@code window} shows now, in its display. */
    public static PageShape of(BrowserWindow window) {
        return from(window.driver().executeScript("return " + READ + ";"));
    }

    /** The shape {@link #READ} gave. */
    public static PageShape from(Object read) {
        @SuppressWarnings("unchecked")
        Map<String, List<String>> result = (Map<String, List<String>>) read;
        return new PageShape(new LinkedHashSet<>(result.get("kinds")), new LinkedHashSet<>(result.get("shown")),
                new LinkedHashSet<>(result.get("focusable")));
    }
}
