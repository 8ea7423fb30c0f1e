package org.explainer.base;

/**
 * A kind of place a site's maps mark, such as a city or a port, named by the site and drawn with a
 * {@link PlaceSymbol}.
 *
 * @param name the word map files use for it ({@code kind: city})
 */
public record PlaceKind(String name, PlaceSymbol symbol) {
}
