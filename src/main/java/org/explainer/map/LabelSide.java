package org.explainer.map;

import org.explainer.base.PlaceSymbol;
/**
 * Where a place's label sits relative to its marker. {@code START} and {@code END} are named as in
 * CSS logical properties, so a data file need not change for a right-to-left edition; the renderer
 * lays out left-to-right text today, where they mean left and right.
 */
public enum LabelSide {
    START,
    END,
    ABOVE,
    BELOW,
    /** Centred on the point itself; meant for names drawn without a marker ({@link PlaceSymbol#NAME_ONLY}). */
    CENTRE
}
