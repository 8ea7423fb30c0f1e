package org.explainer.gates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A few pages that between them have every kind of element a site has (see {@link PageShape}), for the
 * checks that depend on the display rather than on the text: chosen greedily, each time the page with the
 * most kinds not yet covered, the earlier page on a tie. So every template, every text direction and every
 * kind of element, however rare, is on a chosen page, and a thousand pages of a few shapes need a few.
 */
public final class ShapeCover {

    private ShapeCover() {
    }

    /**
     * @param kindsByPage each page's kinds, in the order pages are listed (which breaks ties)
     * @return the chosen pages, in the order they were chosen
     */
    public static List<String> representatives(Map<String, ? extends Set<String>> kindsByPage) {
        Set<String> uncovered = new HashSet<>();
        kindsByPage.values().forEach(uncovered::addAll);
        List<String> chosen = new ArrayList<>();
        while (!uncovered.isEmpty()) {
            String best = null;
            long bestNew = 0;
            for (Map.Entry<String, ? extends Set<String>> page : kindsByPage.entrySet()) {
                long fresh = page.getValue().stream().filter(uncovered::contains).count();
                if (fresh > bestNew) {
                    best = page.getKey();
                    bestNew = fresh;
                }
            }
            chosen.add(best);
            uncovered.removeAll(kindsByPage.get(best));
        }
        return chosen;
    }
}
