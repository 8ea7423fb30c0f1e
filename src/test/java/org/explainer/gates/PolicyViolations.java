package org.explainer.gates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the browser says about a page's Content Security Policy: the policy the page declares, and every
 * violation of it the browser reported while the page loaded and ran. Installed in a window, it records
 * from the first byte of every page the window loads, before any of the page's scripts run.
 */
final class PolicyViolations {

    /** Records each violation the browser reports, before any script of the page runs. */
    private static final String RECORD = """
            window.__violations = [];
            document.addEventListener('securitypolicyviolation', function (event) {
              window.__violations.push(event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline')
                + ' (' + event.sourceFile + ':' + event.lineNumber + ')');
            }, true);
            """;

    /** A script expression: the page's policy and the violations recorded so far. */
    static final String READ = "{ policy: (document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]') || {}).content || '',"
            + " violations: window.__violations || [] }";

    private PolicyViolations() {
    }

    /** Has every page {@code window} loads from now on record the violations of its policy. */
    static void install(BrowserWindow window) {
        window.addToEveryPage(RECORD);
    }

    /**
     * What is wrong with {@code seen} (as {@link #READ} gives it) on the page at {@code where}: no policy that
     * keeps scripts to the site's own, and each violation.
     */
    static List<Finding> findings(String where, Object seen) {
        Map<?, ?> page = (Map<?, ?>) seen;
        List<Finding> findings = new ArrayList<>();
        String policy = String.valueOf(page.get("policy"));
        if (!policy.contains("script-src 'self'")) {
            findings.add(Finding.at(where, "no Content Security Policy limiting scripts to the site's own (" + policy + ")"));
        }
        ((List<?>) page.get("violations")).forEach(violation -> findings.add(Finding.at(where, String.valueOf(violation))));
        return findings;
    }
}
