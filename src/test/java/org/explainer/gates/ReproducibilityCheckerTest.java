package org.explainer.gates;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReproducibilityCheckerTest {

    private final List<Finding> findings = new ReproducibilityChecker().compare(
            SiteFiles.fixture("unreproducible/first"), SiteFiles.fixture("unreproducible/second"));

    @Test
    void reportsATimestampThatDiffersWithTheLineAndBothValues() {
        assertEquals(new Finding("index.html", 6, "differs between the builds: first"
                + " \"<meta name=\"generated\" content=\"2025-08-01T10:15:02Z\">\", then"
                + " \"<meta name=\"generated\" content=\"2025-08-01T10:15:09Z\">\""), findings.get(0));
    }

    @Test
    void reportsAFileOnlyOneBuildWrote() {
        assertEquals(Finding.at("leftover.txt", "only in the first build"), findings.get(1));
    }

    @Test
    void findsNothingElse() {
        assertEquals(2, findings.size(), findings::toString);
    }
}
