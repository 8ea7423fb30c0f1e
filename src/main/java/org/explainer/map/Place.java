package org.explainer.map;

import org.explainer.base.PlaceKind;
import java.util.Optional;

/**
 * A labelled point on a locator map.
 *
 * @param note a second, smaller line under the name, if any
 */
public record Place(String name, double latitude, double longitude, PlaceKind kind, LabelSide label,
                    Optional<String> note) {
}
