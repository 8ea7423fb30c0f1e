package org.explainer.map;

import org.explainer.base.PlaceSymbol;

/**
 * The stylesheet embedded in every map. Colours are custom properties on the map's root, so dark
 * mode and print only reassign them; class names carry an "lm-" prefix because an inline SVG's
 * style applies to the whole page it sits in.
 */
final class MapStyle {

    /** Type sizes in px, shared with {@link PlaceLayer}, which lines labels up against them. */
    static final int LABEL_PX = 14;
    static final int SMALL_PX = 11;
    /** Letter spacing of an area's name, in ems; {@link PlaceLayer} counts it in the name's width. */
    static final double AREA_TRACKING = 0.06;

    private static final String CSS = """
            .lm{--lm-sea:#d6e6f2;--lm-land:#f3f0e8;--lm-focus:#f4dea6;--lm-border:#8f8878;\
            --lm-focus-border:#6b5520;--lm-focus-width:1.5;--lm-ink:#1f2328;--lm-muted:#56606b;\
            --lm-halo:#fff;--lm-accent:#b3261e;font-family:system-ui,sans-serif}
            @media (prefers-color-scheme:dark){.lm{--lm-sea:#112232;--lm-land:#2b2e33;--lm-focus:#574a2c;\
            --lm-border:#7d858f;--lm-focus-border:#e0c27a;--lm-ink:#edf0f3;--lm-muted:#a9b6c3;\
            --lm-halo:#14171a;--lm-accent:#ff8a78}}
            @media print{.lm{--lm-sea:#fff;--lm-land:#fff;--lm-focus:#fff;--lm-border:#000;\
            --lm-focus-border:#000;--lm-focus-width:2.5;--lm-ink:#000;--lm-muted:#000;--lm-halo:#fff;\
            --lm-accent:#000}}
            .lm-sea{fill:var(--lm-sea)}
            .lm-frame{fill:none;stroke:var(--lm-border)}
            .lm-country{fill:var(--lm-land);fill-rule:evenodd;stroke:var(--lm-border);stroke-width:.7;\
            stroke-linejoin:round}
            .lm-focus{fill:var(--lm-focus);stroke:var(--lm-focus-border);stroke-width:var(--lm-focus-width)}
            .lm-label{font-size:%dpx;fill:var(--lm-ink);stroke:var(--lm-halo);stroke-width:3px;\
            stroke-linejoin:round;paint-order:stroke}
            .lm-small{font-size:%dpx}
            .lm-triangle .lm-label{font-weight:700}
            .lm-name-only .lm-label{font-style:italic;letter-spacing:%sem;fill:var(--lm-muted)}
            .lm-marker{fill:var(--lm-ink);stroke:var(--lm-halo);stroke-width:1.5}
            .lm-triangle .lm-marker{fill:var(--lm-accent)}
            .lm-ringed-dot .lm-marker{fill:var(--lm-halo);stroke:var(--lm-ink)}
            .lm-centre{fill:var(--lm-ink)}
            .lm-scale{fill:none;stroke:var(--lm-ink);stroke-width:1.5}
            """.formatted(LABEL_PX, SMALL_PX, Double.toString(AREA_TRACKING).replaceFirst("^0\\.", "."));

    private MapStyle() {
    }

    static String css() {
        return CSS;
    }

    /** Whether a kind's labels are set in bold, as the stylesheet sets them; the label layout measures with it. */
    static boolean bold(PlaceSymbol symbol) {
        return symbol == PlaceSymbol.TRIANGLE;
    }
}
