package org.explainer.gates;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShapeCoverTest {

    @Test
    void aThousandPagesOfOneShapeNeedOne() {
        Map<String, Set<String>> pages = new LinkedHashMap<>();
        for (int i = 1; i <= 1000; i++) {
            pages.put("page-" + i, Set.of("header", "prose", "footer"));
        }
        assertEquals(List.of("page-1"), ShapeCover.representatives(pages));
    }

    @Test
    void aKindOnOnePageOnlyBringsThatPageIn() {
        Map<String, Set<String>> pages = new LinkedHashMap<>();
        for (int i = 1; i <= 1000; i++) {
            pages.put("page-" + i, i == 700 ? Set.of("header", "prose", "table", "footer") : Set.of("header", "prose", "footer"));
        }
        assertEquals(List.of("page-700"), ShapeCover.representatives(pages), "page 700 has every kind the others have, and one more");
        pages.put("page-700", Set.of("header", "table"));
        assertEquals(List.of("page-1", "page-700"), ShapeCover.representatives(pages));
    }

    @Test
    void everyKindOfEveryPageIsOnAChosenPage() {
        Map<String, Set<String>> pages = new LinkedHashMap<>();
        pages.put("home", Set.of("body[home]", "nav", "list"));
        pages.put("explainer-1", Set.of("body[explainer]", "nav", "prose", "footnotes"));
        pages.put("explainer-2", Set.of("body[explainer]", "nav", "prose", "table"));
        pages.put("explainer-3", Set.of("body[explainer]", "nav", "prose"));
        pages.put("term", Set.of("body[term]", "nav", "prose", "names"));
        List<String> chosen = ShapeCover.representatives(pages);
        Set<String> covered = new HashSet<>();
        chosen.forEach(page -> covered.addAll(pages.get(page)));
        Set<String> all = new HashSet<>();
        pages.values().forEach(all::addAll);
        assertEquals(all, covered);
        assertTrue(!chosen.contains("explainer-3"), "a page with nothing new is left to the every-page checks: " + chosen);
        assertEquals(4, chosen.size(), chosen::toString);
    }

    @Test
    void noPagesNoneChosen() {
        assertEquals(List.of(), ShapeCover.representatives(Map.of()));
    }
}
