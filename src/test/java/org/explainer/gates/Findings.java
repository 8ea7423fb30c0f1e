package org.explainer.gates;

import java.util.Collection;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/** How every gate fails: one message listing each finding on its own line, so one run shows them all. */
public final class Findings {

    private Findings() {
    }

    public static void assertNone(String gate, Collection<Finding> findings) {
        if (!findings.isEmpty()) {
            fail(gate + ": " + findings.size() + " finding(s)\n  "
                    + findings.stream().map(Finding::toString).collect(Collectors.joining("\n  ")));
        }
    }
}
