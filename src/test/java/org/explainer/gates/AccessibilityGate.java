package org.explainer.gates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The accessibility gate over a whole site, at a cost that grows with its pages by one page load and
 * one axe run without the colour rules each. What a check finds depends on the page's content, which
 * differs from page to page, or on the display and the styles, which act on kinds of element the same
 * way on every page (see {@link PageShape}); so:
 * <ol>
 *   <li>every page, once, in {@link #EVERY_PAGE}: every axe rule but the colour rules
 *       ({@link AxeChecker#COLOUR_RULES}), the page's shape, and the browser's word on its Content Security
 *       Policy ({@link PolicyViolations}), which needs the page loaded just the same;</li>
 *   <li>a few pages that between them have every kind of element on the site ({@link ShapeCover}), each
 *       on the elements of the kinds no page before it had: the colour rules in {@link #EVERY_PAGE} and
 *       every rule in each other display; and the keyboard check in every display, on the first element
 *       of each of those kinds that the Tab key stops at;</li>
 *   <li>any other page on which a kind of element was hidden in {@link #EVERY_PAGE} while a
 *       representative showed it in another display: every axe rule in that display too, so its
 *       content is read wherever a reader can see it.</li>
 * </ol>
 * The README's "Which check runs where" says why this loses nothing the gate checked when it ran every
 * rule on every page in every display.
 */
final class AccessibilityGate {

    /** The display every page is checked in: a phone, where text wraps and wide content overflows, in the light scheme. */
    static final Display EVERY_PAGE = Display.PHONE_LIGHT;

    /**
     * @param axe             every axe violation, named by page and display
     * @param policy          every page without its Content Security Policy, and every violation of it the browser
     *                        reported while step 1 had the page loaded (one load serves both gates)
     * @param keyboard        every keyboard problem on a representative, named by page and display
     * @param pages           how many pages were checked
     * @param kinds           how many kinds of element the pages have between them
     * @param representatives the pages checked in every display, in the order chosen
     * @param walked          how many of them brought a kind of element the Tab key stops at, and were checked with it
     * @param rechecks        how many further checks a kind hidden in {@link #EVERY_PAGE} needed (step 3)
     * @param stepSeconds     how long each step took, for the log: a step that grows with the site shows there
     */
    record Result(List<Finding> axe, List<Finding> policy, List<Finding> keyboard, int pages, int kinds, List<String> representatives,
                  int walked, int rechecks, List<Double> stepSeconds) {
    }

    // Waits for the check a page started once loaded, then reads the page's shape and what the browser said
    // about its policy (by then long reported, as axe takes a while): one round trip.
    private static final String FINDINGS_AND_SHAPE = "var done = arguments[arguments.length - 1]; " + AxeChecker.PENDING
            + ".then(function (violations) { done({ violations: violations, shape: " + PageShape.READ
            + ", policy: " + PolicyViolations.READ + " }); });";

    /** Step 1's windows: each runs axe on a page as soon as it has loaded. */
    private final List<BrowserWindow> pageWindows = new ArrayList<>();
    /** Step 2 and 3's windows: axe and the shape probe, and the keyboard check. */
    private final BrowserWindow repWindow;
    private final BrowserWindow walkWindow;

    /** @param windows how many pages to load at once in the first pass */
    AccessibilityGate(BrowserSession browser, int windows) {
        for (int i = 0; i < windows; i++) {
            BrowserWindow window = browser.window(EVERY_PAGE);
            PageShape.install(window);
            PolicyViolations.install(window);
            AxeChecker.installToRunOnLoad(window, AxeChecker.Rules.ALL_BUT_COLOUR_RULES);
            pageWindows.add(window);
        }
        repWindow = browser.window(EVERY_PAGE);
        PageShape.install(repWindow);
        AxeChecker.install(repWindow);
        walkWindow = browser.window(EVERY_PAGE);
        PageShape.install(walkWindow);
    }

    Result check(List<String> urls) {
        List<Double> stepSeconds = new ArrayList<>();
        long start = System.nanoTime();
        Map<String, List<Finding>> axeByPage = new LinkedHashMap<>();
        urls.forEach(url -> axeByPage.put(url, new ArrayList<>()));
        List<Finding> policy = new ArrayList<>();
        Map<String, PageShape> shapes = everyPage(urls, axeByPage, policy);
        start = lap(stepSeconds, start);

        Map<String, Set<String>> kindsByPage = new LinkedHashMap<>();
        shapes.forEach((url, shape) -> kindsByPage.put(url, shape.kinds()));
        List<String> representatives = ShapeCover.representatives(kindsByPage);
        List<Finding> keyboard = new ArrayList<>();
        Map<Display, Set<String>> shownByDisplay = new LinkedHashMap<>();
        Set<String> covered = new HashSet<>();
        int walked = 0;
        for (String url : representatives) {
            PageShape shape = shapes.get(url);
            Set<String> fresh = new LinkedHashSet<>(shape.kinds());
            fresh.removeAll(covered);
            covered.addAll(shape.kinds());
            Set<String> freshFocusable = new LinkedHashSet<>(fresh);
            freshFocusable.retainAll(shape.focusable());
            walked += freshFocusable.isEmpty() ? 0 : 1;
            everyDisplay(url, fresh, freshFocusable, axeByPage.get(url), keyboard, shownByDisplay);
        }
        start = lap(stepSeconds, start);
        int rechecks = hiddenInEveryPageDisplay(shapes, representatives, shownByDisplay, axeByPage);
        lap(stepSeconds, start);

        Set<String> kinds = new HashSet<>();
        kindsByPage.values().forEach(kinds::addAll);
        List<Finding> axe = axeByPage.values().stream().flatMap(List::stream).toList();
        return new Result(axe, policy, keyboard, urls.size(), kinds.size(), representatives, walked, rechecks, stepSeconds);
    }

    private static long lap(List<Double> seconds, long since) {
        long now = System.nanoTime();
        seconds.add((now - since) / 1e9);
        return now;
    }

    /**
     * Step 1: every page in {@link #EVERY_PAGE}, in turn in each window, each checked as soon as it has loaded and
     * collected just before its window loads the next.
     */
    private Map<String, PageShape> everyPage(List<String> urls, Map<String, List<Finding>> axeByPage, List<Finding> policy) {
        Map<String, PageShape> shapes = new LinkedHashMap<>();
        String[] loaded = new String[pageWindows.size()];
        for (int i = 0; i < urls.size() + pageWindows.size(); i++) {
            int lane = i % pageWindows.size();
            BrowserWindow window = pageWindows.get(lane);
            if (loaded[lane] != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> checked = (Map<String, Object>) window.driver().executeAsyncScript(FINDINGS_AND_SHAPE);
                axeByPage.get(loaded[lane]).addAll(AxeChecker.findings(loaded[lane], EVERY_PAGE, checked.get("violations")));
                shapes.put(loaded[lane], PageShape.from(checked.get("shape")));
                policy.addAll(PolicyViolations.findings(loaded[lane], checked.get("policy")));
                loaded[lane] = null;
            }
            if (i < urls.size()) {
                window.open(urls.get(i));
                loaded[lane] = urls.get(i);
            }
        }
        Map<String, PageShape> inOrder = new LinkedHashMap<>();
        urls.forEach(url -> inOrder.put(url, shapes.get(url)));
        return inOrder;
    }

    /**
     * Step 2, on one representative: axe in each display on the elements of the kinds no earlier representative
     * had ({@code fresh}), only the colour rules in {@link #EVERY_PAGE} (step 1 ran the others there); and the
     * keyboard check in each display on the first element of each of those kinds the Tab key stops at, in
     * another window meanwhile.
     */
    private void everyDisplay(String url, Set<String> fresh, Set<String> freshFocusable, List<Finding> axe,
                              List<Finding> keyboard, Map<Display, Set<String>> shownByDisplay) {
        BrowserWindow window = repWindow;
        for (Display display : Display.ALL) {
            // Loaded once for each width: a scheme is a media feature, which applies without a reload.
            boolean newWidth = window.display().width() != display.width() || display.equals(Display.ALL.get(0));
            window.show(display);
            if (newWidth) {
                window.open(url);
            }
            AxeChecker.startOn(window, display.equals(EVERY_PAGE) ? AxeChecker.Rules.COLOUR_RULES_ONLY
                    : AxeChecker.Rules.EVERY_RULE, fresh);
            if (!freshFocusable.isEmpty() && display.equals(Display.ALL.get(0))) {
                keyboard.addAll(KeyboardChecker.checkInEachDisplay(walkWindow, url, Display.ALL, freshFocusable));
            }
            axe.addAll(AxeChecker.findings(window, url));
            if (!display.equals(EVERY_PAGE)) {
                shownByDisplay.computeIfAbsent(display, d -> new HashSet<>()).addAll(PageShape.of(window).shown());
            }
        }
        window.show(EVERY_PAGE);
    }

    /**
     * Step 3: a page that has a kind of element hidden on it in {@link #EVERY_PAGE} (a part shown on wide
     * screens only, say) while a representative shows that kind in another display is checked in that
     * display too, since what the element says is the page's own.
     */
    private int hiddenInEveryPageDisplay(Map<String, PageShape> shapes, List<String> representatives,
                                         Map<Display, Set<String>> shownByDisplay, Map<String, List<Finding>> axeByPage) {
        BrowserWindow window = repWindow;
        int rechecks = 0;
        for (Map.Entry<String, PageShape> page : shapes.entrySet()) {
            if (representatives.contains(page.getKey())) {
                continue;
            }
            Set<String> hidden = new HashSet<>(page.getValue().kinds());
            hidden.removeAll(page.getValue().shown());
            for (Map.Entry<Display, Set<String>> shown : shownByDisplay.entrySet()) {
                if (hidden.stream().anyMatch(shown.getValue()::contains)) {
                    window.show(shown.getKey());
                    axeByPage.get(page.getKey()).addAll(AxeChecker.check(window, page.getKey()));
                    rechecks++;
                }
            }
        }
        window.show(EVERY_PAGE);
        return rechecks;
    }
}
