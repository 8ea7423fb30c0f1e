package org.explainer.gates;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlValidityCheckerTest {

    private final HtmlValidityChecker checker = new HtmlValidityChecker();

    @Test
    void reportsAnInvalidElementWithFileAndLine() {
        List<Finding> findings = checker.check(SiteFiles.fixture("invalid-element"));

        assertTrue(findings.stream().anyMatch(f -> f.where().equals("index.html") && f.line() == 10
                        && f.message().contains("div")),
                "expected the <div> inside <ul> on line 10, got " + findings);
        assertTrue(findings.stream().anyMatch(f -> f.line() == 12 && f.message().contains("alt")),
                "expected the <img> without alt on line 12, got " + findings);
    }

    @Test
    void findsNothingInAValidPage() {
        assertEquals(List.of(), checker.check(SiteFiles.fixture("valid-page")));
    }
}
