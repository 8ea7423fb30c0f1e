package org.explainer.base;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Suggests what a misspelt name was meant to be, for error messages. */
public final class Spelling {

    private Spelling() {
    }

    /** The known name closest to {@code typo}, if it is within a couple of edits. */
    public static Optional<String> closest(String typo, Collection<String> known) {
        int tolerance = Math.max(2, typo.length() / 4);
        return known.stream()
                .min(Comparator.comparingInt((String name) -> editDistance(name, typo)).thenComparing(name -> name))
                .filter(name -> editDistance(name, typo) <= tolerance);
    }

    /** Levenshtein distance. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
