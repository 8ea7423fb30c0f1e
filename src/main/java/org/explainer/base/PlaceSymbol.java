package org.explainer.base;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a place is drawn. Shapes differ, not only colours, so a map still reads in print and without
 * colour vision. A site gives each of its kinds of place one of these (the setting
 * {@code map.place.kinds} in jbake.properties), so the drawing knows shapes and the site knows what
 * they stand for.
 */
public enum PlaceSymbol {
    /** A dot, as for a town. */
    DOT,
    /** A dot in a ring, as for a capital. */
    RINGED_DOT,
    /** A triangle with a bold label, for the places a map is about. */
    TRIANGLE,
    /** A name in italics with no marker, for a country, sea or region. */
    NAME_ONLY;

    /** How a setting writes it: {@code ringed-dot}. It is also the symbol's class in the SVG. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the place has a marker at a point, rather than a name laid over an area. */
    public boolean marksAPoint() {
        return this != NAME_ONLY;
    }

    public static Optional<PlaceSymbol> byWord(String word) {
        return Arrays.stream(values()).filter(symbol -> symbol.word().equals(word)).findFirst();
    }
}
