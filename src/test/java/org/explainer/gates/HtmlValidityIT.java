package org.explainer.gates;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

/** Gate 1: every page of the baked site is valid HTML, by the Nu Html Checker. */
class HtmlValidityIT {

    @Test
    void everyPageIsValidHtml() {
        Path site = SiteFiles.bakedSite();
        List<Finding> errors = new HtmlValidityChecker().check(site);
        System.out.printf("HTML validity: %d pages checked, %d errors%n", SiteFiles.htmlPages(site).size(), errors.size());
        Findings.assertNone("HTML validity (Nu Html Checker)", errors);
    }
}
