package org.explainer.gates;

import com.deque.html.axecore.selenium.AxeBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Runs axe-core against the WCAG 2.0, 2.1 and 2.2 rules at levels A and AA on the page a window
 * shows, in the window's display: contrast differs between the light and the dark scheme, target sizes
 * and overlaps between a phone and a laptop.
 *
 * <p>The axe-core script is the one the axe-core Selenium library ships, but it is added to each
 * window once and run with a few lines of our own: {@code AxeBuilder.analyze} sends the half-megabyte
 * script again on every call, sends every passing node back, and blocks the driver meanwhile. Here a
 * check is started, and its findings collected later, so the driver can load a page in another
 * window meanwhile.
 */
public final class AxeChecker {

    /** axe-core's tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA (axe-core has no rule tagged wcag22a). */
    public static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /**
     * The rules whose findings depend on the colours the styles give a kind of element, not on what its
     * text says: text against its background, a link against the text around it. They are also nine
     * tenths of axe's time on a page.
     */
    public static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");

    /** Which of the WCAG A and AA rules a check runs. */
    public enum Rules {
        EVERY_RULE, ALL_BUT_COLOUR_RULES, COLOUR_RULES_ONLY
    }

    private static final String AXE = axeSource() + "\n" + Resources.text("axe-run.js");
    private static final String START = "window.__gatesAxeRun(arguments[0], arguments[1], arguments[2], arguments[3]);";

    /** A script expression: the promise of the violations of the check last started in the page. */
    public static final String PENDING = "window.__gatesAxe";

    private AxeChecker() {
    }

    /** Has axe-core ready in every page {@code window} loads from now on. */
    public static void install(BrowserWindow window) {
        window.addToEveryPage(AXE);
    }

    /**
     * As {@link #install}, and sets axe to work with {@code rules} on each page as soon as it has loaded, so
     * the check runs while the driver returns from loading it ({@link #PENDING} holds it, as after {@link #start}).
     */
    public static void installToRunOnLoad(BrowserWindow window, Rules rules) {
        install(window);
        window.addToEveryPage("addEventListener('load', function () { window.__gatesAxeRun("
                + names(WCAG_A_AA) + ", " + names(COLOUR_RULES) + ", '" + rules.name() + "', null); });");
    }

    /** Loads {@code url} in {@code window} and reports every axe violation in the window's display. */
    public static List<Finding> check(BrowserWindow window, String url) {
        window.open(url);
        start(window, Rules.EVERY_RULE);
        return findings(window, url);
    }

    /** Sets axe to work with {@code rules} on the page {@code window} shows, in its display, without waiting for it. */
    public static void start(BrowserWindow window, Rules rules) {
        window.driver().executeScript(START, WCAG_A_AA, COLOUR_RULES, rules.name(), null);
    }

    /**
     * As {@link #start}, on the page's elements of {@code kinds} alone and what they hold (see
     * {@link PageShape}, whose probe the window must have), or on the whole page if it has none. Rules about
     * the page as a whole (its title, language, a way to skip to the content) do not run on a part of it.
     */
    public static void startOn(BrowserWindow window, Rules rules, Collection<String> kinds) {
        window.driver().executeScript(START, WCAG_A_AA, COLOUR_RULES, rules.name(), List.copyOf(kinds));
    }

    /** Waits for the check last started in {@code window}, and names its findings after {@code url}. */
    public static List<Finding> findings(BrowserWindow window, String url) {
        return findings(url, window.display(),
                window.driver().executeAsyncScript(PENDING + ".then(arguments[arguments.length - 1]);"));
    }

    /** The findings in {@code violations}, as {@link #PENDING} gives them, named after {@code url} and {@code display}. */
    public static List<Finding> findings(String url, Display display, Object violations) {
        String where = url + " [" + display.label() + "]";
        List<Finding> findings = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rules = (List<Map<String, Object>>) violations;
        for (Map<String, Object> rule : rules) {
            findings.addAll(findingsFor(where, rule));
        }
        return findings;
    }

    /** A script's array of axe's tag or rule names, which are letters, digits and hyphens. */
    private static String names(List<String> names) {
        return "['" + String.join("', '", names) + "']";
    }

    private static List<Finding> findingsFor(String where, Map<String, Object> rule) {
        String problem = rule.get("id") + " (" + rule.get("impact") + "): " + rule.get("help");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> nodes = (List<Map<String, String>>) rule.get("nodes");
        if (nodes.isEmpty()) {
            return List.of(Finding.at(where, problem));
        }
        return nodes.stream().map(node -> Finding.at(where, problem + " at " + node.get("target") + " — "
                + node.get("summary").replace('\n', ' '))).toList();
    }

    private static String axeSource() {
        try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from the axe-core Selenium library");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
