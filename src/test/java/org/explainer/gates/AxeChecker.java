package org.explainer.gates;

import com.deque.html.axecore.selenium.AxeBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs axe-core against the WCAG 2.0, 2.1 and 2.2 rules at levels A and AA, in every display at once:
 * contrast differs between the light and the dark scheme, target sizes and overlaps between a phone
 * and a laptop. Each display has its own window, and the windows work in parallel, so checking a
 * page in four displays takes about as long as the slowest one.
 *
 * <p>The axe-core script is the one the axe-core Selenium library ships, but it is added to each
 * window once and run with a few lines of our own: {@code AxeBuilder.analyze} sends the half-megabyte
 * script again on every call, sends every passing node back, and waits for one display at a time.
 */
public final class AxeChecker {

    /** axe-core's tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA (axe-core has no rule tagged wcag22a). */
    public static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    // Starts axe on the next turn of the page's event loop, so the driver is free to start the next window.
    private static final String START = """
            var tags = arguments[0];
            window.__gatesAxe = new Promise(function (resolve) { setTimeout(resolve, 0); })
              .then(function () {
                return axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
              })
              .then(function (results) {
                return results.violations.map(function (rule) {
                  return { id: rule.id, impact: rule.impact, help: rule.help, nodes: rule.nodes.map(function (node) {
                    return { target: node.target.join(" "), summary: node.failureSummary || "" };
                  }) };
                });
              }, function (error) { return [{ id: "axe-error", impact: "", help: String(error), nodes: [] }]; });
            """;
    private static final String FINISH = "window.__gatesAxe.then(arguments[arguments.length - 1]);";

    private final List<BrowserWindow> windows = new ArrayList<>();

    public AxeChecker(BrowserSession browser, List<Display> displays) {
        String axe = axeSource();
        for (Display display : displays) {
            BrowserWindow window = browser.window(display);
            window.addToEveryPage(axe);
            windows.add(window);
        }
    }

    /** Every axe violation on {@code url} in each display. */
    public List<Finding> check(String url) {
        return start(url).findings();
    }

    /**
     * Loads {@code url} in every display's window and sets axe to work there, without waiting: the
     * caller may use the browser for something else meanwhile, in a window of its own.
     */
    public Pending start(String url) {
        for (BrowserWindow window : windows) {
            window.open(url);
            window.driver().executeScript(START, WCAG_A_AA);
        }
        return new Pending(url);
    }

    /** Checks under way on one page, in every display. */
    public final class Pending {

        private final String url;

        private Pending(String url) {
            this.url = url;
        }

        /** Waits for the checks to end and returns what they found. */
        public List<Finding> findings() {
            List<Finding> findings = new ArrayList<>();
            for (BrowserWindow window : windows) {
                String where = url + " [" + window.display().label() + "]";
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> violations = (List<Map<String, Object>>) window.driver().executeAsyncScript(FINISH);
                for (Map<String, Object> rule : violations) {
                    findings.addAll(findingsFor(where, rule));
                }
            }
            return findings;
        }
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
