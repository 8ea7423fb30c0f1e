package org.explainer.map;

/** One point of a boundary, in decimal degrees. */
public record LonLat(double lon, double lat) {
}
