package org.explainer.map;

import org.explainer.base.PlaceSymbol;
/**
 * Where a place's label sits relative to its marker. {@code START} and {@code END} are named as in
 * CSS logical properties, so a data file need not change for a right-to-left edition: they mean left
 * and right on a map whose labels run left to right, right and left on one whose labels run right to
 * left ({@link LabelLayout}).
 */
public enum LabelSide {
    START,
    END,
    ABOVE,
    BELOW,
    /** Centred on the point itself; meant for names drawn without a marker ({@link PlaceSymbol#NAME_ONLY}). */
    CENTRE
}
