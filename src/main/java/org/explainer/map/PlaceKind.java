package org.explainer.map;

/** What a place is; each kind has its own marker so the map reads without colour. */
public enum PlaceKind {
    /** A town or city: a dot. */
    CITY,
    /** A capital city: a ringed dot. */
    CAPITAL,
    /** A military or other installation: a triangle. */
    BASE,
    /** A country, sea or region: a name in italics with no marker. */
    AREA
}
