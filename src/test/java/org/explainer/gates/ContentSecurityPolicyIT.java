package org.explainer.gates;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Content Security Policy every page carries, in Chromium. Every baked page is loaded once by the
 * accessibility gate's every-page pass, which also reads what the browser said about the page's policy
 * ({@link AccessibilityIT}, {@link PolicyViolations}): one load serves both. Here: the pages that only a
 * reader's request makes, the search page showing results and the 404 page at a missing address, load
 * without a violation; and a page with an inline script slipped into it, served with the same policy,
 * does not run it, and that pass reports it.
 */
class ContentSecurityPolicyIT {

    /** Violations are reported in a task of their own: the answer waits for the tasks queued so far. */
    private static final String READ_VIOLATIONS = "const done = arguments[arguments.length - 1];"
            + " setTimeout(function () { done(" + PolicyViolations.READ + "); }, 200);";

    private static final String INJECTED = "<script>document.documentElement.dataset.injected = 'ran';</script>";

    private static Path site;
    private static SiteInBrowser served;
    private static BrowserWindow window;

    @BeforeAll
    static void start() {
        site = SiteFiles.bakedSite();
        served = SiteInBrowser.bakedSite("the Content Security Policy in a real browser");
        window = served.browser().window(Display.ALL.get(0));
        PolicyViolations.install(window);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void theSearchResultsAndThe404PageLoadUnderThePolicyWithoutAViolation() {
        List<String> paths = List.of(searchPage() + "?q=" + URLEncoder.encode("Tartus", StandardCharsets.UTF_8),
                SubPathLinkChecker.MISSING_PATH);
        List<Finding> findings = new ArrayList<>();
        for (String path : paths) {
            findings.addAll(PolicyViolations.findings(path, load(served.url(path))));
        }
        System.out.printf("Content Security Policy: %d pages made on request loaded in Chromium, %d findings%n", paths.size(), findings.size());
        Findings.assertNone("Content Security Policy", findings);
    }

    @Test
    void anInlineScriptSlippedIntoAPageIsBlocked(@TempDir Path copy) throws IOException {
        for (Path file : SiteFiles.files(site)) {
            Path target = copy.resolve(site.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
        Path home = copy.resolve("index.html");
        String html = Files.readString(home);
        assertTrue(html.contains("</main>"), "the home page has no </main> to put the script before");
        Files.writeString(home, html.replace("</main>", INJECTED + "</main>"));
        try (var server = SiteFiles.serve(copy, SiteFiles.SUB_PATH)) {
            Map<String, Object> seen = load(server.url());
            Object ran = window.driver().executeScript("return document.documentElement.dataset.injected || 'blocked';");
            assertEquals("blocked", ran, "the injected inline script ran");
            assertTrue(((List<?>) seen.get("violations")).stream().anyMatch(v -> v.toString().startsWith("script-src-elem blocked inline")),
                    () -> "the browser reported no blocked inline script: " + seen.get("violations"));
            List<Finding> reported = new AccessibilityGate(served.browser(), 1).check(List.of(server.url())).policy();
            assertTrue(reported.stream().anyMatch(finding -> finding.message().startsWith("script-src-elem blocked inline")),
                    () -> "the every-page pass reported no blocked inline script: " + reported);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String url) {
        window.open(url);
        return (Map<String, Object>) window.driver().executeAsyncScript(READ_VIOLATIONS);
    }

    private static String searchPage() {
        return SiteFiles.urlPath(site, SiteFiles.htmlPages(site).stream()
                .filter(page -> page.getFileName().toString().equals("search.html")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the site has no search.html")));
    }
}
