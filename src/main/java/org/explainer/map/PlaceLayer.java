package org.explainer.map;

import org.explainer.base.PlaceSymbol;
import java.util.List;

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
        places.stream().filter(place -> !place.kind().symbol().marksAPoint())
                .forEach(place -> svg.append(place(place, viewport)));
        places.stream().filter(place -> place.kind().symbol().marksAPoint())
                .forEach(place -> svg.append(place(place, viewport)));
        return svg.toString();
    }

    private static String place(Place place, Viewport viewport) {
        Point at = viewport.project(place.longitude(), place.latitude());
        PlaceSymbol symbol = place.kind().symbol();
        return "<g class=\"lm-" + symbol.word() + "\">" + marker(symbol, at) + label(place, at, viewport) + "</g>\n";
    }

    /** Shapes differ by kind, not only colour, so the map still reads in print and without colour vision. */
    private static String marker(PlaceSymbol symbol, Point at) {
        String x = Svg.num(at.x());
        String y = Svg.num(at.y());
        double r = radius(symbol);
        return switch (symbol) {
            case DOT -> "<circle class=\"lm-marker\" cx=\"" + x + "\" cy=\"" + y + "\" r=\"" + Svg.num(r) + "\"/>";
            case RINGED_DOT -> "<circle class=\"lm-marker\" cx=\"" + x + "\" cy=\"" + y + "\" r=\"" + Svg.num(r) + "\"/>"
                    + "<circle class=\"lm-centre\" cx=\"" + x + "\" cy=\"" + y + "\" r=\"" + Svg.num(r * 0.4) + "\"/>";
            // An upward equilateral triangle inscribed in the circle of radius r round the place.
            case TRIANGLE -> "<path class=\"lm-marker\" d=\"M" + x + " " + Svg.num(at.y() - r)
                    + "l" + Svg.num(r * SIN_60) + " " + Svg.num(1.5 * r) + "h" + Svg.num(-2 * r * SIN_60) + "z\"/>";
            case NAME_ONLY -> "";
        };
    }

    /** How far a marker reaches from its place, which is where its label's gap starts. */
    private static double radius(PlaceSymbol symbol) {
        return switch (symbol) {
            case DOT -> 4;
            case RINGED_DOT -> 5.5;
            // A triangle looks smaller than a circle of the same radius.
            case TRIANGLE -> 7;
            case NAME_ONLY -> 0;
        };
    }

    private static String label(Place place, Point at, Viewport viewport) {
        LabelLayout.Anchor anchor = LabelLayout.anchor(place, at, radius(place.kind().symbol()), viewport);
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
