package org.explainer.map;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import org.explainer.base.Language;

/**
 * A bar of a round number of kilometres, measured with the projection's true scale along meridians, and
 * its length written as the map's language writes it (CLDR's short form: "200 km", "200 км", "200 كم").
 */
final class ScaleBar {

    private static final double MARGIN = 16;
    private static final double TICK = 5;
    // The bar is the longest round length that fits in this share of the map's width.
    private static final double MAX_SHARE = 0.25;

    private ScaleBar() {
    }

    static String svg(Viewport viewport, Language language) {
        long km = roundDown(viewport.width() * MAX_SHARE / viewport.pixelsPerKm());
        double length = km * viewport.pixelsPerKm();
        double baseline = viewport.height() - MARGIN;
        return "<path class=\"lm-scale\" d=\"M" + Svg.num(MARGIN) + " " + Svg.num(baseline - TICK)
                + "v" + Svg.num(TICK) + "h" + Svg.num(length) + "v-" + Svg.num(TICK) + "\"/>\n"
                + "<text class=\"lm-label lm-small\" x=\"" + Svg.num(MARGIN + length + TICK) + "\" y=\""
                // Right-to-left text's end is its left, which sits beside the bar.
                + Svg.num(baseline) + "\"" + (language.isRightToLeft() ? " direction=\"rtl\" text-anchor=\"end\"" : "") + ">"
                + Svg.escape(MeasureFormat.getInstance(language.locale(), MeasureFormat.FormatWidth.SHORT)
                        .format(new Measure(km, MeasureUnit.KILOMETER))) + "</text>\n";
    }

    /** The largest 1, 2 or 5 times a power of ten that is at most {@code km}. */
    static long roundDown(double km) {
        long power = 1;
        while (power * 10 <= km) {
            power *= 10;
        }
        if (5 * power <= km) {
            return 5 * power;
        }
        return 2 * power <= km ? 2 * power : power;
    }
}
