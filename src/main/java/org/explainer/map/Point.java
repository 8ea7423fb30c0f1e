package org.explainer.map;

/** A position in the SVG's coordinate system, in px, y growing downwards. */
record Point(double x, double y) {
}
