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
 * The Content Security Policy every page carries, in Chromium: every baked page (and the search page
 * showing results, and the 404 page at a missing address) loads with its scripts, styles and images
 * and the browser reports no violation; and a page with an inline script slipped into it, served with
 * the same policy, does not run it.
 */
class ContentSecurityPolicyIT {

    /** Records each violation the browser reports, before any script of the page runs. */
    private static final String RECORD_VIOLATIONS = """
            window.__violations = [];
            document.addEventListener('securitypolicyviolation', function (event) {
              window.__violations.push(event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline')
                + ' (' + event.sourceFile + ':' + event.lineNumber + ')');
            }, true);
            """;

    /** Violations are reported in a task of their own: the answer waits for the tasks queued so far. */
    private static final String READ_VIOLATIONS = """
            const done = arguments[arguments.length - 1];
            setTimeout(function () {
              const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
              done({policy: policy ? policy.content : '', violations: window.__violations || []});
            }, 200);
            """;

    private static final String INJECTED = "<script>document.documentElement.dataset.injected = 'ran';</script>";

    private static Path site;
    private static SiteInBrowser served;
    private static BrowserWindow window;

    @BeforeAll
    static void start() {
        site = SiteFiles.bakedSite();
        served = SiteInBrowser.bakedSite("the Content Security Policy in a real browser");
        window = served.browser().window(Display.ALL.get(0));
        window.addToEveryPage(RECORD_VIOLATIONS);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void everyPageLoadsUnderThePolicyWithoutAViolation() {
        List<String> paths = new ArrayList<>();
        SiteFiles.htmlPages(site).forEach(page -> paths.add(SiteFiles.urlPath(site, page)));
        paths.add(searchPage() + "?q=" + URLEncoder.encode("Tartus", StandardCharsets.UTF_8));
        paths.add(SubPathLinkChecker.MISSING_PATH);
        List<String> findings = new ArrayList<>();
        for (String path : paths) {
            Map<String, Object> seen = load(served.url(path));
            if (!String.valueOf(seen.get("policy")).contains("script-src 'self'")) {
                findings.add(path + ": no Content Security Policy limiting scripts to the site's own (" + seen.get("policy") + ")");
            }
            ((List<?>) seen.get("violations")).forEach(violation -> findings.add(path + ": " + violation));
        }
        System.out.printf("Content Security Policy: %d pages loaded in Chromium, %d findings%n", paths.size(), findings.size());
        assertTrue(findings.isEmpty(), () -> String.join("\n", findings));
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
