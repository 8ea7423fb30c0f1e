package org.explainer.site;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TocEntryTest {

    private static String outline(int... levels) {
        List<Heading> headings = new java.util.ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            headings.add(new Heading(levels[i], "h" + i, "H" + i));
        }
        return describe(TocEntry.outline(headings));
    }

    private static String describe(List<TocEntry> entries) {
        return entries.stream().map(entry -> entry.getId()
                + (entry.getChildren().isEmpty() ? "" : "(" + describe(entry.getChildren()) + ")")).collect(Collectors.joining(" "));
    }

    @Test
    void eachH2HoldsTheH3sThatFollowIt() {
        assertEquals("h0 h1(h2 h3) h4(h5)", outline(2, 2, 3, 3, 2, 3));
    }

    @Test
    void anH3BeforeTheFirstH2StandsAtTheTop() {
        assertEquals("h0 h1 h2(h3)", outline(3, 3, 2, 3));
    }

    @Test
    void noHeadingsNoEntries() {
        assertEquals("", outline());
    }
}
