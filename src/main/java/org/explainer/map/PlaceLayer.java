package org.explainer.map;

import org.explainer.base.PlaceSymbol;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Place markers and their labels, in the map's language. Areas come first so that a point's label is
 * never hidden under a country's name; a writer places their names over open land or sea. Where each
 * point's label goes is {@link LabelLayout}'s business, clear of the other markers and of the labels
 * placed before it; a label
 * in a right-to-left language says so, and one in another language than the map's, for want of a
 * translation, says which.
 */
final class PlaceLayer {

    private static final double SIN_60 = Math.sqrt(3) / 2;

    private PlaceLayer() {
    }

    static String svg(List<Place> places, Viewport viewport, MapLanguage language) {
        StringBuilder svg = new StringBuilder();
        List<Place> points = places.stream().filter(place -> place.kind().symbol().marksAPoint()).toList();
        Map<Place, LabelLayout.Box> markers = new LinkedHashMap<>();
        points.forEach(place -> markers.put(place, markerBox(place.kind().symbol(), at(place, viewport))));
        places.stream().filter(place -> !place.kind().symbol().marksAPoint())
                .forEach(place -> svg.append(place(place, viewport, language, List.of(), new ArrayList<>())));
        List<LabelLayout.Box> labels = new ArrayList<>();
        for (Place place : points) {
            List<LabelLayout.Box> taken = new ArrayList<>(labels);
            markers.forEach((other, box) -> {
                if (other != place) {
                    taken.add(box);
                }
            });
            svg.append(place(place, viewport, language, taken, labels));
        }
        return svg.toString();
    }

    private static Point at(Place place, Viewport viewport) {
        return viewport.project(place.longitude(), place.latitude());
    }

    /** A place's marker and label; the label's box joins {@code placed}. */
    private static String place(Place place, Viewport viewport, MapLanguage language, List<LabelLayout.Box> taken,
                                List<LabelLayout.Box> placed) {
        Point at = at(place, viewport);
        PlaceSymbol symbol = place.kind().symbol();
        LabelLayout.Label label = new LabelLayout.Label(place, language.of(place.name()), place.note().map(language::of),
                language.rightToLeft());
        LabelLayout.Anchor anchor = LabelLayout.anchor(label, at, radius(symbol), viewport, taken);
        placed.add(LabelLayout.box(label, anchor).letters());
        return "<g class=\"lm-" + symbol.word() + "\">" + marker(symbol, at) + label(label, anchor) + "</g>\n";
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

    /** The box a marker covers, which other places' labels keep clear of. */
    static LabelLayout.Box markerBox(PlaceSymbol symbol, Point at) {
        double r = radius(symbol);
        if (symbol == PlaceSymbol.TRIANGLE) {
            return new LabelLayout.Box(at.x() - r * SIN_60, at.y() - r, at.x() + r * SIN_60, at.y() + r / 2);
        }
        return new LabelLayout.Box(at.x() - r, at.y() - r, at.x() + r, at.y() + r);
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

    private static String label(LabelLayout.Label label, LabelLayout.Anchor anchor) {
        String x = Svg.num(anchor.x());
        Wording name = label.name();
        StringBuilder text = new StringBuilder("<text class=\"lm-label\" x=\"").append(x)
                .append("\" y=\"").append(Svg.num(anchor.baseline())).append('"');
        String textAnchor = textAnchor(anchor, name);
        if (!textAnchor.equals("start")) {
            text.append(" text-anchor=\"").append(textAnchor).append('"');
        }
        text.append(languageOf(name, null)).append('>').append(Svg.escape(name.text()));
        label.note().ifPresent(note -> {
            text.append("<tspan class=\"lm-small\" x=\"").append(x).append("\" dy=\"").append(Svg.num(anchor.noteLine())).append('"');
            // A note in another direction than its name's is a chunk of its own, anchored in its own direction.
            if (note.language().isRightToLeft() != name.language().isRightToLeft()) {
                text.append(" text-anchor=\"").append(textAnchor(anchor, note)).append('"');
            }
            text.append(languageOf(note, name)).append('>').append(Svg.escape(note.text())).append("</tspan>");
        });
        return text.append("</text>").toString();
    }

    /**
     * The text-anchor that puts the label where the layout placed it. The layout's anchor is as for
     * left-to-right text; for right-to-left text SVG's start is the right end, so start and end swap.
     */
    private static String textAnchor(LabelLayout.Anchor anchor, Wording wording) {
        if (!wording.language().isRightToLeft()) {
            return anchor.textAnchor();
        }
        return switch (anchor.textAnchor()) {
            case "start" -> "end";
            case "end" -> "start";
            default -> anchor.textAnchor();
        };
    }

    /**
     * The attributes that say what language a piece of text is in and which way it runs, where that
     * differs from what it sits in: the map's language for a label, the name's for a note.
     */
    private static String languageOf(Wording wording, Wording around) {
        StringBuilder attributes = new StringBuilder();
        boolean otherLanguage = around == null ? wording.isFallback() : !wording.language().getCode().equals(around.language().getCode());
        if (otherLanguage) {
            attributes.append(" xml:lang=\"").append(wording.language().getTag()).append('"');
        }
        boolean rightToLeft = wording.language().isRightToLeft();
        if (around == null ? rightToLeft : rightToLeft != around.language().isRightToLeft()) {
            attributes.append(" direction=\"").append(rightToLeft ? "rtl" : "ltr").append('"');
        }
        return attributes.toString();
    }
}
