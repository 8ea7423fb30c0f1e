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

    private static final String AXE = axeSource();

    // Starts axe on the next turn of the page's event loop, so the driver is free meanwhile.
    private static final String START = """
            var tags = arguments[0], colourRules = arguments[1], rules = arguments[2], kinds = arguments[3];
            var only = kinds ? window.__gatesPageShape.elementsOf(kinds) : [];
            var context = only.length ? { include: only } : document;
            var options = { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] };
            if (rules === "COLOUR_RULES_ONLY") options.runOnly = { type: "rule", values: colourRules };
            if (rules === "ALL_BUT_COLOUR_RULES") {
              options.rules = {};
              colourRules.forEach(function (id) { options.rules[id] = { enabled: false }; });
            }
            window.__gatesAxe = new Promise(function (resolve) { setTimeout(resolve, 0); })
              .then(function () { return axe.run(context, options); })
              .then(function (results) {
                return results.violations.map(function (rule) {
                  return { id: rule.id, impact: rule.impact, help: rule.help, nodes: rule.nodes.map(function (node) {
                    return { target: node.target.join(" "), summary: node.failureSummary || "" };
                  }) };
                });
              }, function (error) { return [{ id: "axe-error", impact: "", help: String(error), nodes: [] }]; });
            """;
    private static final String FINISH = "window.__gatesAxe.then(arguments[arguments.length - 1]);";

    private AxeChecker() {
    }

    /** Has axe-core ready in every page {@code window} loads from now on. */
    public static void install(BrowserWindow window) {
        window.addToEveryPage(AXE);
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

    /** Waits for the check {@link #start} began in {@code window}, and names its findings after {@code url}. */
    public static List<Finding> findings(BrowserWindow window, String url) {
        String where = url + " [" + window.display().label() + "]";
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) window.driver().executeAsyncScript(FINISH);
        List<Finding> findings = new ArrayList<>();
        for (Map<String, Object> rule : violations) {
            findings.addAll(findingsFor(where, rule));
        }
        return findings;
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
