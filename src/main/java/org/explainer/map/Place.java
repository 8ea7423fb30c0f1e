package org.explainer.map;

import org.explainer.base.PlaceKind;
import java.util.Optional;

/**
 * A labelled point on a locator map.
 *
 * @param name its name, with its translations
 * @param note a second, smaller line under the name, if any, with its translations
 */
public record Place(MapText name, double latitude, double longitude, PlaceKind kind, LabelSide label,
                    Optional<MapText> note) {
}
