package org.explainer.map;

import java.util.List;
import java.util.Locale;

/**
 * Place markers and their labels. Areas come first so that a point's label is never hidden under
 * a country's name. Where each label goes is {@link LabelLayout}'s business.
 */
final class PlaceLayer {

    private static final double SIN_60 = Math.sqrt(3) / 2;

    private PlaceLayer() {
    }

    static String svg(List<Place> places, Viewport viewport) {
        StringBuilder svg = new StringBuilder();
        places.stream().filter(place -> place.kind() == PlaceKind.AREA)
                .forEach(place -> svg.append(place(place, viewport)));
        places.stream().filter(place -> place.kind() != PlaceKind.AREA)
                .forEach(place -> svg.append(place(place, viewport)));
        return svg.toString();
    }

    private static String place(Place place, Viewport viewport) {
        Point at = viewport.project(place.longitude(), place.latitude());
        return "<g class=\"lm-" + place.kind().name().toLowerCase(Locale.ROOT) + "\">"
                + marker(place.kind(), at) + label(place, at, viewport) + "</g>\n";
    }

    /** Shapes differ by kind, not only colour, so the map still reads in print and without colour vision. */
    private static String marker(PlaceKind kind, Point at) {
        String x = Svg.num(at.x());
        String y = Svg.num(at.y());
        double r = radius(kind);
        return switch (kind) {
            case CITY -> "<circle class=\"lm-marker\" cx=\"" + x + "\" cy=\"" + y + "\" r=\"" + Svg.num(r) + "\"/>";
            case CAPITAL -> "<circle class=\"lm-marker\" cx=\"" + x + "\" cy=\"" + y + "\" r=\"" + Svg.num(r) + "\"/>"
                    + "<circle class=\"lm-dot\" cx=\"" + x + "\" cy=\"" + y + "\" r=\"" + Svg.num(r * 0.4) + "\"/>";
            // An upward equilateral triangle inscribed in the circle of radius r round the place.
            case BASE -> "<path class=\"lm-marker\" d=\"M" + x + " " + Svg.num(at.y() - r)
                    + "l" + Svg.num(r * SIN_60) + " " + Svg.num(1.5 * r) + "h" + Svg.num(-2 * r * SIN_60) + "z\"/>";
            case AREA -> "";
        };
    }

    /** How far a marker reaches from its place, which is where its label's gap starts. */
    private static double radius(PlaceKind kind) {
        return switch (kind) {
            case CITY -> 4;
            case CAPITAL -> 5.5;
            // A triangle looks smaller than a circle of the same radius.
            case BASE -> 7;
            case AREA -> 0;
        };
    }

    private static String label(Place place, Point at, Viewport viewport) {
        LabelLayout.Anchor anchor = LabelLayout.anchor(place, at, radius(place.kind()), viewport);
        String x = Svg.num(anchor.x());
        StringBuilder text = new StringBuilder("<text class=\"lm-label\" x=\"").append(x)
                .append("\" y=\"").append(Svg.num(anchor.baseline())).append('"');
        if (!anchor.textAnchor().equals("start")) {
            text.append(" text-anchor=\"").append(anchor.textAnchor()).append('"');
        }
        text.append('>').append(Svg.escape(place.name()));
        place.note().ifPresent(note -> text.append("<tspan class=\"lm-small\" x=\"").append(x)
                .append("\" dy=\"").append(Svg.num(anchor.noteLine())).append("\">").append(Svg.escape(note))
                .append("</tspan>"));
        return text.append("</text>").toString();
    }
}
