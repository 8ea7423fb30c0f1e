package org.explainer.gates;

import com.deque.html.axecore.selenium.AxeBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs axe-core against the WCAG 2.0, 2.1 and 2.2 rules at levels A and AA, once in each display:
 * contrast differs between the light and the dark scheme, target sizes and overlaps between a phone
 * and a laptop. Each width has a window of its own, which loads the page once and shows it in each
 * colour scheme in turn; the windows work at the same time, one per processor core.
 *
 * <p>The axe-core script is the one the axe-core Selenium library ships, but it is added to each
 * window once and run with a few lines of our own: {@code AxeBuilder.analyze} sends the half-megabyte
 * script again on every call, sends every passing node back, and blocks the driver meanwhile.
 */
public final class AxeChecker {

    /** axe-core's tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA (axe-core has no rule tagged wcag22a). */
    public static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    // Starts axe on the next turn of the page's event loop, so the driver is free meanwhile.
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

    /** One window and the displays it shows in turn. */
    private record Lane(BrowserWindow window, List<Display> displays) {

        void start(int step) {
            window.show(displays.get(step));
            window.driver().executeScript(START, WCAG_A_AA);
        }

        List<Finding> collect(String url) {
            String where = url + " [" + window.display().label() + "]";
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> violations = (List<Map<String, Object>>) window.driver().executeAsyncScript(FINISH);
            List<Finding> findings = new ArrayList<>();
            for (Map<String, Object> rule : violations) {
                findings.addAll(findingsFor(where, rule));
            }
            return findings;
        }
    }

    private final List<Lane> lanes = new ArrayList<>();

    public AxeChecker(BrowserSession browser, List<Display> displays) {
        String axe = axeSource();
        Map<Integer, List<Display>> byWidth = new LinkedHashMap<>();
        displays.forEach(display -> byWidth.computeIfAbsent(display.width(), width -> new ArrayList<>()).add(display));
        for (List<Display> sameWidth : byWidth.values()) {
            BrowserWindow window = browser.window(sameWidth.get(0));
            window.addToEveryPage(axe);
            lanes.add(new Lane(window, List.copyOf(sameWidth)));
        }
    }

    /** Every axe violation on {@code url} in each display. */
    public List<Finding> check(String url) {
        return start(url).findings();
    }

    /**
     * Loads {@code url} in each window and sets axe to work there without waiting, so the caller
     * may use the browser meanwhile in another window; {@link Pending#findings()} does the rest.
     */
    public Pending start(String url) {
        for (Lane lane : lanes) {
            lane.window().show(lane.displays().get(0));
            lane.window().open(url);
            lane.start(0);
        }
        return new Pending(url);
    }

    /** A page being checked: the first display of each window under way, the others to follow. */
    public final class Pending {

        private final String url;

        private Pending(String url) {
            this.url = url;
        }

        /** Waits for each display's check, starting the window's next as soon as one ends. */
        public List<Finding> findings() {
            List<Finding> findings = new ArrayList<>();
            int steps = lanes.stream().mapToInt(lane -> lane.displays().size()).max().orElse(0);
            for (int step = 0; step < steps; step++) {
                for (Lane lane : lanes) {
                    if (step < lane.displays().size()) {
                        findings.addAll(lane.collect(url));
                    }
                    if (step + 1 < lane.displays().size()) {
                        lane.start(step + 1);
                    }
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
